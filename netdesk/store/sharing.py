"""Share something: who would value a link and a line.

The words of the link and the line (folded, three letters or more, common words and
the link's scheme and host parts left out) are looked for in each person's
can-help-with (weight 3), tags (3), circle (2), organisation (2), job title (2) and
location (1). A person's match is the sum of the weights of the fields each word is in;
people not contacted lately are favoured: the match is multiplied by
``1 + min(days since last contact, 90) / 90`` (never contacted counts as 90 days).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from netdesk.db.connection import database
from netdesk.domain.text import fold

FIELD_WEIGHTS = (
    ("can_help_with", 3),
    ("tags_text", 3),
    ("circle", 2),
    ("org_name", 2),
    ("job_title", 2),
    ("location", 1),
)
QUIET_CAP_DAYS = 90
_PER_WORD = 2000
# Words that say nothing of a person's interests, and the parts of a link's address.
_STOP = frozenset(
    (
        *("the", "and", "for", "with", "you", "your", "this", "that", "from", "are"),
        *("was", "were", "have", "has", "will", "about", "into"),
        *("http", "https", "www", "com", "org", "net", "html", "htm", "php", "utm", "amp"),
        *("في", "من", "على", "إلى", "الى", "عن", "مع", "هذا", "هذه", "التي", "الذي"),
    )
)
_WORD = re.compile(r"\w{3,}")


@dataclass(frozen=True, slots=True)
class Suggestion:
    id: int
    display_name: str
    score: float
    matched: tuple[str, ...]  # the fields that matched, by their names above
    days_since: int | None


def share_words(text: str) -> list[str]:
    words = [w for w in _WORD.findall(fold(text)) if w not in _STOP and not w.isdigit()]
    return list(dict.fromkeys(words))


def _candidates(words: list[str]) -> set[int]:
    ids: set[int] = set()
    for word in words:
        quoted = '"' + word.replace('"', '""') + '"'
        ids.update(
            int(r[0])
            for r in database.execute_sql(
                "SELECT rowid FROM contact_fts WHERE contact_fts MATCH ? LIMIT ?",
                (quoted, _PER_WORD),
            )
        )
    return ids


def suggest(text: str, today: dt.date, limit: int = 12) -> list[Suggestion]:
    """The people who would most value ``text`` (a link and a line), best first."""
    words = share_words(text)
    ids = list(_candidates(words))
    columns = ", ".join(name for name, _ in FIELD_WEIGHTS)
    found: list[Suggestion] = []
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        for row in database.execute_sql(
            f"SELECT id, display_name, last_contact, {columns} FROM contact "
            f"WHERE id IN ({marks}) AND deleted_at IS NULL AND archived = 0",
            chunk,
        ):
            values = [fold(str(v)).replace("_", " ") for v in row[3:]]
            matched = tuple(
                name
                for (name, _), value in zip(FIELD_WEIGHTS, values, strict=True)
                if any(w in value for w in words)
            )
            if not matched:
                continue
            weight = sum(
                w * sum(word in value for word in words)
                for (_, w), value in zip(FIELD_WEIGHTS, values, strict=True)
            )
            last = row[2]
            days = None if not last else (today - dt.date.fromisoformat(str(last)[:10])).days
            quiet = QUIET_CAP_DAYS if days is None else min(max(days, 0), QUIET_CAP_DAYS)
            score = weight * (1 + quiet / QUIET_CAP_DAYS)
            found.append(Suggestion(int(row[0]), str(row[1]), score, matched, days))
    found.sort(key=lambda s: (-s.score, s.display_name, s.id))
    return found[:limit]
