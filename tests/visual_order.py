"""Where Qt really lays characters out, to test bidi order as a reader would see it."""

from __future__ import annotations

import itertools
from typing import cast

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QTextLayout, QTextOption


def cursor_xs(text: str, right_to_left: bool = False) -> list[float]:
    """The x of the cursor before each character of ``text`` laid out on one line."""
    layout = QTextLayout(text, QFont())
    option = QTextOption()
    option.setTextDirection(
        Qt.LayoutDirection.RightToLeft if right_to_left else Qt.LayoutDirection.LeftToRight
    )
    layout.setTextOption(option)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(100_000)
    layout.endLayout()
    # PySide returns (x, cursor position); the stubs say only "object".
    return [cast("tuple[float, int]", line.cursorToX(i))[0] for i in range(len(text))]


def reads_left_to_right(text: str, word: str, right_to_left: bool = False) -> bool:
    """True when ``word`` (Latin, found in ``text``) is shown in its own order.

    The cursor before the word's first letter is left out: where the direction changes
    Qt places it at the edge of the run before.
    """
    start = text.index(word)
    xs = cursor_xs(text, right_to_left)[start + 1 : start + len(word)]
    return all(a < b for a, b in itertools.pairwise(xs))
