"""Tesseract over one card image: lines of Arabic and English text with their boxes."""

from __future__ import annotations

import itertools
import os
import sys
import threading
from pathlib import Path
from typing import Any

from netdesk.domain.card_fields import CardLine

# Arabic first: with English first, short Arabic words in large print come back as Latin
# letters ("لينا" as "Lint"); bench/cards measures both orders.
LANGUAGES = "ara+eng"
MODELS = ("eng", "ara")
# Where a system install keeps the models, newest Tesseract first.
_SYSTEM_DIRS = (
    "/usr/share/tesseract-ocr/5/tessdata",
    "/usr/share/tesseract-ocr/4.00/tessdata",
    "/usr/share/tessdata",
    "/usr/local/share/tessdata",
    "/opt/homebrew/share/tessdata",
)


# The card is read at two sizes: the fast Arabic model misses some lines at one size
# that it reads at the other; of two readings of one line the more confident is kept.
OCR_WIDTHS = tuple(int(w) for w in os.environ.get("NETDESK_OCR_WIDTHS", "800,1100").split(","))


def _scaled(line: CardLine, factor: float) -> CardLine:
    x, y, w, h = (round(v * factor) for v in line.box)
    return CardLine(line.text, (x, y, w, h), line.image, line.confidence)


def _overlap(a: CardLine, b: CardLine) -> float:
    """Intersection over the smaller box."""
    ax, ay, aw, ah = a.box
    bx, by, bw, bh = b.box
    w = min(ax + aw, bx + bw) - max(ax, bx)
    h = min(ay + ah, by + bh) - max(ay, by)
    if w <= 0 or h <= 0:
        return 0.0
    return w * h / max(1, min(aw * ah, bw * bh))


def merge_readings(first: list[CardLine], second: list[CardLine]) -> list[CardLine]:
    """Lines of two readings of one image: the more confident of each overlapping pair,
    and the lines only one reading found."""
    out = list(first)
    for line in second:
        rivals = [x for x in out if _overlap(x, line) > 0.5]
        # One line read whole where the other reading broke it in pieces wins unless
        # clearly less sure.
        margin = 5.0 if len(rivals) > 1 else 0.0
        if not rivals or line.confidence + margin > min(x.confidence for x in rivals):
            out = [x for x in out if x not in rivals] + [line]
    out.sort(key=lambda line: (line.box[1], line.box[0]))
    return out


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
            # Sparse text: a card is scattered lines in several sizes; the page layout
            # analysis (PSM AUTO) drops a large bold name standing above smaller lines.
            cls._api = tesserocr.PyTessBaseAPI(
                path=str(folder) + os.sep,
                lang=os.environ.get("NETDESK_OCR_LANGUAGES", LANGUAGES),
                psm=int(os.environ.get("NETDESK_OCR_PSM", tesserocr.PSM.SPARSE_TEXT)),
            )
        return cls._api

    @classmethod
    def read_lines(cls, gray: Any, image: int = 0) -> list[CardLine]:
        """The text lines of a greyscale image (a 2-D uint8 numpy array), top to bottom."""
        lines: list[CardLine] = []
        for width in OCR_WIDTHS:
            lines = merge_readings(lines, cls._read_at(gray, width, image))
        return lines

    @classmethod
    def _read_at(cls, gray: Any, target_width: int, image: int) -> list[CardLine]:
        import cv2

        scale = target_width / gray.shape[1]
        gray = cv2.resize(gray, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
        height, width = gray.shape[:2]
        with cls._lock:
            api = cls._engine()
            api.SetImageBytes(gray.tobytes(), width, height, 1, width)
            api.SetSourceResolution(300)
            # The TSV keeps words in reading order with their line numbers; the line
            # iterator of tesserocr returns Arabic lines reversed and cut short.
            tsv = api.GetTSVText(0)
            api.Clear()
        return [_scaled(line, 1 / scale) for line in lines_from_tsv(tsv, image)]


Word = tuple[int, int, int, int, str, float]
# Words Tesseract itself doubts, or too small to be print (specks, the table's grain).
_MIN_CONFIDENCE = 20.0
_MIN_HEIGHT = 9


def lines_from_tsv(tsv: str, image: int = 0) -> list[CardLine]:
    """Tesseract's TSV (level, page, block, paragraph, line, word, box, conf, text) as
    lines: their words joined in reading order and their boxes united."""
    words: dict[tuple[str, str, str], list[Word]] = {}
    for row in tsv.splitlines():
        cells = row.split("\t")
        if len(cells) < 12 or cells[0] != "5" or not cells[11].strip():
            continue
        x, y, w, h = (int(v) for v in cells[6:10])
        if float(cells[10]) < _MIN_CONFIDENCE or h < _MIN_HEIGHT:
            continue
        words.setdefault((cells[2], cells[3], cells[4]), []).append(
            (x, y, w, h, cells[11], float(cells[10]))
        )
    lines = []
    for line in words.values():
        lines += [_line(items, image) for items in _segments(line)]
    lines.sort(key=lambda line: (line.box[1], line.box[0]))
    return lines


def _script(word: str) -> str:
    if any("\u0600" <= ch <= "\u06ff" for ch in word):
        return "arabic"
    return "latin" if any(ch.isalpha() for ch in word) else ""


def _segments(words: list[Word]) -> list[list[Word]]:
    """A line cut where a wide gap or a change of script shows two columns read as one
    (the English half and the Arabic half of a bilingual card)."""
    ordered = sorted(words, key=lambda w: w[0])
    height = sorted(w[3] for w in words)[len(words) // 2]
    groups: list[list[Word]] = [[ordered[0]]]
    for previous, word in itertools.pairwise(ordered):
        gap = word[0] - (previous[0] + previous[2])
        a, b = _script(previous[4]), _script(word[4])
        if gap > 2.5 * height or (a and b and a != b and gap > 0.8 * height):
            groups.append([word])
        else:
            groups[-1].append(word)
    # Back in reading order: Tesseract gave Arabic words right to left.
    order = {id(w): i for i, w in enumerate(words)}
    return [sorted(g, key=lambda w: order[id(w)]) for g in groups]


def _line(items: list[Word], image: int) -> CardLine:
    left = min(i[0] for i in items)
    top = min(i[1] for i in items)
    right = max(i[0] + i[2] for i in items)
    bottom = max(i[1] + i[3] for i in items)
    text = " ".join(i[4] for i in items)
    confidence = sum(i[5] for i in items) / len(items)
    return CardLine(text, (left, top, right - left, bottom - top), image, confidence)
