import json

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QDialog

from netdesk.domain.contact_data import ContactData, Labeled
from netdesk.ui import csv_mapping_dialog, duplicates_dialog, import_flow
from netdesk.ui.actions import ActionKey
from netdesk.ui.import_dialog import ImportPreviewDialog
from netdesk.ui.import_table import Col

VCF = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Nadia Kamal\r\nN:Kamal;Nadia;;;\r\nORG:Instabug\r\n"
    "EMAIL:nadia@instabug.example\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Hany Adel\r\nN:Adel;Hany;;;\r\n"
    "TEL:+20 122 000 1111\r\nEND:VCARD\r\n"
)


@pytest.fixture
def accept_preview(monkeypatch):
    seen: list[ImportPreviewDialog] = []

    class AutoPreview(ImportPreviewDialog):
        def exec(self) -> int:
            seen.append(self)
            self.tags.setText("Conference 2026, مؤتمر")
            self.accept()
            return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(import_flow, "ImportPreviewDialog", AutoPreview)
    return seen


def test_import_through_file_dialog(make_window, tmp_path, accept_preview):
    window = make_window()
    nadia_id = window.context.contacts.add(
        ContactData(
            given_name="Nadia", family_name="K.", emails=[Labeled("nadia@instabug.example")]
        )
    )
    path = tmp_path / "people.vcf"
    path.write_text(VCF, encoding="utf-8", newline="")
    window.dialogs.files = [str(path)]
    window.actions_[ActionKey.IMPORT].trigger()
    preview = accept_preview[0]
    model = preview.table.model()
    actions = [model.index(r, Col.ACTION).data() for r in range(model.rowCount())]
    assert actions == ["Merge", "Add"]
    assert model.index(0, Col.WHY).data() == "same email · keeps your family name"
    tip = model.index(0, Col.WHY).data(Qt.ItemDataRole.ToolTipRole)
    tip = tip.replace("\u2068", "").replace("\u2069", "")
    assert tip == "family name: yours “K.”, the file's “Kamal”"
    assert window.contacts.rowCount() == 2
    assert "1 added, 1 merged, 0 skipped" in window.notice.label.text()
    nadia = window.context.contacts.get(nadia_id)
    assert nadia.organization == "Instabug"
    assert nadia.family_name == "K."  # what the user wrote is kept
    assert sorted(nadia.tags) == ["Conference 2026", "مؤتمر"]
    window.actions_[ActionKey.UNDO].trigger()
    assert window.contacts.rowCount() == 1
    assert window.context.contacts.get(nadia_id).organization == ""


def test_bad_file_gets_one_line_and_nothing_written(make_window, tmp_path, accept_preview):
    window = make_window()
    path = tmp_path / "scan.vcf"
    path.write_bytes(b"%PDF-1.7\n" + bytes(200))
    window.dialogs.files = [str(path)]
    window.actions_[ActionKey.IMPORT].trigger()
    assert accept_preview == []
    _title, text = window.dialogs.messages[-1]
    assert "scan.vcf" in text
    assert "\n" not in text
    assert window.contacts.rowCount() == 0


def test_unknown_csv_goes_through_mapping(make_window, tmp_path, accept_preview, monkeypatch):
    window = make_window()

    class AutoMapping(csv_mapping_dialog.CsvMappingDialog):
        def exec(self) -> int:
            # The guess took the first column as a name; the user says it is the family name.
            self.combos[0].setCurrentIndex(self.combos[0].findData("family_name"))
            self.accept()
            return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(csv_mapping_dialog, "CsvMappingDialog", AutoMapping)
    path = tmp_path / "list.csv"
    path.write_text("Surname;Mail\nMansour;layla@fawry.example\n", encoding="utf-8")
    window.dialogs.files = [str(path)]
    window.actions_[ActionKey.IMPORT].trigger()
    assert window.contacts.rowCount() == 1
    data = window.context.contacts.get(window.contacts.ids()[0])
    assert data.family_name == "Mansour"
    assert data.emails[0].value == "layla@fawry.example"


def test_drop_files_imports_them(qtbot, make_window, tmp_path, accept_preview):
    window = make_window()
    path = tmp_path / "dropped.vcf"
    path.write_text(VCF, encoding="utf-8", newline="")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(
        QPoint(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(event)
    qtbot.wait_until(lambda: window.contacts.rowCount() == 2)


def test_export_selected_as_json(make_window, tmp_path):
    window = make_window()
    svc = window.context.contacts
    svc.add(ContactData(given_name="A", emails=[Labeled("a@x.example")]))
    svc.add(ContactData(given_name="B"))
    svc.add(ContactData(given_name="C"))
    window.table.selectRow(0)
    window.table.selectionModel().select(
        window.contacts.index(1, 0),
        window.table.selectionModel().SelectionFlag.Select
        | window.table.selectionModel().SelectionFlag.Rows,
    )
    window.dialogs.save_path = str(tmp_path / "two")
    window.dialogs.save_filter = "JSON (*.json)"
    window.actions_[ActionKey.EXPORT].trigger()
    data = json.loads((tmp_path / "two.json").read_text(encoding="utf-8"))["contacts"]
    assert [c["display_name"] or c["given_name"] for c in data] == ["A", "B"]
    assert data[0]["emails"] == ["a@x.example"]


def test_find_duplicates_merges_confirmed(make_window, monkeypatch):
    window = make_window()
    svc = window.context.contacts
    a = svc.add(ContactData(given_name="Sara", emails=[Labeled("s@x.example")]))
    b = svc.add(ContactData(given_name="Sara A", emails=[Labeled("s@x.example")]))

    class AutoDuplicates(duplicates_dialog.DuplicatesDialog):
        def exec(self) -> int:
            self.table.clicked.emit(self.model.index(2, 0))  # keep the second one instead
            self.accept()
            return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(duplicates_dialog, "DuplicatesDialog", AutoDuplicates)
    window.actions_[ActionKey.DUPLICATES].trigger()
    assert window.contacts.ids() == [b]
    window.actions_[ActionKey.UNDO].trigger()
    assert sorted(window.contacts.ids()) == [a, b]


def test_large_file_is_read_off_the_gui_thread(make_window, tmp_path, accept_preview, monkeypatch):
    from netdesk.ui import import_flow, import_worker

    seen_threads = []
    real = import_worker.read_and_plan

    def spy(path, region):
        from PySide6.QtCore import QThread

        seen_threads.append(QThread.currentThread())
        return real(path, region)

    monkeypatch.setattr(import_worker, "read_and_plan", spy)
    monkeypatch.setattr(import_flow, "LARGE_FILE_BYTES", 10)
    window = make_window()
    path = tmp_path / "big.vcf"
    path.write_text(VCF, encoding="utf-8", newline="")
    window.dialogs.files = [str(path)]
    window.actions_[ActionKey.IMPORT].trigger()
    assert window.contacts.rowCount() == 2
    assert seen_threads
    assert seen_threads[0] is not window.thread()


def test_backup_is_copied_while_the_preview_is_read(make_window, tmp_path, monkeypatch):
    import threading

    from netdesk.db.backup import list_backups

    window = make_window()
    window.context.contacts.add(ContactData(given_name="Sara"))
    started = threading.Event()
    take = window.context.contacts.before_risky_change

    def backup(reason: str) -> object:
        started.set()
        return take(reason)

    window.context.contacts.before_risky_change = backup
    seen: list[bool] = []

    class Preview(ImportPreviewDialog):
        def exec(self) -> int:
            # Started when the file was chosen, on its own thread.
            seen.append(started.wait(10))
            self.accept()
            return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(import_flow, "ImportPreviewDialog", Preview)
    path = tmp_path / "people.vcf"
    path.write_text(VCF, encoding="utf-8", newline="")
    window.dialogs.files = [str(path)]
    window.actions_[ActionKey.IMPORT].trigger()
    assert seen == [True]
    assert window.contacts.rowCount() == 3
    (kept,) = list_backups(window.context.data_dir)
    assert kept.reason == "import"
    assert kept.contact_count == 1  # the network before the import


def test_cancelled_preview_removes_its_backup(make_window, tmp_path, monkeypatch):
    from netdesk.db.backup import list_backups

    class Cancel(ImportPreviewDialog):
        def exec(self) -> int:
            return int(QDialog.DialogCode.Rejected)

    monkeypatch.setattr(import_flow, "ImportPreviewDialog", Cancel)
    window = make_window()
    path = tmp_path / "people.vcf"
    path.write_text(VCF, encoding="utf-8", newline="")
    window.dialogs.files = [str(path)]
    window.actions_[ActionKey.IMPORT].trigger()
    window.context.contacts.finish_checkpoints()
    assert window.contacts.rowCount() == 0
    assert list_backups(window.context.data_dir) == []


def test_failed_backup_stops_the_import_with_a_message(make_window, tmp_path, accept_preview):
    from netdesk.db.backup import BackupError

    window = make_window()

    def broken(reason: str) -> object:
        raise BackupError("Could not write in /backups: no space left on device.")

    window.context.contacts.before_risky_change = broken
    path = tmp_path / "people.vcf"
    path.write_text(VCF, encoding="utf-8", newline="")
    window.dialogs.files = [str(path)]
    window.actions_[ActionKey.IMPORT].trigger()
    title, text = window.dialogs.messages[-1]
    assert title == "Import Stopped"
    assert "Nothing was imported" in text and "no space left" in text
    assert window.contacts.rowCount() == 0
    assert not window.actions_[ActionKey.UNDO].isEnabled()


def test_preview_offers_possible_duplicates_and_adds_them_unless_checked(
    make_window, tmp_path, monkeypatch
):
    window = make_window()
    contacts = window.context.contacts
    karim = contacts.add(ContactData(given_name="Karim", family_name="Adel", organization="Careem"))
    contacts.add(ContactData(given_name="محمد", family_name="أحمد", organization="أرامكو"))
    path = tmp_path / "people.vcf"
    path.write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Adel;Karim;;;\r\nORG:Careem\r\nTITLE:PM\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:3.0\r\nN:أحمد;محمد;;;\r\nORG:أرامكو\r\nEND:VCARD\r\n",
        encoding="utf-8",
        newline="",
    )
    seen: list[tuple[str, str, str]] = []

    class Choose(ImportPreviewDialog):
        def exec(self) -> int:
            model = self.table.model()
            first, second, reason = (
                model.index(r, c) for r, c in ((0, Col.ACTION), (1, Col.ACTION), (0, Col.WHY))
            )
            why = reason.data().replace("\u2068", "").replace("\u2069", "")
            seen.append((first.data(), second.data(), why))
            check = Qt.ItemDataRole.CheckStateRole
            assert first.data(check) == Qt.CheckState.Unchecked
            model.setData(first, Qt.CheckState.Checked.value, check)  # the Karim I know
            seen.append((first.data(), second.data(), ""))
            self.accept()
            return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(import_flow, "ImportPreviewDialog", Choose)
    window.dialogs.files = [str(path)]
    window.actions_[ActionKey.IMPORT].trigger()
    assert seen == [
        ("Add", "Add", "possible duplicate of Karim Adel (same name and organisation)"),
        ("Merge", "Add", ""),
    ]
    assert contacts.get(karim).job_title == "PM"
    # The namesake nobody checked is a new contact: never merged without the user.
    assert window.contacts.rowCount() == 3
    assert "1 added, 1 merged, 0 skipped" in window.notice.label.text()
    window.actions_[ActionKey.UNDO].trigger()
    assert contacts.get(karim).job_title == ""
    assert window.contacts.rowCount() == 2


def test_find_duplicates_leaves_possible_groups_unchecked(make_window, monkeypatch):
    window = make_window()
    svc = window.context.contacts
    a = svc.add(ContactData(given_name="Sara", emails=[Labeled("s@x.example")]))
    svc.add(ContactData(given_name="Sara A", emails=[Labeled("s@x.example")]))
    c = svc.add(ContactData(given_name="Omar", organization="Fawry"))
    d = svc.add(ContactData(given_name="Omar", organization="Fawry"))
    shown: list[tuple[str, Qt.CheckState]] = []

    class Look(duplicates_dialog.DuplicatesDialog):
        def exec(self) -> int:
            for start in self.model.starts:  # each group's line
                line = self.model.index(start, 0)
                shown.append((line.data(), line.data(Qt.ItemDataRole.CheckStateRole)))
            self.accept()
            return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(duplicates_dialog, "DuplicatesDialog", Look)
    window.actions_[ActionKey.DUPLICATES].trigger()
    assert shown == [
        ("same email", Qt.CheckState.Checked),
        ("Possibly the same person: same name and organisation", Qt.CheckState.Unchecked),
    ]
    assert sorted(window.contacts.ids()) == [a, c, d]
