from __future__ import annotations

import base64

import pytest

from netdesk.domain.dates import PartialDate
from netdesk.io.errors import ImportFormatError
from netdesk.io.reader import read_contacts
from netdesk.io.vcard import read_vcards
from tests.unit.io._paths import DATA

PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010802000000907753de"
    "0000000f4944415408d7010400fbff00ffffff05fe02fe037d19c60000000049454e44ae426082"
)


def one(text: str | bytes) -> object:
    data = text.encode() if isinstance(text, str) else text
    contacts, _ = read_vcards(data, "t.vcf")
    assert len(contacts) == 1
    return contacts[0]


def test_arabic_utf8_v30_fixture() -> None:
    result = read_contacts((DATA / "arabic_v30.vcf").read_bytes(), "arabic_v30.vcf")
    first, second = result.contacts
    assert first.best_name() == "أحمد محمود"
    assert (first.given_name, first.family_name) == ("أحمد", "محمود")
    assert first.organization == "شركة النيل للبرمجيات"
    assert first.department == "قسم الهندسة"
    assert first.job_title == "مهندس برمجيات"
    assert first.notes == "قابلته في مؤتمر القاهرة, وتحدثنا عن البيانات.\nسطر ثانٍ"
    assert first.tags == ["عمل", "مؤتمرات"]
    assert (first.phones[0].value, first.phones[0].label) == ("+20 100 123 4567", "mobile")
    assert (first.emails[0].value, first.emails[0].label) == ("ahmed@example.com", "work")
    assert second.best_name() == "فاطمة الزهراء"


def test_arabic_quoted_printable_v21_with_soft_breaks() -> None:
    contact = read_contacts((DATA / "arabic_v21_qp.vcf").read_bytes()).contacts[0]
    assert contact.best_name() == "أحمد علي"
    assert contact.given_name == "أحمد"
    assert contact.family_name == "علي"
    assert contact.organization == "الشركة العربية للتجارة"
    assert contact.phones[0].label == "mobile"


def test_fold_splitting_a_utf8_arabic_character() -> None:
    data = (DATA / "arabic_fold_split.vcf").read_bytes()
    assert b"\xd8\r\n \xb1" in data  # the fixture really splits "ر"
    contact = read_contacts(data).contacts[0]
    assert contact.best_name() == "عبد الرحمن"


@pytest.mark.parametrize("newline", ["\r\n", "\n", "\r", "\r\r\n"])
def test_line_endings(newline: str) -> None:
    lines = ["BEGIN:VCARD", "VERSION:3.0", "FN:Mona Zaki", "NOTE:long", " er note", "END:VCARD"]
    contact = one(newline.join(lines) + newline)
    assert contact.display_name == "Mona Zaki"  # type: ignore[attr-defined]
    assert contact.notes == "longer note"  # type: ignore[attr-defined]


def test_mixed_versions_and_non_vcard_components() -> None:
    data = (
        b"BEGIN:VCARD\r\nVERSION:2.1\r\nN:Doe;John\r\nTEL;CELL;PREF:123\r\nEND:VCARD\r\n"
        b"BEGIN:FOO\r\nFN:Not a contact\r\nEND:FOO\r\n"
        b"BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Jane\r\nEMAIL;TYPE=work:jane@x.org\r\nEND:VCARD\r\n"
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Omar\r\nTEL;TYPE=HOME,FAX:5\r\nEND:VCARD\r\n"
    )
    contacts, warnings = read_vcards(data, "x.vcf")
    assert [c.best_name() for c in contacts] == ["John Doe", "Jane", "Omar"]
    assert contacts[0].phones[0].label == "mobile"
    assert contacts[1].emails[0].label == "work"
    assert contacts[2].phones[0].label == "home fax"
    assert warnings == []


def test_escapes_and_structured_values() -> None:
    contact = one(
        "BEGIN:VCARD\nVERSION:3.0\nFN:A\\, B\nN:B\\;x;A;;;\n"
        "ORG:Nile\\, Inc.;R&D;Lab\nNOTE:a\\nb\\\\c\\;d\\:e\n"
        "ADR;TYPE=home:;;1 Main St\\nFloor 2;Cairo;;11511;Egypt\nEND:VCARD\n"
    )
    assert contact.display_name == "A, B"  # type: ignore[attr-defined]
    assert contact.family_name == "B;x"  # type: ignore[attr-defined]
    assert contact.organization == "Nile, Inc."  # type: ignore[attr-defined]
    assert contact.department == "R&D, Lab"  # type: ignore[attr-defined]
    assert contact.notes == "a\nb\\c;d:e"  # type: ignore[attr-defined]
    addr = contact.addresses[0]  # type: ignore[attr-defined]
    assert (addr.value, addr.label) == ("1 Main St, Floor 2, Cairo, 11511, Egypt", "home")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("1990-04-15", PartialDate(4, 15, 1990)),
        ("19900415", PartialDate(4, 15, 1990)),
        ("--0415", PartialDate(4, 15)),
        ("--04-15", PartialDate(4, 15)),
        ("1996-04-15T201243+04:00", PartialDate(4, 15, 1996)),
    ],
)
def test_birthday_formats(value: str, expected: PartialDate) -> None:
    contact = one(f"BEGIN:VCARD\nVERSION:4.0\nFN:X\nBDAY:{value}\nEND:VCARD\n")
    assert contact.birthday == expected  # type: ignore[attr-defined]


def test_grouped_apple_labels_and_links() -> None:
    contact = one(
        "BEGIN:VCARD\nVERSION:3.0\nFN:X\n"
        "item1.EMAIL;type=INTERNET:a@b.com\nitem1.X-ABLabel:_$!<Other>!$_\n"
        "item2.URL:http\\://example.com\nitem2.X-ABLabel:_$!<HomePage>!$_\n"
        "item3.TEL:1\nitem3.X-ABLabel:Assistant\n"
        "URL:https://www.linkedin.com/in/x\nURL:facebook.com/x\n"
        "X-SOCIALPROFILE;TYPE=twitter:https://twitter.com/x\nEND:VCARD\n"
    )
    assert contact.emails[0].label == "other"  # type: ignore[attr-defined]
    assert contact.phones[0].label == "Assistant"  # type: ignore[attr-defined]
    urls = [(u.value, u.label) for u in contact.urls]  # type: ignore[attr-defined]
    assert urls == [
        ("http://example.com", "website"),
        ("https://www.linkedin.com/in/x", "linkedin"),
        ("https://facebook.com/x", "facebook"),
        ("https://twitter.com/x", "twitter"),
    ]


def test_photos() -> None:
    b64 = base64.b64encode(PNG).decode()
    folded = "\r\n ".join(b64[i : i + 60] for i in range(0, len(b64), 60))
    v30 = one(
        f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:X\r\nPHOTO;ENCODING=b;TYPE=PNG:{folded}\r\nEND:VCARD\r\n"
    )
    assert v30.photo == PNG  # type: ignore[attr-defined]
    v21 = one(
        "BEGIN:VCARD\r\nVERSION:2.1\r\nFN:X\r\nPHOTO;ENCODING=BASE64;TYPE=PNG:\r\n"
        f" {folded}\r\n\r\n"
        "TEL:1\r\nEND:VCARD\r\n"
    )
    assert v21.photo == PNG  # type: ignore[attr-defined]
    v40 = one(f"BEGIN:VCARD\nVERSION:4.0\nFN:X\nPHOTO:data:image/png;base64,{b64}\nEND:VCARD\n")
    assert v40.photo == PNG  # type: ignore[attr-defined]
    url = one("BEGIN:VCARD\nVERSION:4.0\nFN:X\nPHOTO:https://example.com/a.jpg\nEND:VCARD\n")
    assert url.photo is None  # type: ignore[attr-defined]
    contacts, warnings = read_vcards(
        b"BEGIN:VCARD\nVERSION:3.0\nFN:X\nPHOTO;ENCODING=b:AAAA:BBBB\nEND:VCARD\n", "p.vcf"
    )
    assert contacts[0].photo is None and "not valid base64" in warnings[0]
    not_image = base64.b64encode(b"hello world, not an image").decode()
    contacts, warnings = read_vcards(
        f"BEGIN:VCARD\nVERSION:3.0\nFN:X\nPHOTO;ENCODING=b:{not_image}\nEND:VCARD\n".encode(), ""
    )
    assert contacts[0].photo is None and "not a JPEG" in warnings[0]


def test_netdesk_properties() -> None:
    contact = one(
        "BEGIN:VCARD\nVERSION:4.0\nFN:X\nX-NETDESK-CIRCLE:mentor\nX-NETDESK-CADENCE:30\n"
        "X-NETDESK-HOW-MET:At GDG Cairo\\, 2023\nX-NETDESK-CAN-HELP-WITH:Rust\nEND:VCARD\n"
    )
    assert contact.circle == "mentor"  # type: ignore[attr-defined]
    assert contact.cadence_days == 30  # type: ignore[attr-defined]
    assert contact.how_met == "At GDG Cairo, 2023"  # type: ignore[attr-defined]
    assert contact.can_help_with == "Rust"  # type: ignore[attr-defined]


def test_quoted_printable_dangling_soft_break_then_blank_line() -> None:
    contact = one(
        b"BEGIN:VCARD\r\nVERSION:2.1\r\nFN:X\r\n"
        b"ORG;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=D8=A7=D9=84=\r\n\r\n"
        b"TEL:1\r\nEND:VCARD\r\n"
    )
    assert contact.organization == "ال"  # type: ignore[attr-defined]
    assert contact.phones[0].value == "1"  # type: ignore[attr-defined]


def test_charset_declared_per_property_and_undeclared_fallback() -> None:
    data = (
        b"BEGIN:VCARD\r\nVERSION:2.1\r\nFN;CHARSET=windows-1256:"
        + "أحمد".encode("cp1256")
        + b"\r\nNOTE:"
        + "ملاحظة".encode("cp1256")
        + b"\r\nEND:VCARD\r\n"
    )
    contact = one(data)
    assert contact.display_name == "أحمد"  # type: ignore[attr-defined]
    assert contact.notes == "ملاحظة"  # type: ignore[attr-defined]


def test_cards_without_data_and_truncation() -> None:
    data = (
        b"BEGIN:VCARD\nVERSION:3.0\nNOTE:only a note\nEND:VCARD\n"
        b"BEGIN:VCARD\nVERSION:3.0\nFN:Kept\nEND:VCARD\n"
        b"BEGIN:VCARD\nVERSION:3.0\nFN:Cut off\nTEL:5"
    )
    contacts, warnings = read_vcards(data, "x.vcf")
    assert [c.best_name() for c in contacts] == ["Kept", "Cut off"]
    assert any("card 1 of x.vcf has no name" in w for w in warnings)
    assert any("card 3 of x.vcf is cut off" in w for w in warnings)


def test_nothing_usable_is_an_error() -> None:
    with pytest.raises(ImportFormatError, match=r"card 1 of x\.vcf is cut off before END:VCARD"):
        read_vcards(b"BEGIN:VCARD\nVERSION:3.0\nNOTE:x\n", "x.vcf")
    with pytest.raises(ImportFormatError, match="None of the 2 cards"):
        read_vcards(b"BEGIN:VCARD\nEND:VCARD\nBEGIN:VCARD\nEND:VCARD\n", "x.vcf")


def test_field_length_caps() -> None:
    contact = one(f"BEGIN:VCARD\nVERSION:3.0\nFN:{'x' * 5000}\nNOTE:{'y' * 20000}\nEND:VCARD\n")
    assert len(contact.display_name) == 1000  # type: ignore[attr-defined]
    assert len(contact.notes) == 10000  # type: ignore[attr-defined]


def test_link_kind_comes_from_the_host_not_the_type() -> None:
    contact = one(
        "BEGIN:VCARD\nVERSION:3.0\nFN:X\n"
        "URL;TYPE=x-linkedin:file:///usr/bin/xcalc\n"
        "URL;TYPE=x-github:https://evil.example/in/x\n"
        "X-SOCIALPROFILE;TYPE=facebook:https://www.linkedin.com/in/x\nEND:VCARD\n"
    )
    urls = [(u.value, u.label) for u in contact.urls]  # type: ignore[attr-defined]
    assert urls == [
        ("file:///usr/bin/xcalc", "website"),
        ("https://evil.example/in/x", "website"),
        ("https://www.linkedin.com/in/x", "linkedin"),
    ]
