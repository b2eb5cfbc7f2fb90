"""Where folded search words fall in the text as written, and a short piece around them."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from netdesk.domain.text import fold

# Characters of context kept before the first match, and the longest snippet.
BEFORE = 24
LONGEST = 90


_fold_char = lru_cache(maxsize=4096)(fold)


@dataclass(frozen=True, slots=True)
class Snippet:
    """``text`` with the matched ``spans`` (start, end) in it; ``cut_*``: text left out."""

    text: str
    spans: tuple[tuple[int, int], ...] = ()
    cut_before: bool = False
    cut_after: bool = False

    def marked(self, before: str = "*", after: str = "*") -> str:
        """The snippet with each match between ``before`` and ``after``, "…" where cut."""
        out: list[str] = ["…" if self.cut_before else ""]
        last = 0
        for start, end in self.spans:
            out += [self.text[last:start], before, self.text[start:end], after]
            last = end
        out += [self.text[last:], "…" if self.cut_after else ""]
        return "".join(out)


def _folded_map(text: str) -> tuple[str, list[int]]:
    """``text`` folded one character at a time, with each folded character's source."""
    if text.isascii():
        return text.lower(), list(range(len(text)))
    chars: list[str] = []
    source: list[int] = []
    for i, ch in enumerate(text):
        folded = " " if ch.isspace() else _fold_char(ch)
        chars.append(folded)
        source.extend([i] * len(folded))
    return "".join(chars), source


def find(text: str, terms: list[str]) -> list[tuple[int, int]]:
    """Spans of ``text`` where the folded ``terms`` occur, in order, not overlapping."""
    folded, source = _folded_map(text)
    spans: list[tuple[int, int]] = []
    for term in terms:
        at = folded.find(term)
        while term and at >= 0:
            spans.append((source[at], source[at + len(term) - 1] + 1))
            at = folded.find(term, at + len(term))
    spans.sort()
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def snippet(text: str, terms: list[str]) -> Snippet:
    """One line of ``text`` around the first match of ``terms`` (the start when none)."""
    line = " ".join(text.split())
    spans = find(line, terms)
    start = max(0, spans[0][0] - BEFORE) if spans else 0
    if start:
        # Start at a word.
        space = line.find(" ", start)
        start = space + 1 if 0 <= space < spans[0][0] else start
    end = min(len(line), start + LONGEST)
    if end < len(line):
        space = line.rfind(" ", start, end)
        end = space if space > (spans[0][1] if spans else start) else end
    kept = tuple((s - start, e - start) for s, e in spans if s >= start and e <= end)
    return Snippet(line[start:end], kept, start > 0, end < len(line))
