from __future__ import annotations

import datetime as dt

import pytest

from netdesk.domain.dates import PartialDate
from netdesk.domain.enums import InteractionKind
from netdesk.io.csv_dates import parse_date
from netdesk.io.csv_headers import Field
from netdesk.io.csv_mapping import apply_mapping, guess_mapping
from netdesk.io.csv_table import read_table
from netdesk.io.reader import read_contacts
from tests.unit.io._paths import DATA


def test_windows_1256_csv_with_arabic_headers() -> None:
    data = (DATA / "arabic_cp1256.csv").read_bytes()
    table = read_table(data)
    assert table.encoding == "cp1256"
    assert table.headers == ["الاسم", "البريد الإلكتروني", "الهاتف", "الشركة"]
    mapping = guess_mapping(table)
    assert mapping == {0: Field.DISPLAY_NAME, 1: Field.EMAIL, 2: Field.PHONE, 3: Field.ORGANIZATION}
    contacts = apply_mapping(table, mapping)
    assert [c.display_name for c in contacts] == ["أحمد علي", "منى حسن"]
    assert contacts[1].organization == "مؤسسة الأمل"
    result = read_contacts(data, "arabic.csv")
    assert result.format == "csv"
    assert result.table is not None
    assert result.encoding == "cp1256"


@pytest.mark.parametrize(
    ("name", "encoding"),
    [("arabic_utf16le_bom.csv", "utf-16-le"), ("arabic_utf16be_nobom.csv", "utf-16-be")],
)
def test_utf16_csv(name: str, encoding: str) -> None:
    result = read_contacts((DATA / name).read_bytes(), name)
    assert result.encoding == encoding
    assert result.format == "outlook-csv"
    contact = result.contacts[0]
    assert (contact.given_name, contact.family_name) == ("خالد", "الشريف")
    assert contact.organization == "دبي للاستثمار"
    assert (contact.phones[0].value, contact.phones[0].label) == ("+971 50 123 4567", "mobile")


def test_linkedin_connections_with_arabic_and_preamble() -> None:
    result = read_contacts((DATA / "linkedin_arabic_Connections.csv").read_bytes())
    assert result.format == "linkedin-csv"
    first, second = result.contacts
    assert (first.given_name, first.family_name) == ("يوسف", "الحربي")
    assert first.organization == "أرامكو"
    assert first.job_title == "مهندس بترول"
    assert (first.urls[0].value, first.urls[0].label) == (
        "https://www.linkedin.com/in/yousef-alharbi",
        "linkedin",
    )
    (event,) = first.interactions
    assert event.kind is InteractionKind.SOCIAL
    assert event.summary == "Connected on LinkedIn"
    assert event.when == dt.datetime(2023, 3, 15)
    assert second.interactions[0].when == dt.datetime(2022, 3, 15)
    assert second.organization == "stc, الرياض"
    assert first.tags == []  # the import dialog chooses tags


def test_linkedin_reordered_columns() -> None:
    data = (
        b"First Name,Last Name,Email Address,Company,Position,Connected On,URL\n"
        b"Alice,Johnson,alice@x.com,TechCorp,CTO,15 Jan 2023,https://linkedin.com/in/alice\n"
    )
    result = read_contacts(data)
    assert result.format == "linkedin-csv"
    assert result.contacts[0].urls[0].label == "linkedin"
    assert result.contacts[0].interactions[0].when == dt.datetime(2023, 1, 15)


def test_google_current_layout() -> None:
    data = (
        b"First Name,Middle Name,Last Name,Organization Name,Organization Title,Birthday,Notes,"
        b"Labels,E-mail 1 - Label,E-mail 1 - Value,Phone 1 - Label,Phone 1 - Value,"
        b"Address 1 - Label,Address 1 - Formatted,Website 1 - Label,Website 1 - Value\r\n"
        b'Omar,,Khaled,Acme,CEO,--03-07,"two\nlines",* myContacts ::: Friends ::: * starred,'
        b'* Work,o@acme.com ::: o@home.com,Mobile,+20 1,Home,"1 St\nCairo",Profile,'
        b"https://www.linkedin.com/in/omar\r\n"
    )
    result = read_contacts(data)
    assert result.format == "google-csv"
    c = result.contacts[0]
    assert c.tags == ["Friends"]
    assert c.favourite
    assert [(e.value, e.label) for e in c.emails] == [("o@acme.com", "work"), ("o@home.com", "")]
    assert c.phones[0].label == "mobile"
    assert c.addresses[0].value == "1 St, Cairo"
    assert c.urls[0].label == "linkedin"
    assert c.birthday == PartialDate(3, 7)
    assert c.notes == "two\nlines"


def test_outlook_layout() -> None:
    data = (
        b"Title,First Name,Middle Name,Last Name,Company,Job Title,Business Street,Business City,"
        b"Business Postal Code,Business Country/Region,Business Phone,Mobile Phone,E-mail Address,"
        b"E-mail Type,Birthday,Categories,Web Page\r\n"
        b"Mr.,John,Q,Public,Contoso,Manager,1 Way,Redmond,98052,USA,+1 425,+1 206,j@contoso.com,"
        b"SMTP,1/15/1980,VIP;Clients,contoso.com\r\n"
    )
    result = read_contacts(data)
    assert result.format == "outlook-csv"
    c = result.contacts[0]
    assert c.display_name == "John Q Public"
    assert c.job_title == "Manager"
    assert c.addresses[0].value == "1 Way, Redmond, 98052, USA"
    assert c.addresses[0].label == "work"
    assert [(p.value, p.label) for p in c.phones] == [("+1 425", "work"), ("+1 206", "mobile")]
    assert [e.value for e in c.emails] == ["j@contoso.com"]
    assert c.birthday == PartialDate(1, 15, 1980)
    assert c.tags == ["VIP", "Clients"]
    assert c.urls[0].value == "https://contoso.com"


def test_thunderbird_layout_with_birth_parts() -> None:
    data = (
        b"First Name,Last Name,Display Name,Nickname,Primary Email,Secondary Email,Work Phone,"
        b"Mobile Number,Birth Year,Birth Month,Birth Day,Notes\r\n"
        b"Ann,Lee,Ann Lee,annie,ann@x.org,ann2@x.org,111,222,,12,24,hi\r\n"
    )
    result = read_contacts(data)
    assert result.format == "thunderbird-csv"
    c = result.contacts[0]
    assert [e.value for e in c.emails] == ["ann@x.org", "ann2@x.org"]
    assert [p.label for p in c.phones] == ["work", "mobile"]
    assert c.birthday == PartialDate(12, 24)
    assert c.nickname == "annie"


def test_no_header_is_guessed_from_content() -> None:
    table = read_table(b"John Doe,John,Doe,john@doe.invalid,+1 555 123 4567\r\n")
    assert table.headers is None
    mapping = guess_mapping(table)
    assert mapping == {
        0: Field.DISPLAY_NAME,
        1: Field.GIVEN_NAME,
        2: Field.FAMILY_NAME,
        3: Field.EMAIL,
        4: Field.PHONE,
    }


def test_delimiters_quotes_and_mixed_rows() -> None:
    semi = read_table(b'Name;Email\r\n"Doe; John";"j@x.org"\r\n')
    assert semi.delimiter == ";"
    assert semi.rows == [["Doe; John", "j@x.org"]]
    tab = read_table(b"Name\tEmail\nA\ta@x.org\n")
    assert tab.delimiter == "\t"
    mixed = read_table(b"1,1,1@h.invalid,,,,\n2\t2\t2@h.invalid\n3\t3\t3@h.invalid\n")
    assert [r[2] for r in mixed.rows] == ["1@h.invalid", "2@h.invalid", "3@h.invalid"]
    quoted = read_table(b'Name,Notes\r\nA,"say ""hi""\r\nthen, bye"\r\n')
    assert quoted.rows == [["A", 'say "hi"\r\nthen, bye']]


def test_unknown_headers_need_mapping() -> None:
    result = read_contacts(b"Foo,Bar\r\nabc 123,def 456\r\n", "odd.csv")
    assert result.format == "csv"
    assert result.table is not None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("15 Mar 2023", PartialDate(3, 15, 2023)),
        ("03/15/2023", PartialDate(3, 15, 2023)),
        ("20/01/1991", PartialDate(1, 20, 1991)),
        ("1975-12-12", PartialDate(12, 12, 1975)),
        ("March 5, 2020", PartialDate(3, 5, 2020)),
        ("24.12.1980", PartialDate(12, 24, 1980)),
        ("0/0/00", None),
        ("soon", None),
    ],
)
def test_dates(text: str, expected: PartialDate | None) -> None:
    assert parse_date(text) == expected


def test_long_cell_is_capped_not_refused() -> None:
    data = b"Name,Notes\r\nA," + b"n" * 300_000 + b"\r\n"
    result = read_contacts(data)
    assert len(result.contacts[0].notes) == 10_000


def test_row_with_other_delimiter_and_line_break_does_not_raise() -> None:
    # Found by the importer fuzzer: re-splitting a one-cell row that holds a quoted line
    # break made the csv module raise.
    from netdesk.io.csv_table import parse_text

    rows, _delimiter = parse_text('a,b,c\n1,2,3\n"x;y\rz"\n')
    assert rows[0] == ["a", "b", "c"]
    assert len(rows) == 3


def test_a_website_label_does_not_decide_the_link_kind() -> None:
    data = (
        b"First Name,Middle Name,Last Name,Organization Name,Website 1 - Label,"
        b"Website 1 - Value\r\nOmar,,Khaled,Acme,LinkedIn,https://evil.example/in/omar\r\n"
    )
    result = read_contacts(data)
    assert [(u.value, u.label) for u in result.contacts[0].urls] == [
        ("https://evil.example/in/omar", "website")
    ]
