"""The window's save dialogs can point anywhere: never at the database, its side files or
the backups, whatever link or folder leads there."""

import errno
import hashlib
import os

import pytest
from PySide6.QtPrintSupport import QPrinter

from netdesk.domain.contact_data import ContactData, Labeled
from netdesk.ui import network_actions
from netdesk.ui.actions import ActionKey


@pytest.fixture
def window(make_window):
    window = make_window()
    window.context.contacts.add(ContactData(given_name="Sara", emails=[Labeled("s@x.example")]))
    window.table.selectRow(0)
    return window


def _database(window):
    return window.context.data_dir / "netdesk.sqlite3"


def _digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _refused(window, before: str) -> None:
    assert window.dialogs.messages, "the user is told why nothing was written"
    _title, text = window.dialogs.messages[-1]
    assert "NetDesk" in text
    assert _digest(_database(window)) == before
    assert window.context.contacts.exists(1)


def test_summary_pdf_through_a_link_to_the_database_is_refused(window, tmp_path):
    before = _digest(_database(window))
    link = tmp_path / "Sara.pdf"
    link.symlink_to(_database(window))
    window.dialogs.save_path = str(link)
    assert window.actions_[ActionKey.EXPORT_PDF].isEnabled()
    window.actions_[ActionKey.EXPORT_PDF].trigger()
    _refused(window, before)
    assert link.is_symlink()


def test_export_into_the_backups_folder_is_refused(window):
    backups = window.context.data_dir / "backups"
    backups.mkdir(exist_ok=True)
    before = _digest(_database(window))
    window.dialogs.save_path = str(backups / "contacts.vcf")
    window.actions_[ActionKey.EXPORT].trigger()
    _refused(window, before)
    assert list(backups.iterdir()) == []


def test_follow_ups_through_a_hard_link_to_the_database_are_refused(window, tmp_path):
    before = _digest(_database(window))
    hard = tmp_path / "follow.ics"
    os.link(_database(window), hard)
    window.dialogs.save_path = str(hard)
    assert network_actions.export_follow_ups(window.parts) is None
    _refused(window, before)


def test_back_up_now_onto_the_wal_is_refused(window):
    wal = window.context.data_dir / "netdesk.sqlite3-wal"
    before, wal_before = _digest(_database(window)), _digest(wal)
    window.dialogs.save_path = str(wal)
    window.actions_[ActionKey.BACKUP].trigger()
    assert window.dialogs.messages[-1][0] == "Backup Failed"
    assert _digest(_database(window)) == before
    assert _digest(wal) == wal_before


def test_print_to_file_onto_the_database_is_refused(window):
    before = _digest(_database(window))
    printed: list[bool] = []
    window.dialogs.print_preview = _print_to_file(_database(window), printed)
    window.actions_[ActionKey.PRINT_SUMMARY].trigger()
    assert printed == [True]
    _refused(window, before)


def _print_to_file(target, printed: list[bool] | None = None):
    """What the print dialog's "Print to File (PDF)" hands to the paint slot."""

    def print_preview(parent, paint, options=()) -> bool:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        paint(printer)
        if printed is not None:
            printed.append(True)
        return True

    return print_preview


def test_print_to_an_ordinary_file_still_prints(window, tmp_path):
    target = tmp_path / "printed.pdf"
    window.dialogs.print_preview = _print_to_file(target)
    window.actions_[ActionKey.PRINT_SUMMARY].trigger()
    assert target.read_bytes().startswith(b"%PDF")
    assert target.read_bytes().rstrip().endswith(b"%%EOF")
    assert window.dialogs.messages == []


def test_print_to_file_on_a_full_disk_keeps_the_previous_pdf(window, tmp_path, monkeypatch):
    target = tmp_path / "printed.pdf"
    target.write_bytes(b"%PDF-1.4 the previous good file %%EOF")

    def full(fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    window.dialogs.print_preview = _print_to_file(target)
    window.actions_[ActionKey.PRINT_LIST].trigger()
    assert target.read_bytes() == b"%PDF-1.4 the previous good file %%EOF"
    assert [p.name for p in tmp_path.iterdir() if p.name != "data"] == ["printed.pdf"]
    assert "No space left on device" in window.dialogs.messages[-1][1]
