"""The reading worker behind the progress dialog always ends, and an import that cannot be
written says why."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog

from netdesk.ui import import_flow, import_worker
from netdesk.ui.actions import ActionKey
from netdesk.ui.import_dialog import ImportPreviewDialog
from tests.gui.test_import_export import VCF


def _broken_planning(contacts, region):
    raise RuntimeError("planning broke")


def test_a_worker_that_raises_reports_the_error_and_stops(qtbot, tmp_path: Path, monkeypatch):
    from netdesk.db.connection import close_database, open_database

    open_database(tmp_path / "netdesk.sqlite3")
    monkeypatch.setattr(import_worker, "plan_import", _broken_planning)
    path = tmp_path / "big.vcf"
    path.write_text(VCF, encoding="utf-8", newline="")
    parent = QObject()
    outcomes: list[import_worker.ReadOutcome] = []
    finished: list[bool] = []
    import_worker.start_reader(path, "EG", parent, outcomes.append, lambda: finished.append(True))
    # Before the fix the exception left the slot, ``done`` never came and the thread
    # (and the progress dialog waiting on it) ran forever.
    qtbot.waitUntil(lambda: finished == [True], timeout=10_000)
    (outcome,) = outcomes
    assert outcome.plan is None
    assert outcome.error == "big.vcf could not be read: RuntimeError: planning broke"
    close_database()


def test_the_window_says_why_a_large_file_failed(make_window, tmp_path: Path, monkeypatch):
    monkeypatch.setattr(import_worker, "plan_import", _broken_planning)
    monkeypatch.setattr(import_flow, "LARGE_FILE_BYTES", 10)
    window = make_window()
    path = tmp_path / "big.vcf"
    path.write_text(VCF, encoding="utf-8", newline="")
    window.dialogs.files = [str(path)]
    window.actions_[ActionKey.IMPORT].trigger()
    assert window.dialogs.messages[-1] == (
        "Cannot Import",
        "big.vcf could not be read: RuntimeError: planning broke",
    )
    assert window.contacts.rowCount() == 0


def test_the_window_says_the_disk_is_full(make_window, tmp_path: Path, monkeypatch):
    from netdesk.db.connection import database

    class Accepted(ImportPreviewDialog):
        def exec(self) -> int:
            return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(import_flow, "ImportPreviewDialog", Accepted)
    window = make_window()
    # max_page_count is a setting of this thread's connection: the write stays here.
    window.context.contacts.jobs.threshold = 1_000_000
    (pages,) = database.execute_sql("PRAGMA page_count").fetchone()
    database.execute_sql(f"PRAGMA max_page_count = {pages + 10}")
    path = tmp_path / "many.vcf"
    card = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:P{0}\r\nEMAIL:p{0}@x.org\r\nNOTE:{1}\r\nEND:VCARD\r\n"
    path.write_text("".join(card.format(i, "x" * 2000) for i in range(500)), encoding="utf-8")
    window.dialogs.files = [str(path)]
    window.actions_[ActionKey.IMPORT].trigger()
    assert window.dialogs.messages[-1] == (
        "Import Stopped",
        "Nothing was imported: the disk is full. Free some space and try again.",
    )
    assert window.contacts.rowCount() == 0
    assert not window.context.contacts.undo_stack.canUndo()
