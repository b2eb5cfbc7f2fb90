"""Dates whose year may be unknown (birthdays from vCard ``--0415``)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

_ISO = re.compile(r"^(\d{4})-?(\d{2})-?(\d{2})")
_NO_YEAR = re.compile(r"^--(\d{2})-?(\d{2})$")


@dataclass(frozen=True, slots=True)
class PartialDate:
    month: int
    day: int
    year: int | None = None

    def __post_init__(self) -> None:
        # 2000 is a leap year, so 29 February without a year stays valid.
        dt.date(self.year or 2000, self.month, self.day)

    @classmethod
    def parse(cls, text: str) -> PartialDate | None:
        """Parse ``YYYY-MM-DD``, ``YYYYMMDD``, ``--MM-DD`` or ``--MMDD``; None if not a date."""
        text = text.strip()
        try:
            if m := _NO_YEAR.match(text):
                return cls(int(m[1]), int(m[2]))
            if m := _ISO.match(text):
                return cls(int(m[2]), int(m[3]), int(m[1]))
        except ValueError:
            return None
        return None

    def iso(self) -> str:
        if self.year is None:
            return f"--{self.month:02d}-{self.day:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    def __str__(self) -> str:
        return self.iso()
