from __future__ import annotations

from pathlib import Path

import pytest

from netdesk.io import reader
from netdesk.io.errors import MAX_IMPORT_BYTES, ImportFormatError
from netdesk.io.reader import read_contacts, read_contacts_file


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "contacts.vcf is empty"),
        (b"  \r\n\t ", "contacts.vcf is empty"),
        (b"\x89PNG\r\n\x1a\n" + bytes(100), "looks like a PNG image"),
        (b"\xff\xd8\xff\xe0" + bytes(100), "looks like a JPEG image"),
        (b"%PDF-1.7\n", "looks like a PDF document"),
        (b"PK\x03\x04" + bytes(50), "ZIP archive"),
        (bytes(range(256)) * 4, "not a contact file"),
        (b"BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n", "calendar"),
        (b"just some words\nand more words\n", "not a contact file"),
    ],
)
def test_refusals_are_one_clear_line(data: bytes, message: str) -> None:
    with pytest.raises(ImportFormatError) as info:
        read_contacts(data, "/home/u/contacts.vcf")
    text = str(info.value)
    assert message in text
    assert "\n" not in text


def test_detects_format_from_content_not_name() -> None:
    vcard = b"\xef\xbb\xbf\r\n  BEGIN:VCARD\r\nVERSION:3.0\r\nFN:A\r\nEND:VCARD\r\n"
    assert read_contacts(vcard, "contacts.csv").format == "vcard"
    csv = b"First Name,Last Name,Primary Email\r\nA,B,a@b.org\r\n"
    assert read_contacts(csv, "contacts.vcf").format == "thunderbird-csv"


def test_size_limit(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(reader, "MAX_IMPORT_BYTES", 10)
    with pytest.raises(ImportFormatError, match="MB"):
        read_contacts(b"BEGIN:VCARD\r\nFN:A\r\nEND:VCARD\r\n", "big.vcf")
    path = tmp_path / "big.vcf"
    path.write_bytes(b"x" * 20)
    with pytest.raises(ImportFormatError, match=r"big\.vcf is"):
        read_contacts_file(path)
    assert MAX_IMPORT_BYTES == 64 * 1024 * 1024


def test_file_errors(tmp_path: Path) -> None:
    with pytest.raises(ImportFormatError, match="does not exist"):
        read_contacts_file(tmp_path / "missing.vcf")
    with pytest.raises(ImportFormatError, match="is a folder"):
        read_contacts_file(tmp_path)
    good = tmp_path / "ok.vcf"
    good.write_bytes(b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ok\r\nEND:VCARD\r\n")
    assert read_contacts_file(good).contacts[0].best_name() == "Ok"


def test_headless_vcard_is_read_with_warning() -> None:
    result = read_contacts(b"VERSION:3.0\nFN:Frank\nTEL:1\nEND:VCARD\n", "x.vcf")
    assert result.contacts[0].best_name() == "Frank"
    assert "no BEGIN:VCARD" in result.warnings[0]


def test_huge_line_is_handled() -> None:
    data = b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:A\r\nNOTE:" + b"x" * 2_000_000 + b"\r\nEND:VCARD\r\n"
    result = read_contacts(data)
    assert len(result.contacts[0].notes) == 10_000
    assert any("cut" in w for w in result.warnings)
