"""Printing a contact: the brief by default, the full history when asked (issue 15.2)."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtGui import QAction, QPdfWriter

from netdesk.domain.contact_data import ContactData, InteractionData
from netdesk.ui.actions import ActionKey


def _text(pdf: Path) -> str:
    out = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True)
    return out.stdout


@pytest.fixture
def busy_window(make_window):
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    window = make_window()
    cid = window.context.contacts.add(ContactData(given_name="Huda", organization="Instabug"))
    start = dt.datetime(2025, 1, 1, 10)
    for n in range(40):
        when = start + dt.timedelta(days=3 * n)
        window.context.interactions.log(InteractionData(when=when, summary=f"Talk {n:02d}"), [cid])
    window.select_contact(cid)
    return window


def test_preview_prints_the_brief_then_the_full_history(busy_window, tmp_path: Path) -> None:
    window = busy_window
    window.settings.summary_full_history = False
    texts: list[str] = []

    def preview(parent, paint, options=()) -> bool:
        (full,) = [o for o in options if isinstance(o, QAction) and o.isCheckable()]
        for checked in (False, True):
            full.setChecked(checked)
            pdf = tmp_path / f"{checked}.pdf"
            writer = QPdfWriter(str(pdf))
            paint(writer)
            del writer  # finishes the file
            texts.append(_text(pdf))
        return True

    window.dialogs.print_preview = preview
    window.actions_[ActionKey.PRINT_SUMMARY].trigger()
    brief, full = texts
    assert "Talk 39" in brief and "Talk 00" not in brief
    assert re.search(r"and \d+ earlier interactions", brief)
    assert all(f"Talk {n:02d}" in full for n in range(40))
    assert "earlier" not in full
    assert window.settings.summary_full_history  # remembered for the next time


def test_export_pdf_chooses_brief_or_full_history_by_file_type(busy_window, tmp_path: Path) -> None:
    window = busy_window
    dialogs = window.dialogs
    dialogs.save_path = str(tmp_path / "huda")
    dialogs.save_filter = "PDF, full history (*.pdf)"
    window.actions_[ActionKey.EXPORT_PDF].trigger()
    full = _text(tmp_path / "huda.pdf")
    assert all(f"Talk {n:02d}" in full for n in range(40))
    assert window.settings.summary_full_history
    dialogs.save_filter = "PDF, one-page brief (*.pdf)"
    window.actions_[ActionKey.EXPORT_PDF].trigger()
    brief = _text(tmp_path / "huda.pdf")
    assert re.search(r"and \d+ earlier interactions", brief)
    assert not window.settings.summary_full_history


def test_preview_dialog_offers_the_option_and_repaints_on_toggle(qtbot) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QDialog, QToolBar, QWidget

    from netdesk.ui.dialogs import Dialogs

    parent = QWidget()
    qtbot.addWidget(parent)
    option = QAction("Full History", parent)
    option.setCheckable(True)
    painted: list[bool] = []
    seen: list[object] = []

    def inspect() -> None:
        dialog = QApplication.activeModalWidget()
        toolbar = dialog.findChild(QToolBar) if dialog is not None else None
        seen.append(toolbar is not None and option in toolbar.actions())
        before = len(painted)
        option.setChecked(True)
        seen.append(painted[before:])
        if isinstance(dialog, QDialog):
            dialog.reject()

    QTimer.singleShot(0, inspect)
    Dialogs().print_preview(parent, lambda _device: painted.append(option.isChecked()), [option])
    assert seen == [True, [True]]


def test_export_suggests_a_file_name_without_overrides(make_window, tmp_path: Path) -> None:
    window = make_window()
    cid = window.context.contacts.add(ContactData(given_name="Mona", family_name="\u202egnp.exe"))
    window.select_contact(cid)
    suggested: list[str] = []

    def save(parent, title, path, filters) -> tuple[str, str]:
        suggested.append(path)
        return "", ""

    window.dialogs.save_file_filtered = save
    window.actions_[ActionKey.EXPORT_PDF].trigger()
    assert Path(suggested[0]).name == "Mona gnp.exe.pdf"
