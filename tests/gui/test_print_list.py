"""File → Print List…: laid out on a worker behind a progress dialog with Cancel, then
painted page by page; Cancel, at either stage, leaves no file."""

from __future__ import annotations

import subprocess
import threading

from PySide6.QtCore import QTimer
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QProgressDialog

from netdesk.domain.contact_data import ContactData
from netdesk.printing import list_pages
from netdesk.ui import print_list
from netdesk.ui.actions import ActionKey


def _people(window, count: int) -> None:
    for n in range(count):
        window.context.contacts.add(
            ContactData(given_name=f"Person{n:03d}", family_name="Test", organization="Org")
        )
    window.contacts.refresh()


def _print_to(target, shown: list[str]):
    """The print dialog's "Print to File (PDF)" from the preview."""

    def preview(parent, paint, options=()) -> bool:
        shown.append("preview")
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        paint(printer)
        return True

    return preview


def _visible_progress() -> list[QProgressDialog]:
    return [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QProgressDialog) and w.isVisible()
    ]


def test_the_list_prints_every_row_on_numbered_pages(qtbot, make_window, tmp_path, monkeypatch):
    monkeypatch.setattr(list_pages, "PART_ROWS", 40)  # several parts from a small list
    window = make_window()
    _people(window, 130)
    target = tmp_path / "list.pdf"
    shown: list[str] = []
    window.dialogs.print_preview = _print_to(target, shown)
    window.actions_[ActionKey.PRINT_LIST].trigger()
    assert shown == ["preview"]
    text = subprocess.run(
        ["pdftotext", "-layout", str(target), "-"], capture_output=True, text=True, check=True
    ).stdout
    pages = text.split("\f")[:-1]
    assert len(pages) >= 3
    assert all(f"Page {n} of {len(pages)}" in page for n, page in enumerate(pages, 1))
    names = [f"Person{n:03d}" for n in range(130)]
    assert sorted(n for n in names if n in text) == names
    assert "Person129" in pages[-1]  # the last row on the last page
    # Every page after the first repeats the table's header over its rows.
    assert all("NAME" in page for page in pages)


def test_cancel_while_laying_out_leaves_no_preview_and_no_file(
    qtbot, make_window, tmp_path, monkeypatch
):
    window = make_window()
    _people(window, 3)
    seen: list[QProgressDialog] = []
    stopped = threading.Event()

    def slow(rows, language, title, device, *, cancel=None, progress=None):
        assert cancel is not None
        cancel.wait(10)  # a long list: only Cancel ends it
        stopped.set()
        return None

    monkeypatch.setattr(list_pages, "lay_out_list", slow)

    def press_cancel() -> None:
        seen.extend(_visible_progress())
        seen[0].cancel()

    QTimer.singleShot(50, press_cancel)
    target = tmp_path / "list.pdf"
    shown: list[str] = []
    window.dialogs.print_preview = _print_to(target, shown)
    window.actions_[ActionKey.PRINT_LIST].trigger()
    # The window was never blocked: a modal progress dialog with Cancel was up meanwhile.
    assert len(seen) == 1 and seen[0].isModal()
    assert shown == [] and not target.exists()
    assert stopped.wait(5)  # the worker saw the flag


def test_cancel_while_painting_leaves_no_file(qtbot, make_window, tmp_path, monkeypatch):
    monkeypatch.setattr(print_list, "PROGRESS_FROM_PAGES", 1)
    window = make_window()
    _people(window, 130)
    target = tmp_path / "list.pdf"
    shown: list[str] = []
    window.dialogs.print_preview = _print_to(target, shown)
    seen: list[QProgressDialog] = []

    def press_cancel_once_painting() -> None:
        painting = [p for p in _visible_progress() if "Painting" in p.labelText()]
        if not painting:
            QTimer.singleShot(5, press_cancel_once_painting)
            return
        seen.extend(painting)
        painting[0].cancel()

    QTimer.singleShot(0, press_cancel_once_painting)
    window.actions_[ActionKey.PRINT_LIST].trigger()
    assert shown == ["preview"] and len(seen) == 1
    assert not target.exists()
