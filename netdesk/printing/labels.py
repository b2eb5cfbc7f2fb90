"""User-visible strings of printed documents, in English and Arabic.

Every source string is marked with ``QT_TRANSLATE_NOOP("Summary", ...)`` so lupdate
extracts it; ``tr`` asks ``QCoreApplication.translate`` first and falls back to the
built-in Arabic below while no .qm file exists.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale

from netdesk.domain.dates import PartialDate
from netdesk.domain.enums import Circle, Direction, InteractionKind, LinkKind

CONTEXT = "Summary"


def _n(text: str) -> str:
    return str(QT_TRANSLATE_NOOP(CONTEXT, text))


ARABIC: dict[str, str] = {
    _n("Contact details"): "بيانات الاتصال",
    _n("How we met"): "كيف تعارفنا",
    _n("Can help with"): "يمكنه المساعدة في",
    _n("Give and ask"): "العطاء والطلب",
    _n("I gave %1 · I received %2"): "قدّمتُ %1 · تلقّيتُ %2",
    _n("Events we both attended"): "فعاليات حضرناها معًا",
    _n("Recent interactions"): "التفاعلات الأخيرة",
    _n("All interactions"): "كل التفاعلات",
    _n("Notes"): "ملاحظات",
    _n("Circle"): "الدائرة",
    _n("Tags"): "الوسوم",
    _n("Email"): "البريد الإلكتروني",
    _n("Phone"): "الهاتف",
    _n("Address"): "العنوان",
    _n("Link"): "رابط",
    _n("Location"): "الموقع",
    _n("Birthday"): "تاريخ الميلاد",
    _n("Last contact %1"): "آخر تواصل %1",
    _n("No contact yet"): "لا تواصل بعد",
    _n("Every %1"): "كل %1",
    _n("Overdue by %1 (due %2)"): "متأخر %1 (كان مستحقًا في %2)",
    _n("Due today"): "مستحق اليوم",
    _n("Due in %1 (%2)"): "بعد %1 (%2)",
    _n("Date"): "التاريخ",
    _n("Kind"): "النوع",
    _n("Direction"): "الاتجاه",
    _n("Summary"): "الملخص",
    _n("Event"): "الفعالية",
    _n("Name"): "الاسم",
    _n("Organisation"): "المؤسسة",
    _n("Title"): "المسمى الوظيفي",
    _n("Contacts"): "جهات الاتصال",
    _n("Page %1 of %2"): "صفحة %1 من %2",
    _n("Printed %1"): "طُبع في %1",
    _n("work"): "العمل",
    _n("home"): "المنزل",
    _n("mobile"): "الجوال",
    _n("other"): "أخرى",
    _n("Website"): "الموقع الإلكتروني",
    _n("open"): "مفتوح",
    _n("pending"): "قيد الانتظار",
    _n("done"): "تم",
    _n("declined"): "مرفوض",
    # Enum values.
    _n("Professor"): "أستاذ جامعي",
    _n("Classmate"): "زميل دراسة",
    _n("Friend"): "صديق",
    _n("Coworker"): "زميل عمل",
    _n("Former coworker"): "زميل عمل سابق",
    _n("Manager"): "مدير",
    _n("Mentor"): "مرشد",
    _n("Alumni"): "خرّيجو المؤسسة نفسها",
    _n("Family"): "العائلة",
    _n("Neighbour"): "جار",
    _n("Met at an event"): "تعارفنا في فعالية",
    _n("Recruiter"): "مسؤول توظيف",
    _n("Other"): "أخرى",
    _n("Meeting"): "لقاء",
    _n("Call"): "مكالمة",
    _n("Message"): "رسالة",
    _n("Social"): "مناسبة اجتماعية",
    _n("Introduction"): "تعريف بشخص",
    _n("Gave"): "قدّمتُ",
    _n("Received"): "تلقّيتُ",
    _n("Mutual"): "متبادل",
}

_CIRCLES = {
    Circle.PROFESSOR: "Professor",
    Circle.CLASSMATE: "Classmate",
    Circle.FRIEND: "Friend",
    Circle.COWORKER: "Coworker",
    Circle.FORMER_COWORKER: "Former coworker",
    Circle.MANAGER: "Manager",
    Circle.MENTOR: "Mentor",
    Circle.ALUMNI: "Alumni",
    Circle.FAMILY: "Family",
    Circle.NEIGHBOUR: "Neighbour",
    Circle.MET_AT_EVENT: "Met at an event",
    Circle.RECRUITER: "Recruiter",
    Circle.OTHER: "Other",
}
_KINDS = {
    InteractionKind.MEETING: "Meeting",
    InteractionKind.CALL: "Call",
    InteractionKind.MESSAGE: "Message",
    InteractionKind.EMAIL: "Email",
    InteractionKind.EVENT: "Event",
    InteractionKind.SOCIAL: "Social",
    InteractionKind.INTRODUCTION: "Introduction",
    InteractionKind.OTHER: "Other",
}
_DIRECTIONS = {Direction.GAVE: "Gave", Direction.RECEIVED: "Received", Direction.MUTUAL: "Mutual"}
_LINKS = {
    LinkKind.LINKEDIN: "LinkedIn",
    LinkKind.FACEBOOK: "Facebook",
    LinkKind.TWITTER: "X (Twitter)",
    LinkKind.GITHUB: "GitHub",
    LinkKind.WEBSITE: "Website",
}
# Free-text labels and statuses users commonly type; anything else prints as typed.
_KNOWN_WORDS = ("work", "home", "mobile", "other", "open", "pending", "done", "declined")


def tr(source: str, language: str) -> str:
    """Translate ``source`` into the document language.

    An installed translator wins when it changes the text; otherwise the built-in
    Arabic is used for ``"ar"``. English documents always print the source text, so
    an Arabic UI can still print an English summary.
    """
    if language == "en":
        return source
    translated = QCoreApplication.translate(CONTEXT, source)
    if translated != source:
        return translated
    if language == "ar":
        return ARABIC.get(source, source)
    return source


def circle_label(value: str, language: str) -> str:
    """Human label of a stored ``Circle`` value; unknown values print as stored."""
    try:
        return tr(_CIRCLES[Circle(value)], language)
    except ValueError:
        return value


def kind_label(kind: InteractionKind, language: str) -> str:
    return tr(_KINDS.get(kind, "Other"), language)


def direction_label(direction: Direction, language: str) -> str:
    return tr(_DIRECTIONS.get(direction, "Mutual"), language)


def free_label(value: str, language: str) -> str:
    """A user-typed label (``work``, ``linkedin``...): translated when it is a known word."""
    key = value.strip().lower()
    try:
        return tr(_LINKS[LinkKind(key)], language)
    except ValueError:
        pass
    return tr(key, language) if key in _KNOWN_WORDS else value.strip()


def locale_for(language: str) -> QLocale:
    """The locale formatting dates and numbers of a document in ``language``."""
    return QLocale("ar") if language == "ar" else QLocale(QLocale.Language.English)


def format_date(when: dt.date, language: str) -> str:
    """``5 Mar 2024`` / ``٥ مارس ٢٠٢٤``: day-month order is unambiguous in both."""
    return locale_for(language).toString(QDate(when.year, when.month, when.day), "d MMM yyyy")


def format_partial_date(when: PartialDate, language: str) -> str:
    """A birthday, with or without its year."""
    qdate = QDate(when.year or 2000, when.month, when.day)
    return locale_for(language).toString(qdate, "d MMMM yyyy" if when.year else "d MMMM")


def format_number(value: int, language: str) -> str:
    return locale_for(language).toString(value)


def days(count: int, language: str) -> str:
    """``1 day`` / ``12 days``, with Arabic's dual and plural forms."""
    number = format_number(count, language)
    if language == "ar":
        if count == 1:
            return "يوم واحد"
        if count == 2:
            return "يومان"
        if 3 <= count % 100 <= 10:
            return f"{number} أيام"
        return f"{number} يومًا"
    return f"{number} day" if count == 1 else f"{number} days"


def times(count: int, language: str) -> str:
    """``1 time`` / ``7 times``, with Arabic's dual and plural forms."""
    number = format_number(count, language)
    if language == "ar":
        if count == 1:
            return "مرة واحدة"
        if count == 2:
            return "مرتين"
        return f"{number} مرات" if 3 <= count % 100 <= 10 else f"{number} مرة"
    return f"{number} time" if count == 1 else f"{number} times"


# English singular and plural; Arabic one, two, 3-10 (plural), 11-99 (accusative
# singular) and hundreds (genitive singular).
_EARLIER = {
    "interactions": (
        ("interaction", "interactions"),
        ("تفاعل واحد", "تفاعلان", "تفاعلات", "تفاعلًا", "تفاعل"),
    ),
    "asks": (("ask", "asks"), ("طلب واحد", "طلبان", "طلبات", "طلبًا", "طلب")),
    "events": (
        ("event", "events"),
        ("فعالية واحدة", "فعاليتان", "فعاليات", "فعاليةً", "فعالية"),
    ),
}


def earlier(count: int, what: str, language: str) -> str:
    """``and 5 earlier interactions``: what a brief leaves out of a list.

    Args:
        count: How many were left out.
        what: ``"interactions"``, ``"asks"`` or ``"events"``.
        language: ``"en"`` or ``"ar"``.
    """
    (one, many), (ar_one, ar_two, ar_few, ar_tens, ar_hundreds) = _EARLIER[what]
    number = format_number(count, language)
    if language != "ar":
        return f"and {number} earlier {one if count == 1 else many}"
    if count in (1, 2):
        return f"و{ar_one if count == 1 else ar_two} أقدم"
    rest = count % 100
    noun = ar_few if 3 <= rest <= 10 else ar_tens if rest >= 11 else ar_hundreds
    return f"و{number} {noun} أقدم"


def fill(template: str, *args: str) -> str:
    """Qt-style ``%1``/``%2`` substitution; arguments are never re-scanned."""
    out: list[str] = []
    i = 0
    while i < len(template):
        ch = template[i]
        if ch == "%" and i + 1 < len(template) and template[i + 1].isdigit():
            index = int(template[i + 1]) - 1
            out.append(args[index] if 0 <= index < len(args) else "")
            i += 2
            continue
        out.append(ch)
        i += 1
    return "".join(out)
