"""Text of either direction in a UI of either direction."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from netdesk.domain.text import is_arabic_script


def text_direction(text: str) -> Qt.LayoutDirection:
    """The direction of ``text``'s first strong letter (like HTML ``dir="auto"``)."""
    if is_arabic_script(text):
        return Qt.LayoutDirection.RightToLeft
    if any(ch.isalpha() for ch in text):
        return Qt.LayoutDirection.LeftToRight
    return Qt.LayoutDirection.LayoutDirectionAuto


def auto_label(label: QLabel, text: str) -> None:
    """Show user text in ``label`` in its own direction, aligned to its own start."""
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    direction = text_direction(text)
    if direction != Qt.LayoutDirection.LayoutDirectionAuto:
        label.setLayoutDirection(direction)
    else:
        label.unsetLayoutDirection()


def isolate(text: str) -> str:
    """``text`` wrapped in a first-strong isolate (FSI ... PDI).

    Item views lay text out in the UI's direction, so in Arabic a phone number such as
    ``+20 100 555 1234`` (no strong letter) would show its groups reversed; isolated,
    it takes its own direction (left-to-right when it has no letters) and cannot
    reorder the text around it.
    """
    return f"\u2068{text}\u2069" if text else text


def lines_in_ui_direction(lines: list[str], right_to_left: bool) -> str:
    """Lines of any direction for one plain-text label, each read in its own direction.

    A plain-text label takes the direction of its first letter for all its lines, so
    an English first line would turn a trailing Arabic one around; a leading mark fixes
    the base direction to the UI's and each line is isolated.
    """
    mark = "\u200f" if right_to_left else "\u200e"
    return "\n".join(mark + isolate(line) for line in lines)
