"""The test base every capture format's tests subclass (Picard's ``test/formats/common.py``).

A subclass names a fixture (a real export in ``tests/data/capture``, see SOURCES.md) and
what reading it must give; the base checks what holds for every format: recognised by
content whatever the file is called, claimed by no other format, the same keys on every
read, and a cancelled read stops.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import ClassVar

import pytest

from netdesk.io.cancel import ImportCancelledError, cancellable
from netdesk.io.capture.base import Item, SourceInfo
from netdesk.io.capture.conversations import Collector, SourceRead
from netdesk.io.capture.registry import FORMATS, CaptureSource, find_sources, read_source

DATA = Path(__file__).resolve().parents[3] / "data" / "capture"


def read_all(path: Path, keep_text: bool = False) -> tuple[list[Item], SourceInfo, CaptureSource]:
    found = find_sources([path])
    assert not found.errors, found.errors
    (source,) = found.sources
    info = SourceInfo()
    return list(read_source(source, info, keep_text)), info, source


def conversations(path: Path, own: frozenset[str] = frozenset()) -> SourceRead:
    items, info, _source = read_all(path)
    collector = Collector(region="EG")
    for item in items:
        collector.add(item)
    return collector.finish(info, own)


class FormatCase:
    fixture: ClassVar[str]
    kind: ClassVar[str]
    items: ClassVar[int]  # items read (skipped ones included)
    skipped: ClassVar[int]

    @property
    def path(self) -> Path:
        return DATA / self.fixture

    def test_recognised_by_content_under_any_name(self, tmp_path: Path) -> None:
        renamed = tmp_path / "export.dat"
        if self.path.is_dir():
            shutil.copytree(self.path, renamed)
        else:
            shutil.copyfile(self.path, renamed)
        (source,) = find_sources([renamed]).sources
        assert source.kind == self.kind

    def test_claimed_by_one_format_only(self) -> None:
        if self.path.is_dir():
            pytest.skip("a folder is claimed file by file")
        head = self.path.read_bytes()[:16384]
        claims = [type(f).__name__ for f in FORMATS if f.detect(head, self.path)]
        assert len(claims) == 1, claims

    def test_items_and_skipped(self) -> None:
        items, _info, _source = read_all(self.path)
        assert (len(items), sum(1 for i in items if i.skipped)) == (self.items, self.skipped)

    def test_keys_are_stable_and_unique(self) -> None:
        first = [i.key for i in read_all(self.path)[0] if not i.skipped]
        second = [i.key for i in read_all(self.path)[0] if not i.skipped]
        assert first == second
        assert len(set(first)) == len(first)

    def test_nothing_of_the_text_is_read_unless_asked(self) -> None:
        items, _info, _source = read_all(self.path)
        assert all(i.text == "" for i in items)
        assert all(len(i.subject) <= 80 for i in items)

    def test_a_cancelled_read_stops(self) -> None:
        (source,) = find_sources([self.path]).sources
        with cancellable(lambda: True), pytest.raises(ImportCancelledError):
            list(read_source(source, SourceInfo()))
