"""The capture formats, and the sources they find among files and folders.

Each format is one module with one ``CaptureFormat`` subclass, registered here (the shape of
Picard's ``formats/registry.py``). A file is recognised by its content, never by its name:
the first bytes go to each format's ``detect`` in turn.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from netdesk.io.capture.base import CaptureFormat, Item, SourceInfo
from netdesk.io.capture.ics import IcsFormat
from netdesk.io.capture.linkedin import LinkedInFormat
from netdesk.io.capture.mail import EmlFormat, EmlxFormat, MboxFormat
from netdesk.io.capture.telegram import TelegramFormat
from netdesk.io.capture.whatsapp import WhatsAppFormat
from netdesk.io.errors import ImportFormatError

HEAD_BYTES = 16 * 1024


class Registry:
    """Formats in the order they are asked; the first whose ``detect`` says yes reads."""

    def __init__(self) -> None:
        self._formats: list[CaptureFormat] = []

    def register(self, format_class: type[CaptureFormat]) -> None:
        if any(type(f) is format_class for f in self._formats):
            raise ValueError(f"{format_class.__name__} is registered twice")
        self._formats.append(format_class())

    def __iter__(self) -> Iterator[CaptureFormat]:
        return iter(self._formats)

    def detect(self, path: Path) -> CaptureFormat | None:
        """The format of ``path``, or None; OSError if it cannot be read."""
        with path.open("rb") as stream:
            head = stream.read(HEAD_BYTES)
        return next((f for f in self._formats if f.detect(head, path)), None)


FORMATS = Registry()
# Most specific first: an mbox also looks like mail headers, a calendar like nothing else.
for _format in (IcsFormat, MboxFormat, EmlxFormat, EmlFormat, TelegramFormat, LinkedInFormat,
                WhatsAppFormat):  # fmt: skip
    FORMATS.register(_format)


@dataclass
class CaptureSource:
    """One thing to capture: a file, or a folder's mail files (``files``)."""

    path: Path
    format: CaptureFormat
    files: list[Path] = field(default_factory=list)

    @property
    def kind(self) -> str:
        return self.format.kind

    def items(self, info: SourceInfo, keep_text: bool = False) -> Iterator[Item]:
        return self.format.read_many(self.files or [self.path], info, keep_text)


@dataclass
class Found:
    sources: list[CaptureSource] = field(default_factory=list)
    # (file, one line) for each named file that cannot be read or is not recognised.
    errors: list[tuple[Path, str]] = field(default_factory=list)


def find_sources(paths: list[Path], registry: Registry = FORMATS) -> Found:
    """The sources among ``paths``: a named file must be recognised (else an error); in a
    named folder, files that are no source are passed over and each folder's mail files
    make one source."""
    found = Found()
    for path in paths:
        if path.is_dir():
            _walk(path, registry, found)
            continue
        try:
            fmt = registry.detect(path)
        except OSError as error:
            found.errors.append((path, f"{path}: cannot be read: {error.strerror or error}"))
            continue
        if fmt is None:
            found.errors.append(
                (path, f"{path}: not a calendar, mailbox or chat export NetDesk recognises")
            )
        else:
            found.sources.append(CaptureSource(path, fmt))
    return found


def _walk(folder: Path, registry: Registry, found: Found) -> None:
    for root, dirs, names in os.walk(folder):
        dirs.sort()
        grouped: dict[str, CaptureSource] = {}
        for name in sorted(names):
            path = Path(root) / name
            try:
                fmt = None if name.startswith(".") else registry.detect(path)
            except OSError:
                continue
            if fmt is None:
                continue
            if not fmt.folder_source:
                found.sources.append(CaptureSource(path, fmt))
                continue
            source = grouped.setdefault(fmt.kind, CaptureSource(Path(root), fmt))
            source.files.append(path)
        found.sources.extend(grouped.values())


def read_source(source: CaptureSource, info: SourceInfo, keep_text: bool = False) -> Iterator[Item]:
    """The items of ``source``; ``ImportFormatError`` when it cannot be read."""
    try:
        yield from source.items(info, keep_text)
    except OSError as error:
        raise ImportFormatError(
            f"{source.path}: cannot be read: {error.strerror or error}"
        ) from None
    except UnicodeDecodeError as error:
        raise ImportFormatError(f"{source.path}: not text NetDesk can read ({error})") from None
