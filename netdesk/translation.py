"""Translated text with its placeholders filled: ``fill(self.tr("Add %1"), name)``.

The translation call keeps the shape pyside6-lupdate reads, and ``fill`` puts the values
in afterwards. lupdate (Qt 6's Python parser) reads ``X.tr(text)``, ``X.tr(text,
disambiguation, n)`` and ``QCoreApplication.translate(context, text)``, taking a
``.tr`` call's context from the name before the dot (the enclosing class for
``self.tr``). It drops a ``translate`` call with a variable third argument, reads a
string literal in that place as a disambiguation, and marks a message plural only when
``n`` is the third positional argument, so a ``tr(context, text, *args, n=...)`` would
lose messages or their plural forms without a word.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

# Qt's QString::arg placeholders, %1 to %99; %n is the plural count, filled by Qt.
_PLACEHOLDER = re.compile(r"%(\d\d?)")


def fill(text: str, *args: str) -> str:
    """``text`` with %1, %2, … replaced by ``args`` in one pass, as Qt's multi-argument
    ``QString::arg`` does: a value that itself contains "%2" is not filled again.

    Placeholders with no value stay as they are. Numbers are the caller's to format
    (``QLocale().toString``), so that Arabic shows Arabic digits.
    """

    def value(match: re.Match[str]) -> str:
        number = int(match.group(1))
        return args[number - 1] if 0 < number <= len(args) else match.group(0)

    return _PLACEHOLDER.sub(value, text)


class Context:
    """A translation context for code outside a QObject subclass.

    Subclass it under the context's name, as lupdate takes the context from the name
    before ``.tr``::

        class Startup(Context):
            pass

        Startup.tr("Quit")
    """

    @classmethod
    def tr(cls, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        return QCoreApplication.translate(cls.__name__, text, disambiguation, n)
