"""The one door to file dialogs, message boxes and print dialogs, so tests can replace it."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrintPreviewDialog


class Dialogs:
    """Standard dialogs. Tests substitute an object with the same methods."""

    def open_files(self, parent: QWidget, title: str, directory: str, filters: str) -> list[str]:
        paths, _ = QFileDialog.getOpenFileNames(parent, title, directory, filters)
        return list(paths)

    def open_file(self, parent: QWidget, title: str, directory: str, filters: str) -> str:
        path, _ = QFileDialog.getOpenFileName(parent, title, directory, filters)
        return str(path)

    def save_file(self, parent: QWidget, title: str, path: str, filters: str) -> str:
        chosen, _ = QFileDialog.getSaveFileName(parent, title, path, filters)
        return str(chosen)

    def save_file_filtered(
        self, parent: QWidget, title: str, path: str, filters: str
    ) -> tuple[str, str]:
        """A save dialog that also says which of ``filters`` the user picked."""
        chosen, picked = QFileDialog.getSaveFileName(parent, title, path, filters)
        return str(chosen), str(picked)

    def confirm(self, parent: QWidget, title: str, text: str, action: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
        ok = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(ok)
        box.exec()
        return box.clickedButton() is ok

    def choose(
        self, parent: QWidget | None, title: str, text: str, options: list[str]
    ) -> int | None:
        """Ask which of ``options`` to take; None when the box is closed."""
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=parent)
        buttons = [box.addButton(o, QMessageBox.ButtonRole.ActionRole) for o in options]
        box.exec()
        clicked = box.clickedButton()
        return next((i for i, b in enumerate(buttons) if b is clicked), None)

    def open_directory(self, parent: QWidget | None, title: str, directory: str) -> str:
        return str(QFileDialog.getExistingDirectory(parent, title, directory))

    def inform(self, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.information(parent, title, text)

    def warn(self, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.warning(parent, title, text)

    def about(self, parent: QWidget, title: str, html: str) -> None:
        QMessageBox.about(parent, title, html)

    def print_preview(
        self,
        parent: QWidget,
        paint: Callable[[object], None],
        options: Sequence[QAction] = (),
    ) -> bool:
        """Qt's print preview; checkable ``options`` join its toolbar and repaint it."""
        from PySide6.QtPrintSupport import QPrintPreviewDialog

        dialog = print_preview_dialog(parent, paint, options)
        return dialog.exec() == QPrintPreviewDialog.DialogCode.Accepted

    def ask_password(self, parent: QWidget, title: str, label: str) -> str | None:
        from PySide6.QtWidgets import QInputDialog, QLineEdit

        text, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Password)
        return str(text) if ok else None

    def pick(self, parent: QWidget, title: str, label: str, items: list[str]) -> int | None:
        """Which of ``items`` the user picked from a list; None when cancelled."""
        from PySide6.QtWidgets import QInputDialog

        text, ok = QInputDialog.getItem(parent, title, label, items, 0, False)
        return items.index(text) if ok and text in items else None

    def ask_text(self, parent: QWidget, title: str, label: str) -> str | None:
        from PySide6.QtWidgets import QInputDialog

        text, ok = QInputDialog.getText(parent, title, label)
        return str(text) if ok else None


# The print preview opens this big (of the screen's free area), the page as wide as it fits:
# at Qt's default size and zoom a page was a thumbnail.
PREVIEW_SHARE = 0.8


def print_preview_dialog(
    parent: QWidget, paint: Callable[[object], None], options: Sequence[QAction] = ()
) -> QPrintPreviewDialog:
    """The preview as :meth:`Dialogs.print_preview` shows it, not yet shown."""
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog, QPrintPreviewWidget
    from PySide6.QtWidgets import QToolBar

    from netdesk.ui.sizing import room_on_screen

    class PrintPreview(QPrintPreviewDialog):
        """Holds its printer: the dialog only borrows it, and Python would free it."""

        def __init__(self) -> None:
            self.held_printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            super().__init__(self.held_printer, parent)

    dialog = PrintPreview()
    dialog.paintRequested.connect(paint)
    toolbar = dialog.findChild(QToolBar)
    preview = dialog.findChild(QPrintPreviewWidget)
    if toolbar is not None and options:
        toolbar.addSeparator()
    for action in options:
        if toolbar is not None:
            toolbar.addAction(action)
        if preview is not None:
            action.toggled.connect(preview.updatePreview)
    dialog.resize(room_on_screen(dialog, PREVIEW_SHARE))
    # Through the toolbar's own button, so it shows as pressed.
    fit_width = dialog.findChild(QAction, "fitWidthAction")
    if fit_width is not None:
        fit_width.trigger()
    elif preview is not None:
        preview.fitToWidth()
    return dialog
