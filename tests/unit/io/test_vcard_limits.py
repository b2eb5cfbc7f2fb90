"""Bounded time and memory on large or hostile vCard files, and nested AGENT cards."""

from __future__ import annotations

import time
import tracemalloc

from netdesk.io.reader import read_contacts
from netdesk.io.vcard import read_vcards
from netdesk.io.vcard_lines import MAX_PROPS


def _cards(count: int) -> bytes:
    return "".join(
        "BEGIN:VCARD\r\nVERSION:3.0\r\n"
        f"UID:uid-{i}\r\nN:Hassan{i};Mohamed;;;\r\nORG:Aramco;Sales\r\nTITLE:Engineer\r\n"
        f"EMAIL;TYPE=work:m.{i}@example.com\r\nTEL;TYPE=cell:+2010{i:08d}\r\n"
        f"ADR;TYPE=work:;;{i} Main St;Cairo;;11511;Egypt\r\nNOTE:Met at conference {i}\r\n"
        "CATEGORIES:Work,Conference\r\nEND:VCARD\r\n"
        for i in range(count)
    ).encode()


def test_many_categories_are_deduplicated_in_linear_time() -> None:
    tags = ",".join(f"tag{i}" for i in range(60_000)) + ",tag5, tag5 ,Tag5"
    data = f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Tagged\r\nCATEGORIES:{tags}\r\nEND:VCARD\r\n"
    start = time.perf_counter()
    contacts, warnings = read_vcards(data.encode(), "t.vcf")
    # The quadratic check took 20 s here; the linear one well under a second.
    assert time.perf_counter() - start < 5
    assert contacts[0].tags[:3] == ["tag0", "tag1", "tag2"]
    assert len(contacts[0].tags) == 100
    assert any("only the first 100 tags" in w for w in warnings)


def test_duplicate_tags_keep_first_order_and_exact_spelling() -> None:
    data = b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:A\r\nCATEGORIES:b, a ,b,A,a\r\nEND:VCARD\r\n"
    contacts, _ = read_vcards(data, "t.vcf")
    assert contacts[0].tags == ["b", "a", "A"]


def test_parsing_memory_stays_close_to_what_the_contacts_take() -> None:
    data = _cards(3_500)  # ~1.4 MB: more than one parsing slice
    tracemalloc.start()
    try:
        contacts, _ = read_vcards(data, "big.vcf")
        peak = tracemalloc.get_traced_memory()[1]
        held = tracemalloc.get_traced_memory()[0]
    finally:
        tracemalloc.stop()
    assert len(contacts) == 3_500
    assert contacts[-1].emails[0].value == "m.3499@example.com"
    # Before cards were parsed as a stream, every line and property of the file
    # was in memory at once: the peak was 2.4 times what the contacts hold.
    assert peak < held * 1.5 + 1_000_000


def test_a_card_of_millions_of_lines_keeps_a_bounded_number() -> None:
    lines = "".join(f"TEL:+2010{i:08d}\r\n" for i in range(MAX_PROPS * 3))
    data = (
        f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Busy\r\n{lines}EMAIL:busy@example.com\r\nEND:VCARD\r\n"
    )
    contacts, warnings = read_vcards(data.encode(), "t.vcf")
    assert contacts[0].best_name() == "Busy"
    assert any(f"more than {MAX_PROPS:,} lines" in w for w in warnings)


def test_slices_do_not_change_what_is_read() -> None:
    # Folded and quoted-printable values next to END:VCARD lines, over 1 MB.
    card = (
        "BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=D8=A3=D8=AD=D9=85=\r\n"
        "=D8=AF;\r\nNOTE:long\r\n  folded\r\nEND:VCARD\r\n"
    )
    data = (card * 20_000).encode()
    contacts, _ = read_vcards(data, "t.vcf")
    assert len(contacts) == 20_000
    assert {c.family_name for c in contacts} == {"أحمد"}
    assert {c.notes for c in contacts} == {"long folded"}


AGENT_BLOCK = (
    "BEGIN:VCARD\r\nVERSION:2.1\r\nN:Doe;John\r\nFN:John Doe\r\n{agent}"
    "BEGIN:VCARD\r\nVERSION:2.1\r\nN:Friday;Fred\r\nTEL;WORK;VOICE:+1-213-555-1234\r\n"
    "END:VCARD\r\n"
    "TEL;CELL:+1-555-000-1111\r\nEMAIL;INTERNET:john@example.com\r\nORG:Acme\r\n"
    "END:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:2.1\r\nN:Roe;Jane\r\nEND:VCARD\r\n"
)


def test_agent_card_on_its_own_line_keeps_the_parent() -> None:
    result = read_contacts(AGENT_BLOCK.format(agent="AGENT:\r\n").encode(), "a.vcf")
    john, jane = result.contacts
    assert (john.given_name, john.organization) == ("John", "Acme")
    assert [p.value for p in john.phones] == ["+1-555-000-1111"]
    assert john.notes == "Agent: Fred Friday, +1-213-555-1234"
    assert jane.family_name == "Roe"
    assert not any("cut off" in w for w in result.warnings)


def test_agent_card_starting_on_the_agent_line_keeps_the_parent() -> None:
    data = AGENT_BLOCK.format(agent="AGENT:").replace(
        "AGENT:BEGIN:VCARD\r\nVERSION:2.1\r\n", "AGENT:BEGIN:VCARD\r\n"
    )
    result = read_contacts(data.encode(), "a.vcf")
    john, jane = result.contacts
    assert (john.family_name, john.given_name, john.organization) == ("Doe", "John", "Acme")
    assert [e.value for e in john.emails] == ["john@example.com"]
    assert john.notes.startswith("Agent: Fred Friday")
    assert jane.family_name == "Roe"
    assert not any("cut off" in w for w in result.warnings)


def test_agent_nested_twice_keeps_the_parent() -> None:
    inner = "AGENT:\r\nBEGIN:VCARD\r\nN:Deep;Dan\r\nEND:VCARD\r\n"
    data = AGENT_BLOCK.format(agent="AGENT:\r\n").replace(
        "N:Friday;Fred\r\n", "N:Friday;Fred\r\n" + inner
    )
    john, _jane = read_contacts(data.encode(), "a.vcf").contacts
    assert (john.given_name, john.organization) == ("John", "Acme")
    assert john.notes == "Agent: Fred Friday, +1-213-555-1234"


def test_agent_escaped_in_a_30_value_becomes_a_note() -> None:
    data = (
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nN:Doe;John\r\n"
        b"AGENT:BEGIN:VCARD\\nVERSION:3.0\\nFN:Fred Friday\\nTEL:+1-213-555-1234\\nEND:VCARD\r\n"
        b"TEL;TYPE=cell:+1-555-000-1111\r\nORG:Acme\r\nEND:VCARD\r\n"
    )
    (john,) = read_contacts(data, "a.vcf").contacts
    assert (john.given_name, john.organization) == ("John", "Acme")
    assert john.notes == "Agent: Fred Friday, +1-213-555-1234"
