"""A business card's text lines turned into a proposed contact.

Pure Python: the OCR (``io.cards``) hands over lines with their boxes; this module sorts
them into emails, phones, links, titles, organisations, addresses and names by regular
expressions and small vocabularies in Arabic and English, and keeps for every field the
box of the line it came from, so the proposal can show it next to the value.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from netdesk.domain.contact_data import ContactData, Labeled
from netdesk.domain.links import link_kind
from netdesk.domain.text import is_arabic_script, without_bidi_controls

# x, y, width, height in the pixels of the card image the line was read from.
Box = tuple[int, int, int, int]


@dataclass(frozen=True, slots=True)
class CardLine:
    """One line of text read from a card image."""

    text: str
    box: Box
    image: int = 0  # which of the images (front, back) it is on
    confidence: float = 100.0  # the OCR's, 0-100

    @property
    def height(self) -> int:
        return self.box[3]


@dataclass(frozen=True, slots=True)
class Region:
    """Where a field's value was read: the image and the box in it."""

    image: int
    box: Box


@dataclass
class CardReading:
    """The proposed contact and where each of its fields came from.

    ``regions`` is keyed by field name (``display_name``, ``second_name``,
    ``organization``, ``job_title``) or by list and position (``emails.0``, ``phones.1``,
    ``urls.0``, ``addresses.0``). ``leftover`` holds the lines no field took.
    """

    contact: ContactData
    regions: dict[str, Region] = field(default_factory=dict)
    leftover: list[str] = field(default_factory=list)


_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.ASCII)
# OCR often reads spaces around the @ and the dots of an address.
_EMAIL_GAPS = re.compile(r"\s*([@.])\s*")
_URL = re.compile(
    r"(?:https?://)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}(?:/[\w./?=&%#-]*)?",
    re.IGNORECASE | re.ASCII,
)
_URL_HINT = re.compile(r"https?://|www\.|\.(?:com|net|org|io|me|co|ae|sa|eg|jo)\b|/", re.I)
_PHONE_CHARS = re.compile(r"[+(]?\d[\d\s().\-/]{5,}\d")
_LABEL_WORDS = re.compile(
    r"^\s*(?:tel|phone|mob(?:ile)?|cell|fax|email|e-mail|web|site|[tmfe]|هاتف|جوال|"
    r"موبايل|محمول|فاكس|بريد|الموقع|ت|ج|م|ف)\s*[:.]?\s*",
    re.IGNORECASE,
)
_ARABIC_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")


def _vocabulary(words: str) -> frozenset[str]:
    """Words written one after another, as the readable source of a word list."""
    return frozenset(words.split())


_TITLE_WORDS_EN = _vocabulary(
    """manager engineer director head chief ceo cto cfo coo cio officer president
    vice consultant developer analyst specialist professor lecturer designer architect
    lead senior junior coordinator founder co-founder partner executive accountant lawyer
    attorney doctor dr physician assistant associate advisor adviser supervisor scientist
    researcher administrator representative agent owner chair chairman teacher nurse
    editor writer producer strategist principal intern technician officer"""
)
_TITLE_WORDS_AR = _vocabulary(
    """مدير مديرة مهندس مهندسة رئيس رئيسة مستشار مستشارة محلل محللة أخصائي أخصائية
    مطور مطورة أستاذ أستاذة محاضر محاضرة مصمم مصممة مؤسس مؤسسة شريك شريكة محاسب محاسبة
    محامي محامية طبيب طبيبة نائب منسق منسقة مسؤول مسؤولة كبير كبيرة تنفيذي تنفيذية
    باحث باحثة معلم معلمة ممثل ممثلة مشرف مشرفة خبير خبيرة قسم"""
)
_ORG_WORDS_EN = _vocabulary(
    """ltd ltd. llc l.l.c inc inc. co co. company corp corporation group university bank
    institute holding holdings systems technologies technology solutions consulting
    partners foundation hospital school college ministry authority center centre agency
    studio studios labs lab gmbh plc fzco fze fz-llc associates industries enterprises
    international trading services network networks media clinic academy"""
)
_ORG_WORDS_AR = _vocabulary(
    """شركة مؤسسة جامعة بنك مصرف معهد مجموعة وزارة هيئة مركز مستشفى مدرسة كلية مكتب
    القابضة أكاديمية مجمع منظمة اتحاد جمعية عيادة مختبرات مصنع"""
)
_ADDRESS_WORDS = _vocabulary(
    """street st st. road rd rd. avenue ave building bldg floor tower box p.o. suite
    district square boulevard blvd شارع طريق مبنى برج الطابق طابق ص.ب حي ميدان جادة
    مكتب بناية عمارة"""
)


# Arabic words that do end in alef maqsura; in any other word a final ى is a ي whose two
# dots the OCR did not see (it reads ى for ي far more often than the other way).
_FINAL_ALEF_MAQSURA = _vocabulary(
    """على إلى حتى متى لدى سوى مدى منى هدى سلمى نهى ليلى مصطفى موسى عيسى يحيى مستشفى مبنى
    جنى لبنى سلوى نجوى رضوى ندى يسرى أولى الأولى كبرى الكبرى صغرى وسطى الوسطى
    أعلى الأعلى أدنى مرضى ذكرى بشرى رؤى هوى"""
)


def _final_ya(word: str) -> str:
    if len(word) > 2 and word.endswith("ى") and word not in _FINAL_ALEF_MAQSURA:
        return word[:-1] + "ي"
    return word


def clean_text(text: str) -> str:
    """OCR text without direction marks, with ASCII digits and single spaces."""
    text = unicodedata.normalize("NFKC", without_bidi_controls(text))
    return " ".join(_final_ya(w) for w in text.translate(_ARABIC_DIGITS).split())


def _words(text: str) -> list[str]:
    return [w.strip(",.:;|()").lower() for w in text.split()]


def _has_word(text: str, vocabulary: frozenset[str]) -> bool:
    words = _words(text)
    # Arabic attaches "and"/"the"/"for" to the word: والتطوير، للتقنية، الشركة.
    stems = {w.removeprefix("و").removeprefix("ال").removeprefix("لل") for w in words}
    return any(w in vocabulary for w in words) or any(s in vocabulary for s in stems)


def find_emails(text: str) -> list[str]:
    joined = _EMAIL_GAPS.sub(r"\1", text)
    return [m.group(0).strip(".").lower() for m in _EMAIL.finditer(joined)]


def find_urls(text: str) -> list[str]:
    if "@" in text or not _URL_HINT.search(text):
        return []
    out = []
    for m in _URL.finditer(_LABEL_WORDS.sub("", text)):
        url = m.group(0).rstrip("./")
        if "." in url and not url.replace(".", "").isdigit():
            out.append(url if "://" in url else f"https://{url}")
    return out


def find_phones(text: str, region: str) -> list[tuple[str, str]]:
    """(number in international format, label) for each phone number in ``text``."""
    import phonenumbers

    label = _phone_label(text)
    found: list[tuple[str, str]] = []
    for m in _PHONE_CHARS.finditer(text):
        raw = m.group(0)
        candidate = "+" + raw[2:] if raw.startswith("00") else raw
        try:
            number = phonenumbers.parse(candidate, region.upper() or None)
        except phonenumbers.NumberParseException:
            number = None
        if number is not None and phonenumbers.is_valid_number(number):
            fmt = phonenumbers.PhoneNumberFormat.INTERNATIONAL
            found.append((phonenumbers.format_number(number, fmt), label))
        elif sum(ch.isdigit() for ch in raw) >= 7:
            # A local number of another country than the user's: kept as printed.
            found.append((" ".join(raw.split()), label))
    return found


_FAX_WORDS = frozenset({"fax", "f", "فاكس", "ف"})
_MOBILE_WORDS = frozenset({"mob", "mobile", "cell", "m", "جوال", "موبايل", "محمول", "ج", "م"})


def _phone_label(text: str) -> str:
    """From the word before the number: "Fax:", "M:", "جوال:" ..."""
    head = re.split(r"[+\d]", text, maxsplit=1)[0]
    words = {w.strip(":.-/ ").lower() for w in head.split()}
    if words & _FAX_WORDS:
        return "fax"
    if words & _MOBILE_WORDS:
        return "mobile"
    return "work"


def _is_name_like(text: str) -> bool:
    words = text.split()
    if not 1 < len(words) <= 5 or any(ch.isdigit() for ch in text):
        return False
    letters = sum(ch.isalpha() for ch in text)
    return letters >= 0.8 * len(text.replace(" ", "")) and "@" not in text


def read_card(lines: list[CardLine], region: str = "", prefer_arabic: bool = False) -> CardReading:
    """Propose a contact from the lines of one card (front and back together).

    Args:
        lines: the lines read, each with its box and image.
        region: the user's country (ISO code) for phone numbers written without one.
        prefer_arabic: make the Arabic name the display name (the other becomes the
            second name); titles and organisations follow the same script first.
    """
    reading = CardReading(ContactData())
    rest: list[CardLine] = []
    for line in lines:
        text = clean_text(line.text)
        line = CardLine(text, line.box, line.image, line.confidence)
        if text and not _take_reachable(reading, line, region):
            rest.append(line)
    titles, orgs, names, leftover = _classify(rest)
    chosen = _choose_names(reading, names, prefer_arabic)
    spare = [x for x in names + leftover if x not in chosen and not _has_digit(x.text)]
    if not orgs:
        # "Red Sea Logistics", "Fawry": an organisation without a word that says so is
        # the first line left that is not the person's name (nor a speck read as "r").
        likely = [x for x in spare if sum(ch.isalpha() for ch in x.text) >= 3]
        orgs = sorted(likely, key=lambda x: (x.image, x.box[1]))
    _choose(reading, "job_title", titles, prefer_arabic)
    _choose(reading, "organization", orgs, prefer_arabic)
    reading.leftover = [x.text for x in leftover if x not in orgs]
    return reading


def _has_digit(text: str) -> bool:
    return any(ch.isdigit() for ch in text)


def _take_reachable(reading: CardReading, line: CardLine, region: str) -> bool:
    """Emails, phones, links and addresses of one line; whether the line held any."""
    c, where = reading.contact, Region(line.image, line.box)
    # Front and back of one card often repeat the email, phone and website.
    emails = find_emails(line.text)
    for email in emails:
        if email not in (e.value for e in c.emails):
            reading.regions[f"emails.{len(c.emails)}"] = where
            c.emails.append(Labeled(email, "work"))
    urls = [] if emails else find_urls(line.text)
    for url in urls:
        if url.lower() not in (u.value.lower() for u in c.urls):
            reading.regions[f"urls.{len(c.urls)}"] = where
            c.urls.append(Labeled(url, link_kind(url).value))
    phones = [] if emails or urls else find_phones(line.text, region)
    for number, label in phones:
        if number not in (p.value for p in c.phones):
            reading.regions[f"phones.{len(c.phones)}"] = where
            c.phones.append(Labeled(number, label))
    if emails or urls or phones:
        return True
    if _has_word(line.text, _ADDRESS_WORDS) and not _has_word(line.text, _ORG_WORDS_AR):
        reading.regions[f"addresses.{len(c.addresses)}"] = where
        c.addresses.append(Labeled(line.text, "work"))
        return True
    return False


def _classify(
    lines: list[CardLine],
) -> tuple[list[CardLine], list[CardLine], list[CardLine], list[CardLine]]:
    titles, orgs, names, leftover = [], [], [], []
    for line in lines:
        if _has_word(line.text, _ORG_WORDS_EN) or _has_word(line.text, _ORG_WORDS_AR):
            orgs.append(line)
        elif _has_word(line.text, _TITLE_WORDS_EN) or _has_word(line.text, _TITLE_WORDS_AR):
            titles.append(line)
        elif _is_name_like(line.text):
            names.append(line)
        else:
            leftover.append(line)
    if not names:
        # A one-word name, or one read with a stray mark: the tallest line left.
        pool = [x for x in leftover if not _has_digit(x.text)]
        if pool:
            tallest = max(pool, key=lambda x: x.height)
            names.append(tallest)
            leftover.remove(tallest)
    return titles, orgs, names, leftover


def _by_script(lines: list[CardLine], arabic: bool) -> list[CardLine]:
    return [x for x in lines if is_arabic_script(x.text) == arabic]


def _choose_names(
    reading: CardReading, names: list[CardLine], prefer_arabic: bool
) -> list[CardLine]:
    """The tallest name-like line in each script: the preferred script's is the display
    name (split into given and family name), the other's the second name."""
    tallest = {
        arabic: max(group, key=lambda x: x.height)
        for arabic in (True, False)
        if (group := _by_script(names, arabic))
    }
    if not tallest:
        return []
    first = tallest.get(prefer_arabic) or tallest[not prefer_arabic]
    c = reading.contact
    given, _, family = first.text.partition(" ")
    c.given_name, c.family_name, c.display_name = given, family, first.text
    reading.regions["display_name"] = Region(first.image, first.box)
    other = tallest.get(not is_arabic_script(first.text))
    if other is not None:
        c.second_name = other.text
        reading.regions["second_name"] = Region(other.image, other.box)
    return list(tallest.values())


def _choose(reading: CardReading, name: str, lines: list[CardLine], prefer_arabic: bool) -> None:
    """The first line in the preferred script fills the field; a line in the other
    script goes to the notes (a bilingual card says everything twice)."""
    if not lines:
        return
    preferred = _by_script(lines, prefer_arabic) or lines
    chosen = preferred[0]
    setattr(reading.contact, name, chosen.text)
    reading.regions[name] = Region(chosen.image, chosen.box)
    other = _by_script(lines, not is_arabic_script(chosen.text))
    if other:
        notes = reading.contact.notes
        reading.contact.notes = "\n".join(filter(None, [notes, other[0].text]))
