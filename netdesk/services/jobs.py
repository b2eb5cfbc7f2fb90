"""The job search and reaching out: openings, referral asks, outreach and sharing.

Every write is one undo step (a referral ask, its link to the opening and the opening's
move to "asked for a referral" are one step; so is sharing with several people) and is
announced by ``changed``; interactions and asks are written through the interaction and
network services, so the timeline, the Due view and the table follow as they do for any
logged interaction.

What a confirmed outreach logs (kind by channel: e-mail, else a message):

==============  ===========  ==================================================
purpose         direction    why
==============  ===========  ==================================================
hello           mutual       a touch, nothing given or asked
congratulate    gave         attention given
share           gave         something of value given
referral        mutual       the ask itself is recorded as an ask, with its follow-up
thank           mutual       the help was received before; the thanks closes the loop
==============  ===========  ==================================================
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import QObject, Signal

from netdesk.domain.contact_data import InteractionData
from netdesk.domain.enums import Direction, InteractionKind
from netdesk.domain.outreach import Purpose
from netdesk.domain.strength import Strength
from netdesk.services.contacts import FunctionCommand
from netdesk.services.interactions import InteractionService
from netdesk.services.network import NetworkService
from netdesk.store import openings as store
from netdesk.store import ties
from netdesk.store.ledger_store import AskKind
from netdesk.store.openings import OpeningEntry, OpeningFields, Stage, TargetEntry
from netdesk.store.referrals import ReferralPath, Relation, referral_paths
from netdesk.store.sharing import Suggestion, suggest
from netdesk.store.today import TodayItem, TodayKind, today_items, touches_this_week
from netdesk.translation import fill

__all__ = [
    "Channel",
    "JobService",
    "OpeningEntry",
    "OpeningFields",
    "ReferralPath",
    "Relation",
    "Stage",
    "Strength",
    "Suggestion",
    "TargetEntry",
    "TodayItem",
    "TodayKind",
]


class Channel:
    MAIL = "mail"
    WHATSAPP = "whatsapp"
    COPY = "copy"


DIRECTIONS = {
    Purpose.HELLO: Direction.MUTUAL,
    Purpose.CONGRATULATE: Direction.GAVE,
    Purpose.SHARE: Direction.GAVE,
    Purpose.REFERRAL: Direction.MUTUAL,
    Purpose.THANK: Direction.MUTUAL,
}
FOLLOW_UP_DAYS = 7  # a referral ask comes due if unanswered this long


def kind_for(channel: str) -> InteractionKind:
    return InteractionKind.EMAIL if channel == Channel.MAIL else InteractionKind.MESSAGE


class JobService(QObject):
    """Writes openings and targets; logs outreach and shares.

    Signals:
        changed: an opening or a target organisation changed (the board re-reads).
    """

    changed = Signal()

    def __init__(
        self,
        interactions: InteractionService,
        network: NetworkService,
        parent: QObject | None = None,
        clock: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        super().__init__(parent)
        self.interactions = interactions
        self.network = network
        self.undo_stack = network.contacts.undo_stack
        self.clock = clock

    def _push(self, text: str, redo: Callable[[], None], undo: Callable[[], None]) -> None:
        def announced(step: Callable[[], None]) -> Callable[[], None]:
            def run() -> None:
                step()
                self.changed.emit()

            return run

        self.undo_stack.push(FunctionCommand(text, announced(redo), announced(undo)))

    @contextmanager
    def _one_step(self, text: str) -> Iterator[None]:
        self.undo_stack.beginMacro(text)
        try:
            yield
        finally:
            self.undo_stack.endMacro()

    # Openings ----------------------------------------------------------------------------
    def add_opening(self, values: OpeningFields, stage: str = Stage.INTERESTED) -> int:
        if not values.title.strip() or not values.organization.strip():
            raise ValueError("An opening needs a title and an organisation.")
        new: list[int] = []

        def redo() -> None:
            if new:
                store.set_opening_deleted(new[0], False)
            else:
                new.append(store.add_opening(values, stage, self.clock()))

        self._push(
            fill(self.tr("Add opening %1"), values.title),
            redo,
            lambda: store.set_opening_deleted(new[0], True),
        )
        return new[0]

    def edit_opening(self, entry: OpeningEntry, values: OpeningFields) -> None:
        if not values.title.strip() or not values.organization.strip():
            raise ValueError("An opening needs a title and an organisation.")
        before = entry.fields()
        self._push(
            fill(self.tr("Edit opening %1"), values.title),
            lambda: store.update_opening(entry.id, values),
            lambda: store.update_opening(entry.id, before),
        )

    def move(self, opening_id: int, stage: str) -> bool:
        """Move an opening to ``stage`` (one undo step); False if it is there already."""
        entry = store.opening(opening_id)
        if entry is None or entry.stage == stage:
            return False
        if stage not in Stage.ALL:
            raise ValueError(f"Unknown stage {stage!r}")
        today = self.clock()
        self._push(
            fill(self.tr("Move %1"), entry.title),
            lambda: store.set_stage(opening_id, stage, today),
            lambda: store.set_stage(opening_id, entry.stage, entry.stage_on),
        )
        return True

    def delete_opening(self, opening_id: int) -> None:
        entry = store.opening(opening_id)
        title = entry.title if entry else ""
        self._push(
            fill(self.tr("Delete opening %1"), title),
            lambda: store.set_opening_deleted(opening_id, True),
            lambda: store.set_opening_deleted(opening_id, False),
        )

    def add_target(self, name: str) -> int:
        if not name.strip():
            raise ValueError("Name the organisation.")
        org = store.find_organization(name)
        if org is not None and org in store.target_ids():
            return org
        made: list[int] = []

        def redo() -> None:
            if made:
                store.add_target(made[0])
            else:
                made.append(store.add_target_named(name))

        self._push(fill(self.tr("Add target %1"), name), redo, lambda: store.remove_target(made[0]))
        return made[0]

    def remove_target(self, organization_id: int) -> None:
        self._push(
            self.tr("Remove target"),
            lambda: store.remove_target(organization_id),
            lambda: store.add_target(organization_id),
        )

    # Asking and reaching out ---------------------------------------------------------------
    def ask_for_referral(
        self, opening_id: int, contact_id: int, what: str, follow_up: dt.date | None = None
    ) -> int:
        """Record the ask (chased on ``follow_up``, by default in ``FOLLOW_UP_DAYS``), tie it
        to the opening and move a merely interesting opening on: one undo step."""
        entry = store.opening(opening_id)
        if entry is None:
            raise ValueError("No such opening.")
        today = self.clock()
        chase = follow_up or today + dt.timedelta(days=FOLLOW_UP_DAYS)
        with self._one_step(fill(self.tr("Ask for a referral for %1"), entry.title)):
            ask = self.network.add_ask(contact_id, what, AskKind.REFERRAL, False, today, chase)
            self._push(
                self.tr("Tie the ask to the opening"),
                lambda: store.link_ask(opening_id, ask),
                lambda: None,  # the ask's own undo deletes it; the link then counts nothing
            )
            if entry.stage == Stage.INTERESTED:
                self.move(opening_id, Stage.REFERRAL)
        return ask

    def log_outreach(
        self, contact_id: int, purpose: Purpose, channel: str, summary: str, notes: str = ""
    ) -> int:
        """Log what the user confirmed they sent (see the module docstring for the kinds)."""
        data = InteractionData(
            when=dt.datetime.now().replace(microsecond=0),
            kind=kind_for(channel),
            summary=summary,
            notes=notes,
            direction=DIRECTIONS[purpose],
        )
        return self.interactions.log(data, [contact_id])

    def share(self, contact_ids: list[int], summary: str, notes: str = "") -> list[int]:
        """Log one "gave" interaction with each person something was shared with."""
        if not contact_ids:
            raise ValueError("Share with at least one person.")
        now = dt.datetime.now().replace(microsecond=0)
        made = []
        with self._one_step(fill(self.tr("Share %1"), summary)):
            for cid in dict.fromkeys(contact_ids):
                data = InteractionData(
                    when=now,
                    kind=InteractionKind.MESSAGE,
                    summary=summary,
                    notes=notes,
                    direction=Direction.GAVE,
                )
                made.append(self.interactions.log(data, [cid]))
        return made

    # Reads ---------------------------------------------------------------------------------
    def openings(self, organization_id: int | None = None) -> list[OpeningEntry]:
        return store.openings(organization_id)

    def opening(self, opening_id: int) -> OpeningEntry | None:
        return store.opening(opening_id)

    def targets(self) -> list[TargetEntry]:
        return store.targets()

    def paths(self, organization_id: int) -> list[ReferralPath]:
        return referral_paths(organization_id, self.clock())

    def strengths(self, contact_ids: list[int]) -> dict[int, Strength]:
        return ties.strengths(contact_ids, self.clock())

    def today(self) -> list[TodayItem]:
        return today_items(self.clock())

    def touches_this_week(self) -> int:
        return touches_this_week(self.clock())

    def suggest(self, text: str, limit: int = 12) -> list[Suggestion]:
        return suggest(text, self.clock(), limit)
