"""The job search in words: stages, ties, why someone can help, why something is on Today.

Shared by the window and the command line (which runs untranslated, in English).
"""

from __future__ import annotations

from dataclasses import replace

from netdesk.domain.strength import Level, Strength
from netdesk.domain.text import isolate
from netdesk.store.openings import Stage
from netdesk.store.referrals import Link, ReferralPath, Relation
from netdesk.store.today import TodayItem, TodayKind
from netdesk.translation import Context, fill


class JobWords(Context):
    """The translation context of this module: lupdate reads ``JobWords.tr(...)`` calls."""


def stage_label(stage: str) -> str:
    return {
        Stage.INTERESTED: JobWords.tr("Interested"),
        Stage.REFERRAL: JobWords.tr("Asked for a referral"),
        Stage.APPLIED: JobWords.tr("Applied"),
        Stage.INTERVIEWING: JobWords.tr("Interviewing"),
        Stage.OFFER: JobWords.tr("Offer"),
        Stage.CLOSED: JobWords.tr("Closed"),
    }.get(stage, stage)


def level_label(level: Level) -> str:
    return {
        Level.NONE: JobWords.tr("No tie yet"),
        Level.WEAK: JobWords.tr("Weak tie"),
        Level.FAIR: JobWords.tr("Fair tie"),
        Level.STRONG: JobWords.tr("Strong tie"),
    }[level]


def relation_label(relation: str) -> str:
    return {
        Relation.CURRENT: JobWords.tr("Works there"),
        Relation.FORMER: JobWords.tr("Used to work there"),
        Relation.CONNECTED: JobWords.tr("Connected"),
    }.get(relation, relation)


def since(days: int | None) -> str:
    """When we last spoke, in the largest whole unit."""
    if days is None:
        return JobWords.tr("never in touch")
    if days == 0:
        return JobWords.tr("last spoke today")
    if days < 14:
        return JobWords.tr("last spoke %n day(s) ago", "", days)
    if days < 60:
        return JobWords.tr("last spoke %n week(s) ago", "", days // 7)
    if days < 730:
        return JobWords.tr("last spoke %n month(s) ago", "", days // 30)
    return JobWords.tr("last spoke %n year(s) ago", "", days // 365)


def _joined(parts: list[str]) -> str:
    return JobWords.tr(", ").join(p for p in parts if p)


def tie_words(tie: Strength) -> str:
    """The tie in words: recency, then what flowed each way."""
    facts = tie.facts
    parts = [since(tie.days_since)]
    if facts.recent:
        parts.append(JobWords.tr("%n interaction(s) this past year", "", facts.recent))
    if facts.gave:
        parts.append(JobWords.tr("you helped them %n time(s)", "", facts.gave))
    if facts.received:
        parts.append(JobWords.tr("they helped you %n time(s)", "", facts.received))
    return _joined(parts)


def explain(tie: Strength) -> str:
    """The indicator's tooltip: the level, the score and why."""
    return fill(
        JobWords.tr("%1 (%2 of 100): %3"),
        level_label(tie.level),
        str(tie.score),
        tie_words(tie),
    )


def why(path: ReferralPath, organization: str, *, isolated: bool = True) -> str:
    """Why this person can help at ``organization``: the relation, then the tie.

    Names are first-strong isolated (``isolated``) so that an Arabic organisation in an
    English sentence, or the reverse, keeps the punctuation after it in place; the
    command line's JSON leaves them plain.
    """
    keep = isolate if isolated else str
    organization = keep(organization)
    if path.relation == Relation.CURRENT:
        first = fill(JobWords.tr("works at %1"), organization)
    elif path.relation == Relation.FORMER:
        first = fill(JobWords.tr("used to work at %1"), organization)
    else:
        via = keep(path.via.display_name) if path.via else ""
        first = {
            Link.INTRODUCTION: fill(JobWords.tr("introduced to %1 there"), via),
            Link.EVENT: fill(JobWords.tr("met %1 there at %2"), via, keep(path.event)),
            Link.ALUMNI: fill(JobWords.tr("alumni, like %1 there"), via),
        }.get(path.link, via)
    return _joined([first, tie_words(path.strength)])


def reason(item: TodayItem, *, isolated: bool = True) -> str:
    """Why an item is on Today (names isolated as in ``why``)."""
    keep = isolate if isolated else str
    item = replace(item, what=keep(item.what))
    if item.kind == TodayKind.DUE:
        if item.days <= 0:
            return JobWords.tr("due today")
        return JobWords.tr("overdue by %n day(s)", "", item.days)
    if item.kind == TodayKind.FOLLOW_UP:
        return fill(JobWords.tr("follow up on your ask: %1"), item.what)
    if item.kind == TodayKind.OPENING:
        if item.stage == Stage.INTERESTED:
            return fill(JobWords.tr("ask for a referral or apply at %1"), item.what)
        if item.stage == Stage.OFFER:
            return fill(JobWords.tr("answer the offer from %1"), item.what)
        return fill(JobWords.tr("your referral asks are answered: apply at %1"), item.what)
    if item.at_target:
        return fill(JobWords.tr("works at %1, one of your target organisations"), item.what)
    return JobWords.tr("a strong tie gone quiet for %n day(s)", "", item.days)
