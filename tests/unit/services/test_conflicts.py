"""Sync conflicts go through the contact service, which announces what it wrote."""

from pytestqt.qtbot import QtBot

from netdesk.domain.contact_data import ContactData
from netdesk.services.changes import ChangeKind
from netdesk.services.contacts import ContactService
from netdesk.sync.records import SyncConflict

REMOTE = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:{uid}\r\nFN:Sara Ali\r\nN:Ali;Sara;;;\r\n"
    "TITLE:Head of Data\r\nEND:VCARD\r\n"
)


def test_resolving_a_conflict_writes_and_announces(contacts: ContactService, qtbot: QtBot) -> None:
    cid = contacts.add(ContactData(given_name="Sara", family_name="Ali", job_title="Engineer"))
    uid = contacts.get(cid).uid
    conflict = SyncConflict.create(
        account="home",
        entity="contact",
        uid=uid,
        field="job_title",
        local_value="Engineer",
        remote_value="Head of Data",
        remote_data=REMOTE.format(uid=uid),
    )
    assert contacts.open_conflicts(uid) == [(conflict.id, "job_title", "Engineer", "Head of Data")]
    with qtbot.waitSignal(contacts.changed) as signal:
        contacts.resolve_conflict(conflict.id, take_remote=True)
    change = signal.args[0]
    assert (change.kind, list(change.ids)) == (ChangeKind.UPDATED, [cid])
    assert contacts.get(cid).job_title == "Head of Data"
    assert contacts.open_conflicts(uid) == []
