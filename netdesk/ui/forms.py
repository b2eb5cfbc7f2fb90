"""Pieces every editing dialog shares: the validation message and the OK/Cancel buttons."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel

from netdesk.models.palette import current_colors


class ErrorLabel(QLabel):
    """Text in the theme's error colour, which it follows when the theme changes."""

    def __init__(self) -> None:
        super().__init__()
        self._follow_theme()

    def _follow_theme(self) -> None:
        wanted = QColor(current_colors().error)
        palette = self.palette()
        # Setting the palette sends PaletteChange again: only when the colour is not yet right.
        if palette.color(QPalette.ColorRole.WindowText) != wanted:
            palette.setColor(QPalette.ColorRole.WindowText, wanted)
            self.setPalette(palette)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.ApplicationPaletteChange, QEvent.Type.PaletteChange):
            self._follow_theme()


def error_label() -> QLabel:
    """A hidden, word-wrapped message in the error colour; show it with the problem."""
    label = ErrorLabel()
    label.setObjectName("validationError")
    label.setWordWrap(True)
    label.hide()
    return label


def ok_cancel(dialog: QDialog) -> QDialogButtonBox:
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons
