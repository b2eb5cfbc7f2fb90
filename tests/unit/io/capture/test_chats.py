"""LinkedIn messages and invitations, Telegram Desktop exports."""

import datetime as dt
import json
from pathlib import Path

from netdesk.io.capture.registry import find_sources
from tests.unit.io.capture.common import DATA, FormatCase, conversations, read_all


class TestLinkedInMessages(FormatCase):
    fixture = "linkedin-messages.csv"
    kind = "linkedin_messages"
    items, skipped = 5, 1

    def test_utc_dates_profiles_and_spam(self) -> None:
        items, _info, _src = read_all(self.path)
        utc = dt.datetime(2024, 1, 10, 8, 15, tzinfo=dt.UTC).astimezone().replace(tzinfo=None)
        assert items[0].when == utc
        assert items[0].sender is not None
        assert items[0].sender.profile == "https://www.linkedin.com/in/karim-nabil-eng"
        assert items[-1].skipped == "spam"

    def test_the_user_is_on_every_message(self) -> None:
        read = conversations(self.path)
        assert [p.name for p in read.people] == ["Karim Nabil", "ليلى منصور"]


class TestLinkedInInvitations(FormatCase):
    fixture = "linkedin-Invitations.csv"
    kind = "linkedin_messages"
    items, skipped = 2, 0

    def test_outgoing_invitations_are_mine(self) -> None:
        read = conversations(self.path)
        assert {p.name for p in read.people} == {"Omar Farouk", "Layla Mansour"}
        assert sorted(c.direction for c in read.conversations) == ["gave", "received"]


class TestTelegramChat(FormatCase):
    fixture = "telegram-result.json"
    kind = "telegram"
    items, skipped = 4, 1

    def test_a_personal_chat(self) -> None:
        read = conversations(self.path)
        assert [p.name for p in read.people] == ["يوسف عمر"]
        assert [(c.count, c.direction) for c in read.conversations] == [(2, "mutual"), (1, "gave")]
        assert read.conversations[0].summary == "صباح الخير! هل نلتقي بعد المحاضرة؟"


class TestTelegramMinimal(FormatCase):
    fixture = "telegram-minimal.json"
    kind = "telegram"
    items, skipped = 2, 0

    def test_styled_text_pieces(self) -> None:
        items, _info, _src = read_all(self.path)
        assert items[1].subject == "Link:https://telegram.org/"


def test_a_whole_account_export(tmp_path: Path) -> None:
    chat = json.loads((DATA / "telegram-result.json").read_text(encoding="utf-8"))
    account = {
        "personal_information": {"user_id": 99887766, "first_name": "Sara"},
        "chats": {"about": "", "list": [chat | {"type": "private_group", "name": "Lab"}]},
    }
    path = tmp_path / "result.json"
    path.write_text(json.dumps(account, ensure_ascii=False), encoding="utf-8")
    items, _info, _src = read_all(path)
    mine = [i for i in items if i.sender is not None and i.sender.me]
    assert len(mine) == 2  # by the account's own user id, in a group


def test_look_alikes_are_not_conversations(tmp_path: Path) -> None:
    contacts_csv = tmp_path / "contacts.csv"
    contacts_csv.write_text("First Name,Last Name,E-mail Address\nMona,Khaled,m@example.net\n")
    facebook = tmp_path / "friends.json"
    facebook.write_text('{"friends_v2": [{"name": "Mona", "timestamp": 1}]}')
    vcard = tmp_path / "a.vcf"
    vcard.write_text("BEGIN:VCARD\nVERSION:3.0\nFN:Mona\nEND:VCARD\n")
    notes = tmp_path / "notes.txt"
    notes.write_text("Meeting notes\n12/03/2024 was a good day\nNothing else\nmore\n")
    found = find_sources([contacts_csv, facebook, vcard, notes])
    assert not found.sources
    assert [p.name for p, _line in found.errors] == [
        "contacts.csv",
        "friends.json",
        "a.vcf",
        "notes.txt",
    ]
