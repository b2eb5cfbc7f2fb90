"""Reaching out in one step: message templates and the links that open a mail or chat.

A template is a subject and a body with placeholders in braces. Each placeholder has an
English name and an Arabic one, so a template can be written wholly in either language:

=================  ==================  ==============================================
English            Arabic              value
=================  ==================  ==============================================
``{first_name}``   ``{الاسم}``          the person's given name (else their shown name)
``{organization}`` ``{المؤسسة}``        where they work
``{how_met}``      ``{كيف_تعارفنا}``    how we met
``{opening}``      ``{الوظيفة}``        the opening's title (Ask for a referral)
``{link}``         ``{الرابط}``         the link being shared (Share…)
``{line}``         ``{السطر}``          the line that goes with it
=================  ==================  ==============================================

Inserted values are first-strong isolated (U+2068 … U+2069) in an Arabic template, and in
an English one when they hold right-to-left letters, so that a Latin organisation inside
Arabic text, or an Arabic name inside English text, does not reorder the words around it.
An unknown placeholder is left as written. Nothing here sends anything: ``mailto_url`` and
``whatsapp_url`` build the links the user's own programs open.
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass
from urllib.parse import quote

from netdesk.domain.text import digits_only, is_arabic_script, isolate


class Purpose(enum.StrEnum):
    HELLO = "hello"
    CONGRATULATE = "congratulate"
    SHARE = "share"
    REFERRAL = "referral"
    THANK = "thank"


PLACEHOLDERS: dict[str, str] = {
    "first_name": "الاسم",
    "organization": "المؤسسة",
    "how_met": "كيف_تعارفنا",
    "opening": "الوظيفة",
    "link": "الرابط",
    "line": "السطر",
}
_BY_ARABIC = {arabic: english for english, arabic in PLACEHOLDERS.items()}
_PLACEHOLDER = re.compile(r"\{([^{}\s]+)\}")
_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")


@dataclass(frozen=True, slots=True)
class Template:
    subject: str
    body: str


@dataclass(frozen=True, slots=True)
class Message:
    subject: str
    body: str

    @property
    def text(self) -> str:
        """What a chat or the clipboard gets: the body alone."""
        return self.body


DEFAULTS: dict[str, dict[Purpose, Template]] = {
    "en": {
        Purpose.HELLO: Template(
            "Hello from me",
            "Hi {first_name},\n\nIt has been a while — I was thinking of you and wanted to say "
            "hello. How are things at {organization}?\n\nBest wishes",
        ),
        Purpose.CONGRATULATE: Template(
            "Congratulations!",
            "Hi {first_name},\n\nI just heard the news — congratulations! Well deserved.\n\n"
            "Best wishes",
        ),
        Purpose.SHARE: Template(
            "Thought of you",
            "Hi {first_name},\n\n{line}\n{link}\n\nI thought you would find it useful.\n\n"
            "Best wishes",
        ),
        Purpose.REFERRAL: Template(
            "A question about {opening} at {organization}",
            "Hi {first_name},\n\nI hope you are well. I am applying for the {opening} role at "
            "{organization} and would be grateful if you could refer me, or tell me who "
            "is hiring for it. I can send my CV and a short note you could forward.\n\n"
            "Thank you",
        ),
        Purpose.THANK: Template(
            "Thank you",
            "Hi {first_name},\n\nThank you so much for your help — it made a real "
            "difference.\n\nBest wishes",
        ),
    },
    "ar": {
        Purpose.HELLO: Template(
            "تحية طيبة",
            "مرحبًا {الاسم}،\n\nمرّ وقت طويل منذ آخر حديث بيننا، وأردت أن أطمئن عليك. "
            "كيف تسير الأمور في {المؤسسة}؟\n\nمع أطيب التحيات",
        ),
        Purpose.CONGRATULATE: Template(
            "تهانينا!",
            "مرحبًا {الاسم}،\n\nبلغني الخبر للتو، فألف مبروك! تستحق ذلك عن جدارة.\n\n"
            "مع أطيب التحيات",
        ),
        Purpose.SHARE: Template(
            "تذكّرتك حين رأيت هذا",
            "مرحبًا {الاسم}،\n\n{السطر}\n{الرابط}\n\nظننت أنه سيفيدك.\n\nمع أطيب التحيات",
        ),
        Purpose.REFERRAL: Template(
            "سؤال عن وظيفة {الوظيفة} في {المؤسسة}",
            "مرحبًا {الاسم}،\n\nأرجو أن تكون بخير. أتقدّم لوظيفة {الوظيفة} في {المؤسسة}، "
            "وسأكون ممتنًا لو رشّحتني لها أو دللتني على المسؤول عن التوظيف. "
            "يمكنني أن أرسل سيرتي الذاتية ونبذة قصيرة تُرفقها.\n\nشكرًا جزيلًا",
        ),
        Purpose.THANK: Template(
            "شكرًا لك",
            "مرحبًا {الاسم}،\n\nشكرًا جزيلًا على مساعدتك، فقد أحدثت فرقًا حقيقيًا.\n\nمع أطيب التحيات",
        ),
    },
}


def default_template(purpose: Purpose, language: str) -> Template:
    return DEFAULTS["ar" if language == "ar" else "en"][purpose]


def is_arabic_template(template: Template) -> bool:
    """Whether the template's own words (placeholders aside) start in Arabic script."""
    words = _PLACEHOLDER.sub("", template.subject + " " + template.body)
    first = _RTL.search(words)
    latin = re.search("[A-Za-z]", words)
    return first is not None and (latin is None or first.start() < latin.start())


def fill_text(text: str, values: dict[str, str], arabic: bool) -> str:
    """``text`` with each known placeholder replaced by its value (see the module docstring)."""

    def value(match: re.Match[str]) -> str:
        name = match.group(1)
        key = _BY_ARABIC.get(name, name)
        if key not in PLACEHOLDERS:
            return match.group(0)
        found = values.get(key, "").strip()
        if found and (arabic or _RTL.search(found)):
            return isolate(found)
        return found

    return _PLACEHOLDER.sub(value, text)


def fill_template(template: Template, values: dict[str, str]) -> Message:
    arabic = is_arabic_template(template)
    return Message(
        fill_text(template.subject, values, arabic), fill_text(template.body, values, arabic)
    )


def first_name(given_name: str, shown_name: str) -> str:
    given = given_name.strip()
    if given:
        return given
    parts = shown_name.split()
    return parts[0] if parts else ""


def language_for(name: str, fallback: str) -> str:
    """Arabic for a name written in Arabic, else the interface's language."""
    return "ar" if name and is_arabic_script(name) else fallback


def mailto_url(address: str, message: Message) -> str:
    """A ``mailto:`` link (RFC 6068): subject and body percent-encoded as UTF-8, line
    breaks as CRLF, the address with only its ``@`` left as is."""
    body = message.body.replace("\r\n", "\n").replace("\n", "\r\n")
    query = f"subject={quote(message.subject, safe='')}&body={quote(body, safe='')}"
    return f"mailto:{quote(address.strip(), safe='@')}?{query}"


def whatsapp_number(phone: str, region: str = "") -> str | None:
    """The number as wa.me wants it (country code and number, digits only), or None
    when ``phonenumbers`` cannot read it as a valid number (with ``region`` for a local one)."""
    import phonenumbers

    digits = digits_only(phone)
    if not digits:
        return None
    plus = phone.strip().startswith(("+", "00"))
    candidate = "+" + digits.removeprefix("00") if plus else digits
    try:
        number = phonenumbers.parse(candidate, (region or "").upper() or None)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(number):
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)[1:]


def whatsapp_url(phone: str, message: Message, region: str = "") -> str | None:
    """``https://wa.me/<number>?text=…`` with the text percent-encoded, or None."""
    number = whatsapp_number(phone, region)
    if number is None:
        return None
    return f"https://wa.me/{number}?text={quote(message.text, safe='')}"
