"""File → Capture Conversations…, dropped exports, the preview, undo and removal, driven
through the real window."""

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QDialog

from netdesk.domain.contact_data import ContactData, Labeled
from netdesk.models.timeline import TimelineRole
from netdesk.ui import capture_dialog
from netdesk.ui.actions import ActionKey
from netdesk.ui.capture_dialog import CapturePreviewDialog, PreviewCol

DATA = Path(__file__).resolve().parents[1] / "data" / "capture"
CHAT = DATA / "WhatsApp Chat with أحمد سالم.txt"


@pytest.fixture
def previews(monkeypatch):
    """The preview, accepted as it comes (after ``before_accept`` runs on it)."""
    seen: list[CapturePreviewDialog] = []

    class AutoPreview(CapturePreviewDialog):
        before_accept = None

        def exec(self) -> int:
            seen.append(self)
            if AutoPreview.before_accept is not None:
                AutoPreview.before_accept(self)
            self.accept()
            return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(capture_dialog, "CapturePreviewDialog", AutoPreview)
    seen.append(AutoPreview)  # type: ignore[arg-type]
    return seen


def rows(preview: CapturePreviewDialog) -> list[tuple[str, str, str, bool]]:
    found = []
    for b in range(preview.tree.topLevelItemCount()):
        branch = preview.tree.topLevelItem(b)
        assert branch is not None
        for c in range(branch.childCount()):
            row = branch.child(c)
            assert row is not None
            found.append(
                (
                    row.text(PreviewCol.PERSON).strip("\u2068\u2069"),
                    row.text(PreviewCol.CONTACT).strip("\u2068\u2069"),
                    row.text(PreviewCol.HOW),
                    row.checkState(PreviewCol.PERSON) == Qt.CheckState.Checked,
                )
            )
    return found


def test_capture_from_the_file_menu_onto_the_timeline(make_window, previews, qtbot):
    window = make_window()
    ahmad = window.context.contacts.add(ContactData(given_name="أحمد", family_name="سالم"))
    window.dialogs.files = [str(CHAT), str(DATA / "generated-takeout.mbox")]
    window.actions_[ActionKey.CAPTURE].trigger()
    preview = previews[1]
    assert rows(preview) == [
        ("أحمد سالم", "أحمد سالم", "name", True),
        ("Karim Nabil", "Not in your contacts", "", False),
        ("منى خالد", "Not in your contacts", "", False),
    ]
    assert "3 conversations will be on the timelines" in preview.summary.text()
    window.select_contact(ahmad)
    model = window.timeline_view.model()
    metas = [model.index(r, 0).data(TimelineRole.META) for r in range(model.rowCount())]
    metas = [m for m in metas if m]
    assert len(metas) == 3
    assert metas[-1].endswith("Both wrote · WhatsApp (2 messages)")
    assert model.index(1, 0).data(TimelineRole.CAPTURED) == "whatsapp:" + CHAT.name
    assert "Captured 3 conversations; 0 new contacts" in window.statusBar().currentMessage()
    window.actions_[ActionKey.UNDO].trigger()
    assert window.context.capture.sources() == []


def test_unknown_people_added_in_one_step(make_window, previews):
    window = make_window()
    previews[0].before_accept = lambda preview: preview.add_unknown.click()
    window.dialogs.files = [str(DATA / "generated-takeout.mbox")]
    before = window.contacts.rowCount()
    window.actions_[ActionKey.CAPTURE].trigger()
    assert window.contacts.rowCount() == before + 2
    assert dict(window.context.capture.sources()) == {"mbox:generated-takeout.mbox": 4}


def test_space_unticks_a_row_in_the_preview(make_window, qtbot):
    window = make_window()
    window.context.contacts.add(ContactData(given_name="أحمد", family_name="سالم"))
    plan = window.context.capture.plan([CHAT])
    preview = CapturePreviewDialog(plan, window)
    qtbot.addWidget(preview)
    preview.show()
    branch = preview.tree.topLevelItem(0)
    assert branch is not None
    row = branch.child(0)
    assert row is not None
    preview.tree.setCurrentItem(row)
    preview.tree.setFocus()
    qtbot.keyClick(preview.tree, Qt.Key.Key_Space)
    assert row.checkState(PreviewCol.PERSON) == Qt.CheckState.Unchecked
    assert not preview.ok.isEnabled()  # nobody left to capture
    assert preview.choices().left_out == {(0, 0)}


def test_dropped_exports_are_captured_and_contact_files_imported(
    qtbot, make_window, previews, tmp_path, monkeypatch
):
    from netdesk.ui import import_flow

    window = make_window()
    window.context.contacts.add(
        ContactData(given_name="Mona", emails=[Labeled("mona.khaled@example.net")])
    )
    imported: list[list[str]] = []
    monkeypatch.setattr(import_flow, "run_import", lambda parts, paths: imported.append(paths))
    vcf = tmp_path / "people.vcf"
    vcf.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Nadia\r\nEND:VCARD\r\n")
    folder = tmp_path / "exports"
    folder.mkdir()
    shutil.copyfile(DATA / "generated-takeout.mbox", folder / "All mail.mbox")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(vcf)), QUrl.fromLocalFile(str(folder))])
    event = QDropEvent(
        QPoint(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    window.dropEvent(event)
    qtbot.waitUntil(lambda: bool(window.context.capture.sources()), timeout=10_000)
    assert imported == [[str(vcf)]]
    assert dict(window.context.capture.sources()) == {"mbox:All mail.mbox": 2}


def test_remove_captured_from_the_file_menu(make_window, previews):
    window = make_window()
    window.context.contacts.add(ContactData(given_name="أحمد", family_name="سالم"))
    window.dialogs.files = [str(CHAT)]
    window.actions_[ActionKey.CAPTURE].trigger()
    window.dialogs.choice = 0
    window.actions_[ActionKey.REMOVE_CAPTURED].trigger()
    assert window.dialogs.offered == ["\u2068" + CHAT.name + "\u2069 (3 conversations)"]
    assert window.context.capture.sources() == []
    window.actions_[ActionKey.UNDO].trigger()
    assert window.context.capture.sources() == [("whatsapp:" + CHAT.name, 3)]


def test_nothing_to_capture_says_why(make_window, tmp_path):
    window = make_window()
    chat = tmp_path / "WhatsApp Chat with Nobody.txt"
    chat.write_text('12/03/2024, 10:00 - You created group "Empty"\n', encoding="utf-8")
    junk = tmp_path / "notes.md"
    junk.write_text("# notes\n")
    window.dialogs.files = [str(chat), str(junk)]
    window.actions_[ActionKey.CAPTURE].trigger()
    ((title, text),) = window.dialogs.messages
    assert title == "Nothing to Capture"
    assert "notes.md: not a calendar, mailbox or chat export" in text


def test_calendar_accounts_without_an_account_says_how(make_window):
    window = make_window()
    window.actions_[ActionKey.CAPTURE_CALENDARS].trigger()
    ((title, text),) = window.dialogs.messages
    assert title == "Capture from Calendar Accounts"
    assert "Sync Account" in text


def test_cancel_while_reading_writes_nothing(make_window, previews, monkeypatch):
    import time

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QProgressDialog

    from netdesk.io.cancel import check
    from netdesk.services import capture as service

    def slow_plan(*args, **kwargs):
        while True:  # a mailbox that takes for ever, looking at the cancel flag
            check()
            time.sleep(0.01)

    monkeypatch.setattr(service, "plan_capture", slow_plan)
    window = make_window()
    window.dialogs.files = [str(CHAT)]
    pressed = []

    def press_cancel() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QProgressDialog):
            pressed.append(dialog.labelText())
            dialog.cancel()
        else:
            QTimer.singleShot(50, press_cancel)

    QTimer.singleShot(100, press_cancel)
    window.actions_[ActionKey.CAPTURE].trigger()
    assert pressed == ["Reading…"]
    assert len(previews) == 1  # the preview class only: it never opened
    assert window.context.capture.sources() == []
