"""What can go wrong while syncing, each with one line a person can act on."""

from __future__ import annotations


class SyncError(Exception):
    """Base class: ``str(error)`` is the one-line message shown to the user."""

    retry: bool = True
    """Whether trying again later, unchanged, may succeed."""


class AuthFailed(SyncError):  # noqa: N818 - the names the UI and brief use
    """The server rejected the user name or password."""

    retry = False


class ServerUnreachable(SyncError):  # noqa: N818 - the names the UI and brief use
    """No answer: connection refused, DNS failure, timeout, dropped connection."""


class ServerError(SyncError):
    """The server answered with an error status it should not have."""


class BadResponse(SyncError):  # noqa: N818 - the names the UI and brief use
    """The server answered something NetDesk cannot understand (or trust)."""


class AccountError(SyncError):
    """The account settings are incomplete or unsafe; the user must change them."""

    retry = False


class PreconditionFailed(SyncError):  # noqa: N818 - the names the UI and brief use
    """412: the resource changed on the server since NetDesk last saw it.

    Handled inside the engine (re-pull, then retry once); never shown on its own.
    """


class Cancelled(SyncError):  # noqa: N818 - the names the UI and brief use
    """The user pressed Cancel. Nothing half-done is kept; the next sync resumes."""

    retry = False


class MassDeletion(SyncError):  # noqa: N818 - the names the UI and brief use
    """One sync would delete many records at once; nothing was written.

    Usually the sign of a server or a copy that lost its data (an empty listing), not of
    someone who meant it: the user decides, and a sync that allows it applies them.
    """

    retry = False

    def __init__(self, message: str, count: int, total: int) -> None:
        super().__init__(message)
        self.count, self.total = count, total


class OtherHost(SyncError):  # noqa: N818 - named like the other failures
    """The server keeps this user's collections on another host, not yet allowed."""

    retry = False

    def __init__(self, host: str, server: str) -> None:
        super().__init__(
            f"{server} keeps your address books or calendars on another host, {host}. "
            "NetDesk sends your password there only once you allow that host."
        )
        self.host = host
