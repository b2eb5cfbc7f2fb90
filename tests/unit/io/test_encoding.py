from __future__ import annotations

import codecs

import pytest

from netdesk.io.encoding import decode_bytes, decode_value, guess_legacy_encoding


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (codecs.BOM_UTF8 + "أحمد".encode(), "utf-8"),
        (codecs.BOM_UTF16_LE + "أحمد,x".encode("utf-16-le"), "utf-16-le"),
        (codecs.BOM_UTF16_BE + "أحمد,x".encode("utf-16-be"), "utf-16-be"),
        (codecs.BOM_UTF32_LE + "أحمد,x".encode("utf-32-le"), "utf-32-le"),
        ("Name,Email\r\nأحمد,a@b.com\r\n".encode("utf-16-le"), "utf-16-le"),
        ("Name,Email\r\nأحمد,a@b.com\r\n".encode("utf-16-be"), "utf-16-be"),
        ("أحمد".encode(), "utf-8"),
    ],
)
def test_unicode_encodings(data: bytes, encoding: str) -> None:
    text, found = decode_bytes(data)
    assert found == encoding
    assert "أحمد" in text
    assert not text.startswith("\ufeff")


@pytest.mark.parametrize(
    ("text", "codec"),
    [
        ("أحمد", "cp1256"),
        ("منى حسن,شركة النور", "cp1256"),
        ("محمد عبد الله", "cp1256"),
        ("אפרים קישון", "cp1255"),
        ("דוד לוי", "cp1255"),
        ("Віталій Кличко", "cp1251"),
        ("Иван Петров", "cp1251"),
        ("Łukasz Żółć", "cp1250"),
        ("Café Hélène Zoë", "cp1252"),
        ("山田太郎", "shift_jis"),
    ],
)
def test_legacy_guess(text: str, codec: str) -> None:
    data = text.encode(codec)
    assert data.decode(guess_legacy_encoding(data)) == text


def test_windows_1256_wins_for_arabic_file() -> None:
    data = "الاسم,البريد الإلكتروني\nأحمد علي,a@b.com\n".encode("cp1256")
    text, encoding = decode_bytes(data)
    assert encoding == "cp1256"
    assert "أحمد علي" in text


def test_decode_value_declared_and_broken() -> None:
    assert decode_value("Doë".encode("cp1252"), "windows-1252") == "Doë"
    assert decode_value("ÑÑ".encode() + b"\x80", "UTF-8") == "ÑÑ"
    assert decode_value("安藤".encode("shift_jis"), "SHIFT_JIS") == "安藤"
    assert decode_value("Doë".encode("cp1252"), "", "cp1252") == "Doë"
    assert decode_value(b"abc", "no-such-charset") == "abc"


def test_charset_label_with_nul_is_unknown() -> None:
    # Found by the importer fuzzer: codecs.lookup raises ValueError on a NUL byte.
    from netdesk.io.encoding import codec_name

    assert codec_name("utf\x008") is None


def test_binary_codec_names_are_not_charsets() -> None:
    # Found by the importer fuzzer: CHARSET=quopri made bytes.decode raise LookupError.
    from netdesk.io.encoding import codec_name
    from netdesk.io.reader import read_contacts

    assert codec_name("quopri") is None
    assert codec_name("base64") is None
    assert codec_name("windows-1256") == "cp1256"
    card = b"BEGIN:VCARD\r\nVERSION:2.1\r\nFN;CHARSET=quopri:Sara\r\nEND:VCARD\r\n"
    assert read_contacts(card, "x.vcf").contacts[0].best_name() == "Sara"
