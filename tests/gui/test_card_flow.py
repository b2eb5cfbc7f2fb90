"""Business cards in the window: Add from Business Card…, a dropped photo, My Card."""

import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import QMimeData, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QLabel

from netdesk.domain.contact_data import ContactData, Labeled
from netdesk.services.queries import ContactQuery
from netdesk.ui.actions import ActionKey
from netdesk.ui.card_proposal import CardProposalDialog
from netdesk.ui.my_card_dialog import MyCardDialog

CARDS = Path(__file__).resolve().parents[1] / "data" / "cards"


def person(index: int) -> dict[str, Any]:
    people: list[dict[str, Any]] = json.loads((CARDS / "expected.json").read_text("utf-8"))
    return people[index]


def when_modal(qtbot, kind, act) -> list[str]:
    """Run ``act(dialog)`` once a modal ``kind`` dialog is up; the list records problems."""
    seen: list[str] = []

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind):
            act(dialog)
            return
        if len(seen) < 400:
            seen.append("waiting")
            QTimer.singleShot(25, poll)

    QTimer.singleShot(0, poll)
    return seen


def test_add_from_business_card_corrects_and_adds_the_person(qtbot, make_window):
    window = make_window()
    card = person(2)  # bilingual: English and Arabic halves
    window.parts.dialogs.files = [str(CARDS / card["files"][0])]

    def correct(dialog: CardProposalDialog) -> None:
        # The user fixes the title by hand and presses Enter on Add Contact.
        dialog.title.setFocus()
        dialog.title.selectAll()
        qtbot.keyClicks(dialog.title, "Lead Engineer")
        assert dialog.findChildren(QLabel)[0] is not None
        thumbs = [x for x in dialog.findChildren(QLabel) if x.pixmap() and not x.pixmap().isNull()]
        assert len(thumbs) >= 5  # name, title, organisation, email, phone at least
        qtbot.keyClick(dialog.display, Qt.Key.Key_Return)

    when_modal(qtbot, CardProposalDialog, correct)
    window.actions_[ActionKey.ADD_FROM_CARD].trigger()
    contacts = window.context.contacts
    (cid,) = contacts.query_ids(ContactQuery())
    added = contacts.get(cid)
    assert added.best_name() == card["expected"]["name"]
    assert added.job_title == "Lead Engineer"
    assert [e.value for e in added.emails] == [card["email"]]
    assert added.second_name == card["name_ar"]
    assert added.card_image is not None
    # One undo step takes the whole card back.
    window.context.undo_stack.undo()
    assert contacts.query_ids(ContactQuery()) == []


def test_a_photo_dropped_on_the_window_is_read_as_a_card_and_merged(qtbot, make_window):
    window = make_window()
    card = person(3)
    contacts = window.context.contacts
    given = card["name_en"].split()[0]
    known = contacts.add(ContactData(given_name=given, emails=[Labeled(card["email"])]))
    accepted: list[bool] = []

    def accept(dialog: CardProposalDialog) -> None:
        accepted.append(True)
        dialog.accept()

    when_modal(qtbot, CardProposalDialog, accept)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(CARDS / card["files"][0]))])
    drop = QDropEvent(
        QPointF(50, 50), Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    window.dropEvent(drop)
    qtbot.waitUntil(lambda: bool(accepted), timeout=20_000)
    qtbot.waitUntil(lambda: contacts.get(known).organization != "", timeout=5_000)
    merged = contacts.get(known)
    assert len(contacts.query_ids(ContactQuery())) == 1  # merged, not added
    assert merged.organization == card["org"][0]


def test_my_card_marks_the_selected_contact_and_shows_its_code(qtbot, make_window):
    window = make_window()
    contacts = window.context.contacts
    me = contacts.add(ContactData(given_name="Layla", family_name="Haddad"))
    window.select_contact(me)
    dialog = MyCardDialog(window.parts)
    qtbot.addWidget(dialog)
    assert dialog.qr.pixmap().isNull() and not dialog.save_png.isEnabled()
    qtbot.mouseClick(dialog.use_selected, Qt.MouseButton.LeftButton)
    assert contacts.owner() == me
    assert not dialog.qr.pixmap().isNull() and dialog.qr.pixmap().width() >= 300
    assert "Layla Haddad" in dialog.who.text()
    target = Path(window.context.data_dir).parent / "me.svg"
    window.parts.dialogs.save_path = str(target)
    qtbot.mouseClick(dialog.save_svg, Qt.MouseButton.LeftButton)
    assert b"<svg" in target.read_bytes()
    window.context.undo_stack.undo()
    assert contacts.owner() is None


def test_scan_card_on_the_event_sheet_fills_a_card_and_keeps_what_the_form_lacks(
    qtbot, make_window
):
    from netdesk.ui.event_dialog import EventDialog

    window = make_window()
    scanned = ContactData(
        given_name="Omar",
        family_name="Nasr",
        display_name="Omar Nasr",
        second_name="عمر نصر",
        organization="Delta Engineering Ltd",
        emails=[Labeled("omar@delta.example", "work")],
        phones=[Labeled("+20 100 123 4567", "work")],
        urls=[Labeled("https://delta.example", "website")],
        card_image=b"\xff\xd8jpeg",
    )
    sheet = EventDialog(window.context.contacts, [], window, scan=lambda: scanned)
    qtbot.addWidget(sheet)
    assert sheet.scan_button.isVisibleTo(sheet)
    qtbot.mouseClick(sheet.scan_button, Qt.MouseButton.LeftButton)
    (card,) = sheet.cards
    assert (card.name.text(), card.email.text()) == ("Omar Nasr", "omar@delta.example")
    data = card.person().data
    assert data.second_name == "عمر نصر" and data.card_image == b"\xff\xd8jpeg"
    assert [u.value for u in data.urls] == ["https://delta.example"]
    qtbot.mouseClick(sheet.scan_button, Qt.MouseButton.LeftButton)
    assert len(sheet.cards) == 2  # a filled card is kept; the next scan gets its own
    plain = EventDialog(window.context.contacts, [], window)
    qtbot.addWidget(plain)
    assert not plain.scan_button.isVisibleTo(plain)


def test_the_contact_card_shows_the_name_in_the_other_script(make_window):
    window = make_window()
    omar = window.context.contacts.add(
        ContactData(given_name="Omar", family_name="Nasr", second_name="عمر نصر")
    )
    window.select_contact(omar)
    shown = window.card._rows["second_name"]
    # The card starts each value with the interface's direction mark and isolates it.
    assert shown.isVisibleTo(window.card)
    assert shown.text().strip("\u200e\u200f\u2068\u2069") == "عمر نصر"
