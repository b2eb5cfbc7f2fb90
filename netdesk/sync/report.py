"""What one sync did, and how it reports progress while it runs."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

Progress = Callable[[str, int, int], None]
"""``progress(stage, done, total)``: called from the syncing thread."""


def no_progress(stage: str, done: int, total: int) -> None:
    del stage, done, total


@dataclass(slots=True)
class SyncReport:
    pulled: int = 0
    pushed: int = 0
    merged: int = 0
    conflicts: int = 0
    deleted_here: int = 0
    deleted_there: int = 0
    journals_pulled: int = 0
    journals_pushed: int = 0
    todos_pushed: int = 0
    records_pulled: int = 0  # events, asks and introductions
    records_pushed: int = 0
    warnings: list[str] = field(default_factory=list)

    @property
    def changed_local(self) -> bool:
        """Whether local data changed, so views should refresh."""
        return bool(
            self.pulled
            or self.merged
            or self.deleted_here
            or self.journals_pulled
            or self.records_pulled
        )

    def summary(self) -> str:
        """One line: ``pulled 3, pushed 1, merged 0, conflicts 0`` and the rest when non-zero."""
        parts = [
            f"pulled {self.pulled}",
            f"pushed {self.pushed}",
            f"merged {self.merged}",
            f"conflicts {self.conflicts}",
        ]
        extra = (
            ("deleted here", self.deleted_here),
            ("deleted on server", self.deleted_there),
            ("journal in", self.journals_pulled),
            ("journal out", self.journals_pushed),
            ("follow-ups out", self.todos_pushed),
            ("records in", self.records_pulled),
            ("records out", self.records_pushed),
            ("warnings", len(self.warnings)),
        )
        parts += [f"{name} {n}" for name, n in extra if n]
        return ", ".join(parts)
