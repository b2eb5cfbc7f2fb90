"""Outreach templates in both languages and the links that open a mail or a chat."""

from urllib.parse import parse_qs, unquote, urlsplit

from netdesk.domain.outreach import (
    DEFAULTS,
    PLACEHOLDERS,
    Message,
    Purpose,
    Template,
    default_template,
    fill_template,
    first_name,
    is_arabic_template,
    mailto_url,
    whatsapp_number,
    whatsapp_url,
)

FSI, PDI = "\u2068", "\u2069"
VALUES = {
    "first_name": "Sara",
    "organization": "Careem",
    "how_met": "ITI class of 2019",
    "opening": "Data Scientist",
}


def test_every_purpose_has_a_default_in_both_languages() -> None:
    for language in ("en", "ar"):
        assert set(DEFAULTS[language]) == set(Purpose)
    assert all(is_arabic_template(t) for t in DEFAULTS["ar"].values())
    assert not any(is_arabic_template(t) for t in DEFAULTS["en"].values())


def test_english_template_filled() -> None:
    message = fill_template(default_template(Purpose.REFERRAL, "en"), VALUES)
    assert message.subject == "A question about Data Scientist at Careem"
    assert "Hi Sara," in message.body
    assert "{" not in message.body and FSI not in message.body


def test_arabic_template_isolates_latin_values_so_the_sentence_keeps_its_direction() -> None:
    message = fill_template(default_template(Purpose.REFERRAL, "ar"), VALUES)
    assert message.subject == f"سؤال عن وظيفة {FSI}Data Scientist{PDI} في {FSI}Careem{PDI}"
    assert f"مرحبًا {FSI}Sara{PDI}،" in message.body
    # Every inserted value is closed again: nothing leaks into the Arabic after it.
    assert message.body.count(FSI) == message.body.count(PDI) == 3


def test_arabic_value_inside_english_text_is_isolated_latin_is_not() -> None:
    template = Template("Hello {first_name}", "{first_name} at {organization}")
    message = fill_template(template, {"first_name": "منى", "organization": "Fawry"})
    assert message.subject == f"Hello {FSI}منى{PDI}"
    assert message.body == f"{FSI}منى{PDI} at Fawry"


def test_arabic_and_english_placeholder_names_are_the_same_value() -> None:
    template = Template("", "{الاسم} / {first_name} / {المؤسسة} / {unknown} / {الوظيفة}")
    body = fill_template(template, {"first_name": "Omar", "organization": "Swvl"}).body
    assert body == "Omar / Omar / Swvl / {unknown} / "
    assert len(PLACEHOLDERS) == len(set(PLACEHOLDERS.values()))


def test_first_name() -> None:
    assert first_name("Sara", "Sara Ali") == "Sara"
    assert first_name("", "منى سالم") == "منى"
    assert first_name("", "") == ""


def test_mailto_is_percent_encoded_utf8_with_crlf() -> None:
    message = Message("Hi & bye?", "سلام عليكم\nline 2 = 100%")
    url = mailto_url("sara.ali+jobs@example.com", message)
    assert url.startswith("mailto:sara.ali%2Bjobs@example.com?subject=")
    query = url.split("?", 1)[1]
    assert " " not in url and "\n" not in url and "&body=" in query
    assert "subject=Hi%20%26%20bye%3F" in query
    assert "%D8%B3%D9%84%D8%A7%D9%85" in query  # سلام as UTF-8
    assert "%0D%0A" in query and "%25" in query and "%3D" in query
    fields = parse_qs(query)
    assert fields["subject"] == ["Hi & bye?"]
    assert fields["body"] == ["سلام عليكم\r\nline 2 = 100%"]


def test_whatsapp_number_normalised_with_phonenumbers() -> None:
    assert whatsapp_number("+20 100 123 4567") == "201001234567"
    assert whatsapp_number("0100-123-4567", "EG") == "201001234567"
    assert whatsapp_number("٠١٠٠١٢٣٤٥٦٧", "EG") == "201001234567"
    assert whatsapp_number("00971 50 123 4567") == "971501234567"
    assert whatsapp_number("12345", "EG") is None
    assert whatsapp_number("") is None


def test_whatsapp_url_encodes_the_text() -> None:
    message = Message("", "مرحبًا Sara & co\n#1?")
    url = whatsapp_url("+20 100 123 4567", message)
    assert url is not None
    parts = urlsplit(url)
    assert (parts.scheme, parts.netloc, parts.path) == ("https", "wa.me", "/201001234567")
    assert parts.query.startswith("text=") and " " not in url and "#" not in url
    assert unquote(parts.query.removeprefix("text=")) == message.body
    assert whatsapp_url("not a number", message) is None
