"""One policy for lone surrogates (``"\\ud800"``): they become U+FFFD where text enters.

A lone surrogate is not a character and cannot be encoded as UTF-8, so SQLite, every
exporter and the terminal refuse it with ``UnicodeEncodeError``. JSON can spell one
(``"\\ud800"``) and a command line holds one for each byte that is not UTF-8. They are
replaced where text is read (``io/reader.py``) and where an import writes
(``services/importer.py``), so the database never stores one; exporters replace them
again before encoding, in case one comes from elsewhere.
"""

from __future__ import annotations

import dataclasses
import re
from typing import Any, TypeVar

T = TypeVar("T")
_LONE = re.compile("[\ud800-\udfff]")
# How JSON spells a surrogate: only documents holding one need a walk.
JSON_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F][0-9a-fA-F]{2}")


def clean_text(text: str) -> str:
    """``text`` with every lone surrogate replaced by U+FFFD."""
    if text.isascii() or not _LONE.search(text):
        return text
    return _LONE.sub("\ufffd", text)


def clean(value: T) -> T:
    """``value`` with lone surrogates replaced in every string it holds: strings, lists,
    tuples, dicts (keys too) and dataclasses (changed in place) are walked."""
    return _clean(value)  # type: ignore[no-any-return]


def _clean(value: Any) -> Any:
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, list):
        for i, item in enumerate(value):
            value[i] = _clean(item)
        return value
    if isinstance(value, dict):
        return {_clean(k): _clean(v) for k, v in value.items()}
    if isinstance(value, tuple) and not hasattr(value, "_fields"):
        return tuple(_clean(v) for v in value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        for f in dataclasses.fields(value):
            old = getattr(value, f.name)
            new = _clean(old)
            if new is not old:
                setattr(value, f.name, new)
        return value
    return value
