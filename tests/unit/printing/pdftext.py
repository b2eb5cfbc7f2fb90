"""poppler-utils helpers for the printing tests."""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import pytest

# pdftotext wraps right-to-left runs in bidi embedding controls; drop them.
_BIDI_CONTROLS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def require_poppler() -> None:
    for tool in ("pdftotext", "pdffonts", "pdfinfo"):
        if shutil.which(tool) is None:
            pytest.skip(f"{tool} (poppler-utils) is not installed")


def normalise(text: str) -> str:
    """NFKC folds Arabic presentation forms and the "fi" ligature back to plain letters."""
    return _BIDI_CONTROLS.sub("", unicodedata.normalize("NFKC", text))


def pdf_pages(path: Path, *, layout: bool = False) -> list[str]:
    args = ["pdftotext", *(["-layout"] if layout else []), str(path), "-"]
    out = subprocess.run(args, check=True, capture_output=True, text=True).stdout
    pages = normalise(out).split("\f")
    return pages[:-1] if pages and not pages[-1].strip() else pages


def pdf_text(path: Path, *, layout: bool = False) -> str:
    return "\n".join(pdf_pages(path, layout=layout))


def pdf_info(path: Path) -> dict[str, str]:
    out = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True, text=True)
    info = {}
    for line in out.stdout.splitlines():
        key, _, value = line.partition(":")
        info[key.strip()] = value.strip()
    return info


def pdf_fonts(path: Path) -> dict[str, bool]:
    """Font name (subset prefix removed) → embedded."""
    out = subprocess.run(["pdffonts", str(path)], check=True, capture_output=True, text=True)
    fonts = {}
    for line in out.stdout.splitlines()[2:]:
        parts = line.split()
        name = parts[0].split("+")[-1]
        fonts[name] = parts[-5] == "yes"
    return fonts


@dataclass(frozen=True, slots=True)
class Word:
    """One word ``pdftotext -bbox`` found, in points from the page's top left corner."""

    text: str
    left: float
    top: float
    right: float
    bottom: float


@dataclass(frozen=True, slots=True)
class WordPage:
    width: float
    height: float
    words: list[Word]


def pdf_words(path: Path) -> list[WordPage]:
    """Every word of every page with its box (Arabic comes back a glyph at a time)."""
    args = ["pdftotext", "-bbox", str(path), "-"]
    out = subprocess.run(args, check=True, capture_output=True, text=True).stdout
    root = ET.fromstring(re.sub(r"<!DOCTYPE[^>]*>", "", out))
    pages = []
    for page in root.iter(f"{_XHTML}page"):
        words = [
            Word(
                normalise(word.text or ""),
                *(float(word.attrib[k]) for k in ("xMin", "yMin", "xMax", "yMax")),
            )
            for word in page.iter(f"{_XHTML}word")
        ]
        pages.append(WordPage(float(page.attrib["width"]), float(page.attrib["height"]), words))
    return pages


_XHTML = "{http://www.w3.org/1999/xhtml}"
