"""The window refuses what is not a contact file, and Cancel stops a long read."""

from __future__ import annotations

import random
import string
import threading
import time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDialog, QProgressDialog, QPushButton

from netdesk.services.background import Task
from netdesk.ui import csv_mapping_dialog, import_flow, import_worker
from netdesk.ui.actions import ActionKey
from netdesk.ui.import_dialog import ImportPreviewDialog


def _no_preview(monkeypatch) -> list[ImportPreviewDialog]:
    seen: list[ImportPreviewDialog] = []

    class NoPreview(ImportPreviewDialog):
        def exec(self) -> int:
            seen.append(self)
            return int(QDialog.DialogCode.Rejected)

    monkeypatch.setattr(import_flow, "ImportPreviewDialog", NoPreview)
    return seen


def test_random_text_gets_a_clear_message_and_no_preview(make_window, tmp_path, monkeypatch):
    previews = _no_preview(monkeypatch)
    rng = random.Random(14)
    path = tmp_path / "random.txt"
    path.write_text("".join(rng.choice(string.printable) for _ in range(1_000_000)))
    window = make_window()
    window.dialogs.files = [str(path)]
    window.actions_[ActionKey.IMPORT].trigger()
    assert previews == []
    title, text = window.dialogs.messages[-1]
    assert title == "Cannot Import"
    assert "random.txt is not a contact file" in text
    assert window.contacts.rowCount() == 0


def test_csv_with_no_known_column_asks_for_the_mapping(make_window, tmp_path, monkeypatch):
    previews = _no_preview(monkeypatch)
    asked: list[object] = []

    class Refused(csv_mapping_dialog.CsvMappingDialog):
        def exec(self) -> int:
            asked.append(self.mapping())
            return int(QDialog.DialogCode.Rejected)

    monkeypatch.setattr(csv_mapping_dialog, "CsvMappingDialog", Refused)
    path = tmp_path / "columns.csv"
    path.write_text("Alpha,Beta\nfoo bar,baz\nqux quux,corge\n", encoding="utf-8")
    window = make_window()
    window.dialogs.files = [str(path)]
    window.actions_[ActionKey.IMPORT].trigger()
    assert len(asked) == 1
    assert previews == []
    assert window.contacts.rowCount() == 0


def test_cancel_stops_the_reading_thread_within_a_second(qtbot, make_window, tmp_path, monkeypatch):
    from netdesk.io import vcard

    reading = threading.Event()
    build = vcard._CardBuilder.build

    def slow_build(self, card):
        # 2,000 cards at 5 ms each: a read of 10 s that Cancel must cut short.
        reading.set()
        time.sleep(0.005)
        return build(self, card)

    monkeypatch.setattr(vcard._CardBuilder, "build", slow_build)
    tasks: list[Task[import_worker.ReadOutcome]] = []
    start_reader = import_worker.start_reader

    def spy(*args):
        task = start_reader(*args)
        tasks.append(task)
        return task

    monkeypatch.setattr(import_flow, "start_reader", spy)
    monkeypatch.setattr(import_flow, "LARGE_FILE_BYTES", 10)
    previews = _no_preview(monkeypatch)
    path = tmp_path / "big.vcf"
    path.write_text(
        "".join(f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:P {i}\r\nEND:VCARD\r\n" for i in range(2000))
    )
    window = make_window()

    def cancel_once_reading() -> None:
        progress = window.findChild(QProgressDialog)
        if not reading.is_set() or progress is None:
            QTimer.singleShot(5, cancel_once_reading)
            return
        progress.findChild(QPushButton).click()  # the Cancel button

    QTimer.singleShot(0, cancel_once_reading)
    window.dialogs.files = [str(path)]
    window.actions_[ActionKey.IMPORT].trigger()
    (task,) = tasks
    try:
        qtbot.waitUntil(task.is_done, timeout=1000)
    finally:
        task.wait(30)
    assert previews == []
    assert window.contacts.rowCount() == 0


def test_ldif_is_offered_and_imported_from_the_window(make_window, monkeypatch):
    from tests.unit.io._paths import DATA

    accepted: list[ImportPreviewDialog] = []

    class Accept(ImportPreviewDialog):
        def exec(self) -> int:
            accepted.append(self)
            return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(import_flow, "ImportPreviewDialog", Accept)
    window = make_window()
    filters: list[str] = []

    def open_files(parent, title, directory, file_filter):
        filters.append(file_filter)
        return [str(DATA / "thunderbird_arabic.ldif")]

    monkeypatch.setattr(window.dialogs, "open_files", open_files)
    window.actions_[ActionKey.IMPORT].trigger()
    assert "*.ldif" in filters[0] and "*.ldi)" in filters[0]
    assert len(accepted) == 1
    assert window.contacts.rowCount() == 2
