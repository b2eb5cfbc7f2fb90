"""Export then import gives back the same contacts, in every format."""

from __future__ import annotations

import datetime as dt

import pytest

from netdesk.domain.contact_data import ContactData, InteractionData, Labeled
from netdesk.domain.dates import PartialDate
from netdesk.domain.enums import InteractionKind
from netdesk.io.csv_export import write_csv
from netdesk.io.json_format import write_json
from netdesk.io.reader import read_contacts
from netdesk.io.vcard import write_vcards
from tests.unit.io.test_vcard_reader import PNG


def sample() -> list[ContactData]:
    return [
        ContactData(
            uid="urn:uuid:1b4e28ba-2fa1-11d2-883f-0016d3cca427",
            given_name="أحمد",
            family_name="محمود",
            display_name="م. أحمد محمود",
            nickname="أبو علي",
            organization="شركة النيل; للبرمجيات, القاهرة",
            department="R&D",
            job_title="مهندس برمجيات أول",
            circle="mentor",
            how_met="GDG Cairo 2023, قاعة ٣",
            can_help_with="Rust; embedded",
            location="القاهرة",
            birthday=PartialDate(4, 15),
            notes="سطر أول\nline two, with commas; semicolons \\ backslash\n=not a formula",
            photo=PNG,
            cadence_days=30,
            favourite=True,
            emails=[Labeled("ahmed@example.com", "work"), Labeled("a@home.example", "home")],
            phones=[
                Labeled("+20 100 123 4567", "mobile"),
                Labeled("02 2345 6789", "work fax"),
                Labeled("999", "Assistant"),
            ],
            addresses=[Labeled("12 شارع النيل, الزمالك, القاهرة", "home")],
            urls=[
                Labeled("https://www.linkedin.com/in/ahmed", "linkedin"),
                Labeled("https://facebook.com/ahmed", "facebook"),
                Labeled("https://blog.example.com", "website"),
                # The kind follows the host: a mirror of GitHub elsewhere is a website.
                Labeled("https://example.org/gh-mirror", "website"),
            ],
            tags=["عمل", "GDG, Cairo", "mentors"],
        ),
        ContactData(
            given_name="Jane",
            family_name="Doe",
            birthday=PartialDate(2, 29, 1996),
            emails=[Labeled("jane@example.org")],
            phones=[Labeled("-123", "")],
        ),
    ]


FIELDS = (
    "given_name",
    "family_name",
    "display_name",
    "nickname",
    "organization",
    "department",
    "job_title",
    "circle",
    "how_met",
    "can_help_with",
    "location",
    "birthday",
    "notes",
    "cadence_days",
    "favourite",
    "emails",
    "phones",
    "addresses",
    "urls",
    "tags",
)


def assert_same(got: ContactData, want: ContactData, *, photo: bool = True) -> None:
    for name in FIELDS:
        assert getattr(got, name) == getattr(want, name), name
    if photo:
        assert got.photo == want.photo


@pytest.mark.parametrize("version", ["4.0", "3.0"])
def test_vcard_round_trip(version: str) -> None:
    contacts = sample()
    text = write_vcards(contacts, version)
    assert all(len(line.encode()) <= 75 for line in text.split("\r\n"))
    assert "\n" not in text.replace("\r\n", "")
    result = read_contacts(text.encode(), "out.vcf")
    assert result.format == "vcard"
    assert len(result.contacts) == 2
    assert result.contacts[0].uid == contacts[0].uid
    assert result.contacts[1].uid.startswith("urn:uuid:")
    for got, want in zip(result.contacts, contacts, strict=True):
        assert_same(got, want)


def test_vcard_writer_syntax() -> None:
    text = write_vcards(sample(), "4.0")
    assert text.startswith("BEGIN:VCARD\r\nVERSION:4.0\r\n")
    assert "BDAY:--0415\r\n" in text
    assert "PHOTO:data:image/png;base64," in text
    assert "URL;TYPE=x-linkedin:https://www.linkedin.com/in/ahmed\r\n" in text
    assert "X-NETDESK-CADENCE:30\r\n" in text
    assert "CATEGORIES:عمل,GDG\\, Cairo,mentors\r\n" in text
    v3 = write_vcards(sample(), "3.0")
    assert "PHOTO;ENCODING=b;TYPE=PNG:" in v3
    with pytest.raises(ValueError, match="unsupported"):
        write_vcards([], "2.1")


def test_fold_never_splits_utf8() -> None:
    contact = ContactData(display_name="ع" * 200, notes="😀" * 100)
    text = write_vcards([contact])
    for line in text.split("\r\n"):
        assert len(line.encode("utf-8")) <= 75
    assert read_contacts(text.encode()).contacts[0].display_name == "ع" * 200


def test_json_round_trip() -> None:
    contacts = sample()
    contacts[0].id = 7
    contacts[0].interactions = [
        InteractionData(dt.datetime(2023, 3, 15), InteractionKind.SOCIAL, "Connected on LinkedIn")
    ]
    text = write_json(contacts)
    assert "أحمد" in text  # not ASCII-escaped
    result = read_contacts(text.encode(), "export.json")
    assert result.format == "netdesk-json"
    for got, want in zip(result.contacts, contacts, strict=True):
        assert_same(got, want)
        assert got.interactions == want.interactions
        assert got.uid == want.uid
    assert result.contacts[0].id == 7


def test_csv_round_trip() -> None:
    contacts = sample()
    text = write_csv(contacts)
    assert ",'+20 100 123 4567" in text
    assert "'=not a formula" not in text  # only a cell's first character matters
    result = read_contacts(text.encode(), "google.csv")
    assert result.format == "google-csv"
    for got, want in zip(result.contacts, contacts, strict=True):
        assert_same(got, want, photo=False)


def test_csv_neutralises_formulas() -> None:
    evil = ContactData(given_name='=HYPERLINK("http://x")', family_name="@SUM(A1)", notes="-2+3")
    text = write_csv([evil])
    row = text.split("\r\n")[1]
    assert row.startswith("\"'=HYPERLINK")
    assert ",'@SUM(A1)," in row
    back = read_contacts(text.encode()).contacts[0]
    assert back.given_name == evil.given_name
    assert back.notes == "-2+3"


@pytest.mark.parametrize("version", ["3.0", "4.0"])
def test_vcard_department_without_organisation_stays_a_department(version: str) -> None:
    contact = ContactData(given_name="Mona", department="Procurement")
    text = write_vcards([contact], version)
    assert "ORG:;Procurement\r\n" in text  # RFC 6350: an empty organisation name first
    (back,) = read_contacts(text.encode()).contacts
    assert (back.organization, back.department) == ("", "Procurement")


def test_vcard_org_with_units_and_empty_org_component() -> None:
    card = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:X\r\nORG:;Sales;EMEA\r\nEND:VCARD\r\n"
    (back,) = read_contacts(card.encode()).contacts
    assert (back.organization, back.department) == ("", "Sales, EMEA")
    card = card.replace("ORG:;Sales;EMEA", "ORG:Acme;;R&D")
    (back,) = read_contacts(card.encode()).contacts
    assert (back.organization, back.department) == ("Acme", "R&D")
