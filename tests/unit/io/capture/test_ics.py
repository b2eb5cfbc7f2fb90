"""Calendars: past occurrences of meetings with attendees."""

import datetime as dt

from netdesk.io.capture.base import Person
from tests.unit.io.capture.common import FormatCase, conversations, read_all


class TestConfluenceWeekly(FormatCase):
    fixture = "confluence-weekly-exdate.ics"
    kind = "ics"
    # Every Thursday from 24 January 2019 until now, less the five EXDATEs.
    weeks = (dt.date.today() - dt.date(2019, 1, 24)).days // 7 + 1
    items, skipped = weeks - 5, 0

    def test_exdates_are_left_out_and_folded_names_read(self) -> None:
        items, _info, _src = read_all(self.path)
        days = [i.when.date() for i in items]
        assert dt.date(2019, 2, 14) in days and dt.date(2019, 2, 21) not in days
        assert items[0].recipients == (Person(name="Fred Bloggs", email="person@domain.com"),)
        assert all(i.when <= dt.datetime.now() for i in items)


class TestOutlookBerlin(FormatCase):
    fixture = "outlook-berlin-attendees.ics"
    kind = "ics"
    items, skipped = 1, 0

    def test_resources_are_nobody(self) -> None:
        (item,), _info, _src = read_all(self.path)
        assert len(item.recipients) == 1  # four "redacted" attendees and organizer are one
        expected = dt.datetime(2019, 5, 27, 12, 0, tzinfo=dt.UTC).astimezone().replace(tzinfo=None)
        assert item.when == expected  # 14:00 Europe/Berlin, in local time


class TestOutlookRiyadh(FormatCase):
    fixture = "outlook-weekly-riyadh.ics"
    kind = "ics"
    items, skipped = 6, 1  # five meetings and the dentist (no one to meet)

    def test_a_moved_occurrence_a_cancelled_one_and_none_of_the_future(self) -> None:
        items, _info, _src = read_all(self.path)
        meetings = [i for i in items if not i.skipped]
        local = [
            dt.datetime.combine(d, dt.time(7, 0), dt.UTC).astimezone().replace(tzinfo=None)
            for d in (dt.date(2024, 1, 7), dt.date(2024, 1, 14), dt.date(2024, 2, 4))
        ]
        whens = [i.when for i in meetings]
        assert set(local) <= set(whens)
        assert dt.date(2024, 1, 21) not in [w.date() for w in whens]  # EXDATE
        moved = next(i for i in meetings if i.when.date() == dt.date(2024, 1, 29))
        assert moved.subject == "اجتماع مجموعة البحث (مؤجل)"
        assert all("Thesis" not in i.subject for i in items)

    def test_each_occurrence_is_one_meeting_with_everyone(self) -> None:
        read = conversations(self.path, own=frozenset({"sara.haddad@example.org"}))
        assert [p.name for p in read.people] == ["د. منى خالد", "Karim Nabil"]
        assert read.people[0].emails == ["mona.khaled@example.net"]
        assert {c.direction for c in read.conversations} == {"mutual"}
        assert len({c.key for c in read.conversations}) == 5
