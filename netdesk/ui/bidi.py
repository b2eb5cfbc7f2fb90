"""Text of either direction in a UI of either direction."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from netdesk.domain.text import is_arabic_script, isolate

# ``isolate`` lives below the UI so printing uses the same one; it is re-exported here.
__all__ = ["auto_label", "isolate", "lines_in_ui_direction", "text_direction"]


def text_direction(text: str) -> Qt.LayoutDirection:
    """The direction of ``text``'s first strong letter (like HTML ``dir="auto"``)."""
    if is_arabic_script(text):
        return Qt.LayoutDirection.RightToLeft
    if any(ch.isalpha() for ch in text):
        return Qt.LayoutDirection.LeftToRight
    return Qt.LayoutDirection.LayoutDirectionAuto


def auto_label(label: QLabel, text: str) -> None:
    """Show user text in ``label`` in its own direction, aligned to its own start.

    The text is isolated: an override in it reverses neither itself nor a neighbour.
    """
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(isolate(text))
    direction = text_direction(text)
    if direction != Qt.LayoutDirection.LayoutDirectionAuto:
        label.setLayoutDirection(direction)
    else:
        label.unsetLayoutDirection()


def lines_in_ui_direction(lines: list[str], right_to_left: bool) -> str:
    """Lines of any direction for one plain-text label, each read in its own direction.

    A plain-text label takes the direction of its first letter for all its lines, so
    an English first line would turn a trailing Arabic one around; a leading mark fixes
    the base direction to the UI's and each line is isolated.
    """
    mark = "\u200f" if right_to_left else "\u200e"
    return "\n".join(mark + isolate(line) for line in lines)
