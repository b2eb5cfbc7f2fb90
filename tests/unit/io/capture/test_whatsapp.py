"""WhatsApp chat exports: Android and iOS, every date order, 12/24 hours, Arabic locales."""

import datetime as dt
import zipfile
from pathlib import Path

import pytest

from netdesk.io.capture.whatsapp import DateOrder, chat_title, guess_order
from tests.unit.io.capture.common import DATA, FormatCase, conversations, read_all


class TestAndroidDayFirst(FormatCase):
    fixture = "whatsapp-android-ddmmyy-24h.txt"
    kind = "whatsapp"
    items, skipped = 9, 2

    def test_day_first_dates_and_a_multi_line_message(self) -> None:
        items, _info, _src = read_all(self.path)
        assert items[1].when == dt.datetime(2019, 1, 20, 11, 23)
        jahn = items[2]
        assert (jahn.sender and jahn.sender.name, jahn.when) == (
            "Jahn Doe",
            dt.datetime(2019, 1, 30, 20, 49),
        )
        # The second line belongs to the message; only the first is kept as its line.
        assert jahn.subject == "Lorem ipsum dolor sit amet,"

    def test_system_lines_are_skipped(self) -> None:
        items, _info, _src = read_all(self.path)
        assert [i.skipped for i in items if i.skipped] == ["system message"] * 2
        # "John Doe:." is a message (a colon without a space), not a system line.
        assert items[1].sender is not None and items[1].sender.name == "John Doe"


class TestAndroidMonthFirst12Hour(FormatCase):
    fixture = "whatsapp-android-mmddyyyy-12h.txt"
    kind = "whatsapp"
    items, skipped = 9, 2

    def test_a_m_and_p_m_with_month_first(self) -> None:
        items, _info, _src = read_all(self.path)
        assert items[2].when == dt.datetime(2019, 1, 30, 20, 49)  # 08:49 p. m.
        assert items[0].when == dt.datetime(2019, 1, 1, 11, 25)
        assert items[-1].when == dt.datetime(2021, 12, 30, 22, 1)


class TestAndroidYearFirst(FormatCase):
    fixture = "whatsapp-android-yyyymmdd-24h.txt"
    kind = "whatsapp"
    items, skipped = 9, 2

    def test_year_first(self) -> None:
        assert read_all(self.path)[0][3].when == dt.datetime(2020, 6, 10, 15, 55)


class TestIosBrackets(FormatCase):
    fixture = "whatsapp-ios-mmddyy-24h.txt"
    kind = "whatsapp"
    items, skipped = 9, 2

    def test_bracketed_month_first(self) -> None:
        assert read_all(self.path)[0][2].when == dt.datetime(2019, 1, 30, 20, 49)


class TestDottedGroup(FormatCase):
    fixture = "whatsapp-android-dotted-group.txt"
    kind = "whatsapp"
    items, skipped = 20, 2

    def test_the_encryption_notice_with_a_colon_is_no_message(self) -> None:
        items, _info, _src = read_all(self.path)
        assert items[0].skipped == "system message"  # "Pokemon Chat: Messages and calls…"

    def test_each_sender_of_a_group_is_someone(self) -> None:
        read = conversations(self.path)
        names = {p.name for p in read.people}
        assert {"Ash Ketchum", "Brock", "Misty", "Prof. Oak"} <= names
        first_day = read.conversations[0]
        assert first_day.when.date() == dt.date(2016, 8, 6)
        assert {read.people[i].name for i in first_day.people} == {"Ash Ketchum", "Brock", "Misty"}


class TestArabicAndroid(FormatCase):
    fixture = "WhatsApp Chat with أحمد سالم.txt"
    kind = "whatsapp"
    items, skipped = 6, 1

    def test_arabic_digits_marks_and_morning_evening(self) -> None:
        items, info, _src = read_all(self.path)
        assert items[1].when == dt.datetime(2024, 3, 14, 21, 5)  # ٩:٠٥ م
        assert items[3].when == dt.datetime(2024, 3, 15, 10, 30)  # ١٠:٣٠ ص
        assert items[1].subject == "مساء الخير يا سارة، هل وصلتك ورقة البحث؟"
        assert info.title == "أحمد سالم"

    def test_media_omitted_is_a_message_without_a_line(self) -> None:
        items, _info, _src = read_all(self.path)
        assert items[3].subject == "" and not items[3].skipped

    def test_the_other_writer_of_a_one_to_one_chat_is_the_user(self) -> None:
        read = conversations(self.path)
        assert [p.name for p in read.people] == ["أحمد سالم"]
        directions = [c.direction for c in read.conversations]
        assert directions == ["mutual", "received", "gave"]
        # The day only the user wrote is still with the other person.
        assert read.conversations[2].people == [0]
        assert [c.count for c in read.conversations] == [2, 2, 1]


class TestArabicIosGroup(FormatCase):
    fixture = "whatsapp-ar-ios-group.txt"
    kind = "whatsapp"
    items, skipped = 6, 1

    def test_brackets_arabic_comma_seconds_and_a_number_not_saved(self) -> None:
        items, _info, _src = read_all(self.path)
        assert items[2].when == dt.datetime(2024, 2, 1, 18, 3, 40)
        assert items[2].sender is not None and items[2].sender.phone == "+966 50 123 4567"
        # A quoted group subject with a colon is still a system line.
        assert items[0].skipped == "system message"
        assert items[4].subject == ""  # صورة محذوفة: an image left out of the export

    def test_a_multi_line_message_keeps_its_text_when_asked(self) -> None:
        items, _info, _src = read_all(self.path, keep_text=True)
        assert items[5].text == "اللقاء يوم الخميس في المكتبة\nالساعة السابعة مساءً"


class TestIosZip(FormatCase):
    fixture = "WhatsApp Chat - Karim Nabil.zip"
    kind = "whatsapp"
    items, skipped = 5, 1

    def test_the_zip_as_whatsapp_makes_it(self) -> None:
        items, info, _src = read_all(self.path)
        assert info.title == "Karim Nabil"
        assert items[2].when == dt.datetime(2023, 3, 14, 21, 40, 2)  # narrow space before PM
        assert [i.subject for i in items[3:]] == ["", ""]  # image omitted, <attached: …>
        assert info.own == {"Sara"}


def test_a_zip_without_a_chat_is_not_whatsapp(tmp_path: Path) -> None:
    other = tmp_path / "photos.zip"
    with zipfile.ZipFile(other, "w") as archive:
        archive.writestr("notes.txt", "Shopping list\nmilk\n")
    from netdesk.io.capture.registry import find_sources

    assert find_sources([other]).errors


@pytest.mark.parametrize(
    ("triples", "twelve", "dotted", "order"),
    [
        ([("13", "06", "18")], False, False, DateOrder(2, 1, 0)),
        ([("06", "13", "18")], False, False, DateOrder(2, 0, 1)),
        ([("06", "07", "18")], True, False, DateOrder(2, 0, 1)),  # US, 12 hours
        ([("06", "07", "18")], False, True, DateOrder(2, 1, 0)),  # 06.07.18
        ([("2018", "06", "13")], False, False, DateOrder(0, 1, 2)),
    ],
)
def test_date_order(triples, twelve, dotted, order) -> None:
    assert guess_order(triples, twelve, dotted) == order


def test_titles_from_the_names_whatsapp_gives() -> None:
    assert chat_title(Path("WhatsApp Chat with Mona (1).txt")) == "Mona"
    assert chat_title(Path("WhatsApp Chat - Karim.zip")) == "Karim"
    assert chat_title(Path("دردشة واتساب مع منى.txt")) == "منى"
    assert chat_title(DATA / "whatsapp-ar-ios-group.txt") == "whatsapp-ar-ios-group"
