"""What each sidebar entry shows: the table's query for All, Due, a circle, a tag..."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from netdesk.models.sidebar import SidebarItem, SidebarKind
from netdesk.services.queries import ContactQuery, SortColumn, due_cutoff, recent_cutoff


def default_sort(item: SidebarItem) -> tuple[SortColumn, bool]:
    """Due lists by next due date; every other view by name."""
    return (SortColumn.NEXT_DUE if item.kind is SidebarKind.DUE else SortColumn.NAME), False


def view_query(
    item: SidebarItem, query: ContactQuery, sort: SortColumn, descending: bool
) -> ContactQuery:
    """``query`` (its search kept) filtered to ``item``'s contacts, sorted as given."""
    query = replace(
        query,
        circle=None,
        tag_id=None,
        organization_id=None,
        favourites=False,
        due_by=None,
        ids=None,
        added_since=None,
        trash=item.kind is SidebarKind.TRASH,
        sort=sort,
        descending=descending,
    )
    if item.kind is SidebarKind.CIRCLE:
        query = replace(query, circle=str(item.key))
    elif item.kind is SidebarKind.TAG:
        query = replace(query, tag_id=int(item.key or 0))
    elif item.kind is SidebarKind.ORGANIZATION:
        query = replace(query, organization_id=int(item.key or 0))
    elif item.kind is SidebarKind.FAVOURITES:
        query = replace(query, favourites=True)
    elif item.kind is SidebarKind.DUE:
        query = replace(query, due_by=due_cutoff(dt.date.today()))
    elif item.kind is SidebarKind.RECENT:
        query = replace(query, added_since=recent_cutoff(dt.datetime.now(dt.UTC)))
    return query
