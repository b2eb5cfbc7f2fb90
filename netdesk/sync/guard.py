"""The mass-deletion guard: one sync never deletes many records without the user's yes.

A server that lost its data, an address book emptied by mistake, or a server that
lists nothing (no sync-collection and an empty PROPFIND) all look like "everything was
deleted". vdirsyncer refuses to sync a side that became empty; Android's sync framework
(and so DAVx5) stops at "too many deletions" and asks. NetDesk does both:

- more than ``MIN_COUNT`` deletions *and* more than ``MIN_SHARE`` of the records linked to
  the account: five is a normal clean-up of a small address book; a fifth of a large one
  is not, while a clean-up of 30 old contacts out of 2,000 passes unasked;
- or every linked record at once (at least two): the emptied side, whatever its size.

Either way nothing has been written when the guard stops the sync.
"""

from __future__ import annotations

from netdesk.sync.errors import MassDeletion

MIN_COUNT = 5
MIN_SHARE = 0.2


def too_many(count: int, total: int) -> bool:
    """Whether deleting ``count`` of the ``total`` linked records needs the user's yes."""
    if count < 2:
        return False
    if count >= total:
        return True
    return count > MIN_COUNT and count > MIN_SHARE * total


def check_here(count: int, total: int, what: str, *, allowed: bool) -> None:
    """Deletions the server asks for, about to be applied to the local data."""
    if allowed or not too_many(count, total):
        return
    raise MassDeletion(
        f"The server no longer lists {count} of the {total} {what} synced with it; "
        "NetDesk would move them to the Trash here. Nothing was changed.",
        count,
        total,
    )


def check_there(count: int, total: int, what: str, *, allowed: bool) -> None:
    """Local deletions about to be sent to the server, where they cannot be undone."""
    if allowed or not too_many(count, total):
        return
    raise MassDeletion(
        f"{count} of the {total} {what} synced with the server are deleted here; "
        "NetDesk would delete them on the server too. Nothing was changed.",
        count,
        total,
    )
