"""What the UI and the Qt models read: the store's query types and read-only functions.

Writes go through the QObject services (contacts, interactions, network), which put
them on the undo stack and announce what changed. Reads change nothing and announce
nothing, so they are the store's own functions; they are offered here so that the
views depend on the services layer only (the import-linter contracts in
pyproject.toml hold it). A new read the UI needs goes into the store and is listed here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from netdesk.lazy import lazy_exports
from netdesk.store.contact_query import (
    ContactQuery,
    ContactRow,
    Facets,
    RowCount,
    RowIds,
    SortColumn,
)
from netdesk.store.due import due_contacts, due_cutoff, recent_cutoff
from netdesk.store.interaction_store import TimelineEntry
from netdesk.store.ledger_store import (
    AskEntry,
    AskFields,
    AskKind,
    AskStatus,
    Balance,
    EventEntry,
    GivenEntry,
    IntroductionEntry,
    asks_for,
    balance,
    events,
    events_for,
    given_lately,
    open_asks,
    recent_introductions,
)

if TYPE_CHECKING:
    from netdesk.store.duplicates import DuplicateGroup, find_duplicate_groups
    from netdesk.store.organizations import OrgSummary, organizations, people_at
    from netdesk.store.stats import Health, health
    from netdesk.store.ties import strengths

# Reads that only a dialog needs load with the dialog, not with the window: matching people
# for Find Duplicates pulls in the whole matching domain.
_LATER = {
    "DuplicateGroup": "netdesk.store.duplicates",
    "find_duplicate_groups": "netdesk.store.duplicates",
    "OrgSummary": "netdesk.store.organizations",
    "organizations": "netdesk.store.organizations",
    "people_at": "netdesk.store.organizations",
    "Health": "netdesk.store.stats",
    "health": "netdesk.store.stats",
    "strengths": "netdesk.store.ties",
}

__getattr__ = lazy_exports(__name__, _LATER)


__all__ = [
    "AskEntry",
    "AskFields",
    "AskKind",
    "AskStatus",
    "Balance",
    "ContactQuery",
    "ContactRow",
    "DuplicateGroup",
    "EventEntry",
    "Facets",
    "GivenEntry",
    "Health",
    "IntroductionEntry",
    "OrgSummary",
    "RowCount",
    "RowIds",
    "SortColumn",
    "TimelineEntry",
    "asks_for",
    "balance",
    "due_contacts",
    "due_cutoff",
    "events",
    "events_for",
    "find_duplicate_groups",
    "given_lately",
    "health",
    "open_asks",
    "organizations",
    "people_at",
    "recent_cutoff",
    "recent_introductions",
    "strengths",
]
