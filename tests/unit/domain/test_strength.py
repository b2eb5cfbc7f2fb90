"""The relationship-strength formula on hand-made ties (netdesk/domain/strength.py)."""

import datetime as dt

import pytest

from netdesk.domain.strength import (
    Level,
    TieFacts,
    frequency,
    level_of,
    recency,
    reciprocity,
    strength,
)

TODAY = dt.date(2026, 6, 1)


def _ago(days: int) -> dt.date:
    return TODAY - dt.timedelta(days=days)


def test_never_in_touch_scores_zero() -> None:
    tie = strength(TieFacts(), TODAY)
    assert (tie.score, tie.level, tie.days_since) == (0, Level.NONE, None)


def test_recency_halves_every_sixty_days() -> None:
    assert recency(0) == 1.0
    assert recency(60) == pytest.approx(0.5)
    assert recency(180) == pytest.approx(0.125)
    assert recency(None) == 0.0


def test_frequency_is_full_at_a_dozen_a_year() -> None:
    assert frequency(0) == 0.0
    assert frequency(6) == pytest.approx(0.5)
    assert frequency(12) == frequency(40) == 1.0


def test_reciprocity_rewards_balance_and_mutual_interactions() -> None:
    assert reciprocity(0, 0, 0) == 0.0
    assert reciprocity(5, 0, 0) == 0.0  # all given, nothing back
    assert reciprocity(0, 4, 0) == 0.0
    assert reciprocity(3, 3, 0) == 1.0
    assert reciprocity(0, 0, 7) == 1.0
    assert reciprocity(3, 1, 0) == pytest.approx(0.5)


def test_hand_made_ties_score_as_documented() -> None:
    # Spoke today, monthly all year, balanced: everything full.
    best = strength(TieFacts(TODAY, 12, 6, 6, 0), TODAY)
    assert (best.score, best.level) == (100, Level.STRONG)
    # Two months ago, six this year, all of it given: 45*0.5 + 35*0.5 + 20*0.
    one_way = strength(TieFacts(_ago(60), 6, 6, 0, 0), TODAY)
    assert (one_way.score, one_way.level) == (40, Level.FAIR)
    # A year and a half ago, once, mutual: recency 0.5**(540/60) and reciprocity 1.
    faded = strength(TieFacts(_ago(540), 0, 0, 0, 1), TODAY)
    assert faded.score == round(100 * (0.45 * 0.5**9 + 0.2))
    assert faded.level is Level.WEAK
    assert faded.days_since == 540


def test_a_tie_that_rounds_to_zero_is_weak_not_none() -> None:
    faded = strength(TieFacts(_ago(900), 0, 1, 0, 0), TODAY)
    assert (faded.score, faded.level) == (0, Level.WEAK)


def test_more_recent_scores_higher_all_else_equal() -> None:
    scores = [strength(TieFacts(_ago(d), 4, 2, 2, 0), TODAY).score for d in (1, 30, 90, 365)]
    assert scores == sorted(scores, reverse=True)
    assert len(set(scores)) == 4


def test_levels() -> None:
    assert [level_of(s) for s in (0, 1, 29, 30, 59, 60, 100)] == [
        Level.NONE,
        Level.WEAK,
        Level.WEAK,
        Level.FAIR,
        Level.FAIR,
        Level.STRONG,
        Level.STRONG,
    ]
