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
