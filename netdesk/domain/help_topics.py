"""What a person can help with, as a list of topics typed in one field.

The field is stored as typed ("Interview prep, CV review"); the topics are its parts
between commas (Latin or Arabic), semicolons or line breaks, each kept once.
"""

from __future__ import annotations

import re

from netdesk.domain.text import fold

_SEPARATORS = re.compile("[,،;؛\n]+")


def split_topics(text: str) -> list[str]:
    """The topics of ``text``, in order, blanks and repeats (folded alike) left out."""
    out: list[str] = []
    seen: set[str] = set()
    for part in _SEPARATORS.split(text):
        topic = " ".join(part.split())
        key = fold(topic)
        if key and key not in seen:
            seen.add(key)
            out.append(topic)
    return out


def join_topics(topics: list[str]) -> str:
    """The stored form of ``topics``."""
    return ", ".join(split_topics(", ".join(topics)))
