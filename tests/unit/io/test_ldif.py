"""LDIF address books (Thunderbird's export): RFC 2849 and Mozilla's attribute names."""

from __future__ import annotations

import pytest

from netdesk.domain.dates import PartialDate
from netdesk.io.errors import ImportFormatError
from netdesk.io.ldif import MAX_ATTRIBUTES, iter_records
from netdesk.io.reader import read_contacts
from tests.unit.io._paths import DATA

# Thunderbird's own LDIF test card, comm-central
# mailnews/import/test/resources/basic_ldif_addressbook.ldif (as stored in
# mozilla/mozilla-central at 46fcbcd993dc), shortened; it has no blank line
# after its last record, as Thunderbird writes it.
THUNDERBIRD = b"""dn: cn=Display Name,mail=primaryemail@host.invalid
objectclass: top
objectclass: person
objectclass: organizationalPerson
objectclass: inetOrgPerson
objectclass: mozillaAbPersonAlpha
givenName: First
sn: Last
cn: Display Name
mozillaNickname: Nickname
mail: primaryemail@host.invalid
mozillaSecondEmail: secondemail@host.invalid
nsAIMid: screenname
mozillaUseHtmlMail: true
modifytimestamp: 1213818826
telephoneNumber: 123-456-7890
homePhone: 234-567-8901
fax: 345-678-9012
pager: 456-789-0123
mobile: 567-890-1234
mozillaHomeStreet: Home Address Line 1
mozillaHomeStreet2: Home Address Line 2
mozillaHomeLocalityName: Home City
mozillaHomeState: Home State
mozillaHomePostalCode: Home Zip
mozillaHomeCountryName: Home Country
street: Work Address Line 1
mozillaWorkStreet2: Work Address Line 2
l: Work City
st: Work State
postalCode: Work Zip
c: Work Country
title: Job Title
ou: Department
o: Organization Name
mozillaWorkUrl: http://127.0.0.1
mozillaHomeUrl: http://localhost
birthyear: 1900
mozillaCustom1: Custom Field 1
description:: Tm90ZXMgbGluZSAxCk5vdGVzIGxpbmUgMgpOb3RlcyBsaW5lIDMKTm90ZXMgbGluZSA0
"""


def test_thunderbird_card_is_one_contact_with_every_field() -> None:
    result = read_contacts(THUNDERBIRD, "abook.ldif")
    assert result.format == "ldif"
    assert result.warnings == []
    (c,) = result.contacts
    assert (c.given_name, c.family_name, c.display_name) == ("First", "Last", "Display Name")
    assert c.nickname == "Nickname"
    assert (c.organization, c.department, c.job_title) == (
        "Organization Name",
        "Department",
        "Job Title",
    )
    assert [e.value for e in c.emails] == ["primaryemail@host.invalid", "secondemail@host.invalid"]
    assert [(p.value, p.label) for p in c.phones] == [
        ("123-456-7890", "work"),
        ("234-567-8901", "home"),
        ("567-890-1234", "mobile"),
        ("345-678-9012", "work fax"),
        ("456-789-0123", "pager"),
    ]
    assert [(a.value, a.label) for a in c.addresses] == [
        (
            "Work Address Line 1, Work Address Line 2, Work City, Work State, Work Zip, "
            "Work Country",
            "work",
        ),
        (
            "Home Address Line 1, Home Address Line 2, Home City, Home State, Home Zip, "
            "Home Country",
            "home",
        ),
    ]
    assert [u.value for u in c.urls] == ["http://127.0.0.1", "http://localhost"]
    assert c.notes == "Notes line 1\nNotes line 2\nNotes line 3\nNotes line 4"
    assert c.birthday is None  # a year alone is not a birthday


def test_arabic_base64_folded_values_and_other_records() -> None:
    result = read_contacts((DATA / "thunderbird_arabic.ldif").read_bytes(), "arabic.ldif")
    assert result.format == "ldif"
    khaled, laura = result.contacts
    assert (khaled.given_name, khaled.family_name) == ("خالد", "المنصور")
    assert khaled.display_name == ""  # cn is just the parts put together
    assert khaled.nickname == "أبو فهد"
    assert (khaled.organization, khaled.department, khaled.job_title) == (
        "شمس للطاقة",
        "الطاقة المتجددة",
        "مدير مشاريع",
    )
    assert khaled.birthday == PartialDate(4, 15, 1985)
    assert khaled.addresses[0].value == "طريق الملك فهد, الدمام, السعودية"
    # A folded base64 value, unfolded before it is decoded.
    assert khaled.notes.endswith("ويرغب في التعاون.")
    assert "\n" in khaled.notes
    assert (laura.given_name, laura.family_name) == ("Laura", "Ruiz")
    assert laura.birthday == PartialDate(12, 2)
    assert [p.label for p in laura.phones] == ["home"]
    warnings = " ".join(result.warnings)
    assert "damaged line" in warnings  # the line with no colon; the rest of Laura kept
    assert "mailing list" in warnings
    assert "delete change" in warnings


def test_comments_folds_and_line_ends() -> None:
    data = (
        b"version: 1\r\n# a comment\r\n#  folded comment\r\n  goes on\r\n"
        b"dn: cn=A\r\ncn: Ahmed\r\n  Hassan\r\nmail: a@x.example\r\n\r\n\r\n"
        b"dn: cn=B\rcn: Bassem\r"
    )
    result = read_contacts(data, "x.ldif")
    assert [c.best_name() for c in result.contacts] == ["Ahmed Hassan", "Bassem"]


def test_a_record_of_millions_of_lines_is_capped() -> None:
    data = b"dn: cn=A\ncn: A\n" + b"mail: a@x.example\n" * (MAX_ATTRIBUTES * 2)
    (record,) = iter_records(data)
    assert len(record.attributes) == MAX_ATTRIBUTES
    assert record.dropped > 0


@pytest.mark.parametrize(
    "data",
    [
        b"dn: dc=example,dc=com\nobjectclass: top\nobjectclass: domain\ndc: example\n",
        b"version: 1\n",
    ],
)
def test_ldif_without_a_person_is_refused(data: bytes) -> None:
    with pytest.raises(ImportFormatError, match=r"x\.ldif is an"):
        read_contacts(data, "x.ldif")


def test_damaged_base64_loses_only_that_value() -> None:
    data = b"dn: cn=A\ncn:: ***not base64***\ngivenName: Amal\nmail: amal@x.example\n"
    result = read_contacts(data, "x.ldif")
    assert result.contacts[0].given_name == "Amal"
    assert any("damaged" in w for w in result.warnings)


def test_cr_cr_lf_line_ends_do_not_split_records() -> None:
    data = b"dn: cn=A\r\r\ncn: Amal\r\r\nmail: amal@x.example\r\r\n"
    (amal,) = read_contacts(data, "x.ldif").contacts
    assert (amal.display_name, amal.emails[0].value) == ("Amal", "amal@x.example")
