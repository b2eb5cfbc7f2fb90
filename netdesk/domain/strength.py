"""Relationship strength: one score per person from recency, frequency and reciprocity.

The score runs from 0 to 100 and is the weighted sum of three parts, each from 0 to 1:

* **recency** ``0.5 ** (days / 60)``: the days since the latest interaction halve it every
  60 days (1 today, 0.5 two months ago, 0.125 six months ago; 0 if never in touch).
* **frequency** ``min(1, n / 12)``: ``n`` interactions in the last 365 days; about one a
  month is as frequent as a tie needs to be.
* **reciprocity** ``(mutual + 2 * min(gave, received)) / (mutual + gave + received)``
  over every interaction: 1 when give and take balance (or the interactions were
  mutual), 0 when it all went one way.

``score = round(100 * (0.45 * recency + 0.35 * frequency + 0.20 * reciprocity))``

Recency weighs most because a referral depends on being remembered; frequency next,
because it shows the tie is kept up; reciprocity last, as it is the slowest to change.
The level names the band: none (never in touch), weak (below 30, and any tie that rounds
to 0), fair (below 60), strong (60 up).
"""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass

HALF_LIFE_DAYS = 60
FREQUENT = 12  # interactions a year that count as fully frequent
WINDOW_DAYS = 365
WEIGHTS = (0.45, 0.35, 0.20)  # recency, frequency, reciprocity


class Level(enum.IntEnum):
    NONE = 0
    WEAK = 1
    FAIR = 2
    STRONG = 3


@dataclass(frozen=True, slots=True)
class TieFacts:
    """What the score is computed from: the interactions with one person."""

    last: dt.date | None = None  # day of the latest interaction
    recent: int = 0  # interactions in the last ``WINDOW_DAYS``
    gave: int = 0  # all time, by direction
    received: int = 0
    mutual: int = 0

    @property
    def total(self) -> int:
        return self.gave + self.received + self.mutual


@dataclass(frozen=True, slots=True)
class Strength:
    score: int
    level: Level
    recency: float
    frequency: float
    reciprocity: float
    facts: TieFacts
    days_since: int | None  # None: never in touch


def recency(days: int | None) -> float:
    if days is None:
        return 0.0
    return float(0.5 ** (max(days, 0) / HALF_LIFE_DAYS))


def frequency(recent: int) -> float:
    return min(1.0, max(recent, 0) / FREQUENT)


def reciprocity(gave: int, received: int, mutual: int) -> float:
    total = gave + received + mutual
    if total <= 0:
        return 0.0
    return (mutual + 2 * min(gave, received)) / total


def level_of(score: int) -> Level:
    if score <= 0:
        return Level.NONE
    if score < 30:
        return Level.WEAK
    if score < 60:
        return Level.FAIR
    return Level.STRONG


def strength(facts: TieFacts, today: dt.date) -> Strength:
    """The score of one tie on ``today`` (see the module docstring for the formula)."""
    days = None if facts.last is None else max((today - facts.last).days, 0)
    parts = (
        recency(days),
        frequency(facts.recent),
        reciprocity(facts.gave, facts.received, facts.mutual),
    )
    score = round(100 * sum(w * p for w, p in zip(WEIGHTS, parts, strict=True)))
    level = level_of(score)
    if level == Level.NONE and facts.total:
        level = Level.WEAK  # in touch once, long ago: faint, but a tie
    return Strength(score, level, *parts, facts=facts, days_since=days)


NO_TIE = TieFacts()
