"""Translated names for stored vocabulary values (circle, kind, direction), and dates."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCalendar, QCoreApplication, QDate, QLocale

from netdesk.domain.enums import Circle, Direction, EventKind, InteractionKind

_CIRCLES: dict[str, object] = {
    Circle.PROFESSOR: QT_TRANSLATE_NOOP("Labels", "Professor"),
    Circle.CLASSMATE: QT_TRANSLATE_NOOP("Labels", "Classmate"),
    Circle.FRIEND: QT_TRANSLATE_NOOP("Labels", "Friend"),
    Circle.COWORKER: QT_TRANSLATE_NOOP("Labels", "Coworker"),
    Circle.FORMER_COWORKER: QT_TRANSLATE_NOOP("Labels", "Former coworker"),
    Circle.MANAGER: QT_TRANSLATE_NOOP("Labels", "Manager"),
    Circle.MENTOR: QT_TRANSLATE_NOOP("Labels", "Mentor"),
    Circle.ALUMNI: QT_TRANSLATE_NOOP("Labels", "Alumni"),
    Circle.FAMILY: QT_TRANSLATE_NOOP("Labels", "Family"),
    Circle.NEIGHBOUR: QT_TRANSLATE_NOOP("Labels", "Neighbour"),
    Circle.MET_AT_EVENT: QT_TRANSLATE_NOOP("Labels", "Met at an event"),
    Circle.RECRUITER: QT_TRANSLATE_NOOP("Labels", "Recruiter"),
    Circle.OTHER: QT_TRANSLATE_NOOP("Labels", "Other"),
}
_KINDS: dict[str, object] = {
    InteractionKind.MEETING: QT_TRANSLATE_NOOP("Labels", "Meeting"),
    InteractionKind.CALL: QT_TRANSLATE_NOOP("Labels", "Call"),
    InteractionKind.MESSAGE: QT_TRANSLATE_NOOP("Labels", "Message"),
    InteractionKind.EMAIL: QT_TRANSLATE_NOOP("Labels", "Email"),
    InteractionKind.EVENT: QT_TRANSLATE_NOOP("Labels", "Event"),
    InteractionKind.SOCIAL: QT_TRANSLATE_NOOP("Labels", "Social media"),
    InteractionKind.INTRODUCTION: QT_TRANSLATE_NOOP("Labels", "Introduction"),
    InteractionKind.OTHER: QT_TRANSLATE_NOOP("Labels", "Other"),
}
_DIRECTIONS: dict[str, object] = {
    Direction.GAVE: QT_TRANSLATE_NOOP("Labels", "I gave"),
    Direction.RECEIVED: QT_TRANSLATE_NOOP("Labels", "I received"),
    Direction.MUTUAL: QT_TRANSLATE_NOOP("Labels", "Mutual"),
}
_EVENT_KINDS: dict[str, object] = {
    EventKind.CONFERENCE: QT_TRANSLATE_NOOP("Labels", "Conference"),
    EventKind.MEETUP: QT_TRANSLATE_NOOP("Labels", "Meetup"),
    EventKind.ALUMNI: QT_TRANSLATE_NOOP("Labels", "Alumni meetup"),
    EventKind.JOB_FAIR: QT_TRANSLATE_NOOP("Labels", "Job fair"),
    EventKind.SOCIAL: QT_TRANSLATE_NOOP("Labels", "Social"),
    EventKind.OTHER: QT_TRANSLATE_NOOP("Labels", "Other"),
}

# The labels of emails, phones, addresses and links that files and people use most; any
# other label is shown and kept as typed.
_VALUE_LABELS: dict[str, object] = {
    "mobile": QT_TRANSLATE_NOOP("Labels", "mobile"),
    "work": QT_TRANSLATE_NOOP("Labels", "work"),
    "home": QT_TRANSLATE_NOOP("Labels", "home"),
    "other": QT_TRANSLATE_NOOP("Labels", "other"),
    "main": QT_TRANSLATE_NOOP("Labels", "main"),
    "fax": QT_TRANSLATE_NOOP("Labels", "fax"),
}


def value_labels() -> list[str]:
    """The common labels as shown in the interface language, for a label picker."""
    return [_label(_VALUE_LABELS, key) for key in _VALUE_LABELS]


def value_label(stored: str) -> str:
    """A stored label ("home", "WORK") as shown; unknown labels as they are."""
    key = stored.strip().lower()
    return _label(_VALUE_LABELS, key) if key in _VALUE_LABELS else stored


def stored_value_label(shown: str) -> str:
    """What to store for a label as shown or typed: the common ones in English, so files
    written in either language say "home", not "المنزل"."""
    text = shown.strip()
    for key in _VALUE_LABELS:
        if text.lower() in (key, _label(_VALUE_LABELS, key).lower()):
            return key
    return text


def _label(table: Mapping[str, object], value: str) -> str:
    source = table.get(value)
    return QCoreApplication.translate("Labels", str(source)) if source else value


def circle_label(value: str) -> str:
    return _label(_CIRCLES, value) if value else ""


def kind_label(value: str) -> str:
    return _label(_KINDS, value)


def direction_label(value: str) -> str:
    return _label(_DIRECTIONS, value)


def event_kind_label(value: str) -> str:
    return _label(_EVENT_KINDS, value)


def qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


# Whether dates also show the Hijri (Islamic civil) date. Process-wide like QLocale's default:
# it is chosen once at start-up from the language and the ``ui/hijri`` preference.
_hijri_dates = False


def set_hijri_dates(enabled: bool) -> None:
    global _hijri_dates
    _hijri_dates = enabled


def hijri_dates() -> bool:
    return _hijri_dates


def format_date(value: dt.date, locale: QLocale | None = None, hijri: bool | None = None) -> str:
    """``value`` in the short date format of ``locale`` (default: the default locale).

    With ``hijri`` (default: the start-up preference) the Islamic civil date follows in
    brackets, e.g. ``٢٦/١١/٢٠٢٦ (١٥/٦/١٤٤٨ هـ)``; the civil (tabular) variant is the
    one every machine computes alike, unlike sighting-based calendars.
    """
    locale = locale if locale is not None else QLocale()
    day = qdate(value)
    text = locale.toString(day, QLocale.FormatType.ShortFormat)
    if not (_hijri_dates if hijri is None else hijri):
        return text
    calendar = QCalendar(QCalendar.System.IslamicCivil)
    islamic = locale.toString(day, QLocale.FormatType.ShortFormat, calendar)
    return (
        QCoreApplication.translate("Labels", "%1 (%2 AH)")
        .replace("%2", islamic)
        .replace("%1", text)
    )
