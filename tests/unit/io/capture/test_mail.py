"""Mail: mbox (Thunderbird, Takeout), .eml and Apple Mail's .emlx."""

import datetime as dt
import io
from pathlib import Path

from netdesk.io.capture.mail import mbox_messages
from tests.unit.io.capture.common import DATA, FormatCase, conversations, read_all


class TestThunderbirdMbox(FormatCase):
    fixture = "thunderbird-bugmail1.mbox"
    kind = "mbox"
    items, skipped = 1, 0

    def test_headers_of_a_thunderbird_folder(self) -> None:
        (item,), _info, _src = read_all(self.path)
        assert item.key == "mail:200805072155.m47LtAEf007542@mrapp51.mozilla.org"
        assert item.subject == "[Bug 397009] A filter will let me tag, but not untag"
        # A reply joins the thread of the first message it refers to.
        assert item.thread == "mail:bug-397009-254728@https.bugzilla.mozilla.org/"
        assert item.sender is not None and item.sender.email == "primaryemail1@test.invalid"


class TestThunderbirdEml(FormatCase):
    fixture = "thunderbird-sample01.eml"
    kind = "eml"
    items, skipped = 1, 0

    def test_rfc_2047_subject(self) -> None:
        (item,), _info, _src = read_all(self.path)
        assert item.subject == "αλφάβητο"
        assert item.sender is not None and item.sender.name == "Bug Reporter"

    def test_its_text_when_asked(self) -> None:
        (item,), _info, _src = read_all(self.path, keep_text=True)
        assert item.text == "Άλφα"


class TestTakeoutMbox(FormatCase):
    fixture = "generated-takeout.mbox"
    kind = "mbox"
    items, skipped = 8, 3

    def test_newsletters_bulk_and_no_reply_are_skipped(self) -> None:
        items, _info, _src = read_all(self.path)
        assert sorted(i.skipped for i in items if i.skipped) == [
            "bulk mail",
            "mailing list",
            "no-reply sender",
        ]

    def test_arabic_names_and_the_user_from_sent_labels(self) -> None:
        read = conversations(self.path)
        assert [(p.name, p.emails) for p in read.people] == [
            ("Karim Nabil", ["karim@example.com"]),  # also Cc'd as KARIM@Example.com
            ("منى خالد", ["mona.khaled@example.net"]),
        ]

    def test_a_thread_is_one_conversation_a_day(self) -> None:
        read = conversations(self.path)
        thread = [c for c in read.conversations if c.thread == "mail:draft-1@example.net"]
        assert [(c.when.date(), c.count, c.direction) for c in thread] == [
            (dt.date(2024, 3, 4), 2, "mutual"),
            (dt.date(2024, 3, 5), 1, "received"),
        ]
        assert thread[0].summary == "مسودة الورقة"

    def test_a_quoted_from_line_in_a_body_is_no_new_message(self) -> None:
        items, _info, _src = read_all(self.path, keep_text=True)
        assert ">From the start" in items[0].text or "From the start" in items[0].text
        assert len(items) == 8


class TestAppleMail(FormatCase):
    fixture = "apple-mail"
    kind = "eml"
    items, skipped = 1, 0

    def test_the_message_without_its_plist(self) -> None:
        (item,), _info, _src = read_all(self.path, keep_text=True)
        assert item.subject == "Lunch?"
        assert item.text == "Are you free on Thursday?"


def test_mbox_is_read_one_message_at_a_time() -> None:
    data = (DATA / "generated-takeout.mbox").read_bytes()
    messages = mbox_messages(io.BytesIO(data))
    header, _body = next(messages)
    assert b"draft-1@example.net" in header
    assert sum(1 for _ in messages) == 7


def test_a_folder_of_eml_files_is_one_source(tmp_path: Path) -> None:
    from netdesk.io.capture.registry import find_sources

    folder = tmp_path / "Inbox"
    folder.mkdir()
    sample = (DATA / "thunderbird-sample01.eml").read_bytes()
    for n in range(3):
        (folder / f"{n}.eml").write_bytes(sample.replace(b"01.eml@", f"{n}.eml@".encode()))
    (folder / "notes.md").write_text("# not mail\n")
    found = find_sources([tmp_path])
    assert [(s.kind, len(s.files)) for s in found.sources] == [("eml", 3)]
    assert not found.errors
