"""Tesseract over one card image: lines of Arabic and English text with their boxes."""

from __future__ import annotations

import os
import sys
import threading
from pathlib import Path
from typing import Any

from netdesk.domain.card_fields import CardLine

# English first: with "ara" first, Latin lines of digits (phones) come back reordered as
# if they were Arabic; Arabic lines read the same either way (bench/cards measures both).
LANGUAGES = "eng+ara"
MODELS = ("eng", "ara")
# Where a system install keeps the models, newest Tesseract first.
_SYSTEM_DIRS = (
    "/usr/share/tesseract-ocr/5/tessdata",
    "/usr/share/tesseract-ocr/4.00/tessdata",
    "/usr/share/tessdata",
    "/usr/local/share/tessdata",
    "/opt/homebrew/share/tessdata",
)


class OcrUnavailableError(RuntimeError):
    """Tesseract or its Arabic/English models are missing."""


def tessdata_dir() -> Path | None:
    """The folder holding ``eng`` and ``ara`` models: ``NETDESK_TESSDATA``, the bundle's
    own ``tessdata`` (the installed app), the source tree's, then the system's."""
    candidates = [os.environ.get("NETDESK_TESSDATA", "")]
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        candidates.append(str(Path(bundle) / "tessdata"))
    candidates.append(str(Path(__file__).resolve().parents[3] / "resources" / "tessdata"))
    candidates += [os.environ.get("TESSDATA_PREFIX", ""), *_SYSTEM_DIRS]
    for folder in filter(None, candidates):
        path = Path(folder)
        if all((path / f"{m}.traineddata").is_file() for m in MODELS):
            return path
    return None


class Ocr:
    """One Tesseract engine, loaded on first use and shared (calls are serialised)."""

    _lock = threading.Lock()
    _api: Any = None

    @classmethod
    def _engine(cls) -> Any:
        if cls._api is None:
            folder = tessdata_dir()
            if folder is None:
                raise OcrUnavailableError(
                    "the Arabic and English OCR models (ara/eng.traineddata) are not installed"
                )
            try:
                import tesserocr
            except ImportError as error:
                raise OcrUnavailableError(f"Tesseract is not available: {error}") from error
            # PSM AUTO: a card is blocks of lines in columns, in either direction.
            cls._api = tesserocr.PyTessBaseAPI(
                path=str(folder) + os.sep, lang=LANGUAGES, psm=tesserocr.PSM.AUTO
            )
        return cls._api

    @classmethod
    def read_lines(cls, gray: Any, image: int = 0) -> list[CardLine]:
        """The text lines of a greyscale image (a 2-D uint8 numpy array), top to bottom."""
        height, width = gray.shape[:2]
        with cls._lock:
            api = cls._engine()
            api.SetImageBytes(gray.tobytes(), width, height, 1, width)
            api.SetSourceResolution(300)
            # The TSV keeps words in reading order with their line numbers; the line
            # iterator of tesserocr returns Arabic lines reversed and cut short.
            tsv = api.GetTSVText(0)
            api.Clear()
        return lines_from_tsv(tsv, image)


def lines_from_tsv(tsv: str, image: int = 0) -> list[CardLine]:
    """Tesseract's TSV (level, page, block, paragraph, line, word, box, conf, text) as
    lines: their words joined in reading order and their boxes united."""
    words: dict[tuple[str, str, str], list[tuple[int, int, int, int, str]]] = {}
    for row in tsv.splitlines():
        cells = row.split("\t")
        if len(cells) < 12 or cells[0] != "5" or not cells[11].strip():
            continue
        if float(cells[10]) < 10:  # noise Tesseract itself doubts
            continue
        x, y, w, h = (int(v) for v in cells[6:10])
        words.setdefault((cells[2], cells[3], cells[4]), []).append((x, y, w, h, cells[11]))
    lines = []
    for items in words.values():
        left = min(i[0] for i in items)
        top = min(i[1] for i in items)
        right = max(i[0] + i[2] for i in items)
        bottom = max(i[1] + i[3] for i in items)
        text = " ".join(i[4] for i in items)
        lines.append(CardLine(text, (left, top, right - left, bottom - top), image))
    lines.sort(key=lambda line: (line.box[1], line.box[0]))
    return lines
