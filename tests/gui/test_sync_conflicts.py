"""A sync conflict shows both values on the card, and the user's choice is applied."""

from PySide6.QtWidgets import QLabel

from netdesk.domain.contact_data import ContactData
from netdesk.sync.conflicts import open_conflicts
from netdesk.sync.records import SyncConflict

REMOTE = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:{uid}\r\nFN:Sara Ali\r\nN:Ali;Sara;;;\r\n"
    "TITLE:Head of Data\r\nEND:VCARD\r\n"
)


def conflict_label(window):
    return next(w for w in window.card.findChildren(QLabel) if "on the server" in w.text())


def test_card_offers_both_values_and_applies_the_choice(make_window):
    window = make_window()
    cid = window.context.contacts.add(
        ContactData(given_name="Sara", family_name="Ali", job_title="Engineer")
    )
    uid = window.context.contacts.get(cid).uid
    for _ in range(2):
        SyncConflict.create(
            account="home",
            entity="contact",
            uid=uid,
            field="job_title",
            local_value="Engineer",
            remote_value="Head of Data",
            remote_data=REMOTE.format(uid=uid),
        )
    window.select_contact(cid)
    window._show_contact(cid)
    label = conflict_label(window)
    assert "Title — here: “\u2068Engineer\u2069”; on the server: “\u2068Head of Data\u2069”" in (
        label.text().replace("&quot;", '"')
    )
    label.linkActivated.emit("theirs")
    assert window.context.contacts.get(cid).job_title == "Head of Data"
    assert len(open_conflicts(uid)) == 1
    conflict_label(window).linkActivated.emit("mine")
    assert open_conflicts(uid) == []
    assert window.context.contacts.get(cid).job_title == "Head of Data"
    assert not any("on the server" in w.text() for w in window.card.findChildren(QLabel))
