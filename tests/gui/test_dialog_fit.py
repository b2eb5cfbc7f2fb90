"""Every dialog at its default size, in English and Arabic: no text cut off, a way to close
it, a name for every control; the print preview big and page-wide; one of each window."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAction, QPainter
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewWidget
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QWidget,
)

from netdesk.ui.actions import ActionKey
from netdesk.ui.dialogs import print_preview_dialog
from netdesk.ui.i18n import install_language
from netdesk.ui.main_window import MainWindow
from tests.gui import dialog_catalogue

NAMES = dialog_catalogue.NAMES


@pytest.fixture(params=["en", "ar"])
def language(request, qapp: QApplication) -> Iterator[str]:
    lang = request.param
    install_language(qapp, lang)
    if lang == "ar":
        qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    yield lang
    install_language(qapp, "en")
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


@pytest.fixture
def seeded(make_window, language) -> MainWindow:
    window: MainWindow = make_window(language)
    dialog_catalogue.seed(window)
    window.contacts.refresh()
    return window


def shown(qtbot, window: MainWindow, name: str) -> QDialog:
    dialog = dialog_catalogue.dialogs(window)[name]()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.wait_exposed(dialog)
    # Dialogs that read on a worker are looked at once their data is shown.
    qtbot.wait_until(lambda: not getattr(dialog, "loading", False))
    return dialog


def visible_parts(top: QWidget) -> list[QWidget]:
    # Qt's own inner parts (a spin box's line edit, a scroll area's viewport) are named
    # through the control they belong to.
    return [
        w
        for w in top.findChildren(QWidget)
        if w.isVisibleTo(top) and not w.objectName().startswith("qt_")
    ]


def clipped(top: QWidget) -> list[str]:
    """Labels and buttons shown narrower (or, wrapped, shorter) than their text needs."""
    found = []
    for widget in visible_parts(top):
        if isinstance(widget, QLabel) and widget.text():
            if widget.wordWrap():
                if widget.height() < widget.heightForWidth(widget.width()):
                    found.append(f"wrapped label {widget.text()[:40]!r}")
            elif widget.width() < widget.sizeHint().width():
                found.append(f"label {widget.text()[:40]!r}")
        elif (
            isinstance(widget, QAbstractButton)
            and widget.text()
            and widget.width() < widget.sizeHint().width()
        ):
            found.append(f"button {widget.text()[:40]!r}")
    return found


def unnamed(top: QWidget) -> list[str]:
    """Controls a screen reader would announce without a name."""
    found = []
    for widget in [top, *visible_parts(top)]:
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus or not widget.isEnabled():
            continue
        face = QAccessible.queryAccessibleInterface(widget)
        if face is None or not face.text(QAccessible.Text.Name).strip():
            found.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return found


@pytest.mark.parametrize("name", NAMES)
def test_no_text_is_cut_off_at_the_default_size(qtbot, seeded, name):
    dialog = shown(qtbot, seeded, name)
    assert clipped(dialog) == []
    screen = dialog.screen().availableGeometry()
    assert dialog.width() <= screen.width() and dialog.height() <= screen.height()


@pytest.mark.parametrize("name", NAMES)
def test_every_dialog_can_be_closed_with_a_button(qtbot, seeded, name):
    dialog = shown(qtbot, seeded, name)
    roles = [
        box.buttonRole(button)
        for box in dialog.findChildren(QDialogButtonBox)
        for button in box.buttons()
        if button.isVisible()
    ]
    assert QDialogButtonBox.ButtonRole.RejectRole in roles


@pytest.mark.parametrize("name", NAMES)
def test_every_control_of_every_dialog_has_an_accessible_name(qtbot, seeded, name):
    assert unnamed(shown(qtbot, seeded, name)) == []


def test_the_catalogue_names_every_dialog_it_builds(seeded):
    assert tuple(dialog_catalogue.dialogs(seeded)) == NAMES


def test_every_control_of_the_main_window_has_an_accessible_name(seeded):
    assert unnamed(seeded) == []


def test_the_welcome_page_controls_have_accessible_names(make_window, language):
    window = make_window(language)
    assert window.showing_welcome()
    assert unnamed(window) == []


def test_the_print_preview_opens_big_and_page_wide(qtbot, make_window):
    window = make_window()

    def paint(printer: object) -> None:
        assert isinstance(printer, QPrinter)
        painter = QPainter(printer)
        painter.drawText(100, 100, "NetDesk")
        painter.end()

    dialog = print_preview_dialog(window, paint)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.wait_exposed(dialog)
    screen = dialog.screen().availableGeometry()
    assert dialog.width() >= 0.7 * screen.width()
    assert dialog.height() >= 0.7 * screen.height()
    preview = dialog.findChild(QPrintPreviewWidget)
    assert preview is not None
    assert preview.zoomMode() == QPrintPreviewWidget.ZoomMode.FitToWidth
    fit_width = dialog.findChild(QAction, "fitWidthAction")
    assert fit_width is not None and fit_width.isChecked()  # the toolbar says so too


@pytest.mark.parametrize("key", [ActionKey.HEALTH, ActionKey.WHERE, ActionKey.LEDGER])
def test_a_window_opened_twice_is_the_same_window_brought_forward(qtbot, make_window, key):
    window = make_window()
    before = set(window.findChildren(QDialog))
    window.actions_[key].trigger()
    window.actions_[key].trigger()
    opened = [d for d in window.findChildren(QDialog) if d not in before and d.isVisible()]
    assert len(opened) == 1
    opened[0].close()
