"""Light and dark: the desktop's scheme followed, the Preferences choice applied at once."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QDialogButtonBox,
    QLineEdit,
    QPushButton,
    QToolTip,
    QWidget,
)

from netdesk.models.palette import DARK_COLORS, LIGHT_COLORS, Scheme, contrast, current_colors
from netdesk.settings import Settings
from netdesk.ui.forms import error_label
from netdesk.ui.preferences import PreferencesDialog
from netdesk.ui.theme import ThemeFollower, install_theme

Role = QPalette.ColorRole


def is_dark(app: QApplication) -> bool:
    return app.palette().color(Role.Window).lightness() < 128


@pytest.fixture
def themed(qapp: QApplication, restore_theme: None) -> QApplication:
    return qapp


def test_light_and_dark_are_applied_and_the_named_colours_follow(themed):
    install_theme(themed, "dark")
    assert is_dark(themed)
    assert current_colors() is DARK_COLORS
    assert QToolTip.palette().color(Role.ToolTipBase) == themed.palette().color(Role.ToolTipBase)
    install_theme(themed, "light")
    assert not is_dark(themed)
    assert current_colors() is LIGHT_COLORS


def test_following_the_system_switches_when_the_desktop_does(themed, monkeypatch):
    scheme = {"now": Qt.ColorScheme.Light}
    monkeypatch.setattr(ThemeFollower, "system_scheme", lambda self: scheme["now"])
    install_theme(themed, "system")
    assert not is_dark(themed)
    scheme["now"] = Qt.ColorScheme.Dark
    themed.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert is_dark(themed)
    # A choice of the user's holds whatever the desktop does.
    install_theme(themed, "light")
    themed.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert not is_dark(themed)


def test_an_unknown_choice_follows_the_system(themed, monkeypatch):
    monkeypatch.setattr(ThemeFollower, "system_scheme", lambda self: Qt.ColorScheme.Unknown)
    follower = install_theme(themed, "purple")
    assert follower.choice is Scheme.SYSTEM
    assert not is_dark(themed)


def test_error_text_takes_the_new_colour_when_the_theme_changes(themed, qtbot):
    install_theme(themed, "light")
    label = error_label()
    qtbot.addWidget(label)
    assert label.palette().color(Role.WindowText).name() == LIGHT_COLORS.error
    install_theme(themed, "dark")
    qtbot.wait_until(lambda: label.palette().color(Role.WindowText).name() == DARK_COLORS.error)


def test_preferences_show_the_choice_at_once_and_cancel_goes_back(themed, qtbot, tmp_path):
    settings = Settings(tmp_path)
    install_theme(themed, settings.theme)
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    dialog.appearance.setCurrentIndex(dialog.appearance.findData("dark"))
    assert is_dark(themed)
    dialog.reject()
    assert not is_dark(themed)
    assert settings.theme == "system"


def test_preferences_remember_the_choice(themed, qtbot, tmp_path):
    settings = Settings(tmp_path)
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.wait_exposed(dialog)
    dialog.appearance.setFocus()
    qtbot.keyClick(dialog.appearance, Qt.Key.Key_End)  # the last: Dark
    assert is_dark(themed)
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    box.button(QDialogButtonBox.StandardButton.Ok).click()
    assert Settings(tmp_path).theme == "dark"
    assert is_dark(themed)


def ring_pixels(before: QImage, after: QImage, background: QColor) -> int:
    """Pixels that focus changed to a colour standing out 3:1 from ``background``."""
    count = 0
    for y in range(after.height()):
        for x in range(after.width()):
            now = after.pixelColor(x, y)
            if now != before.pixelColor(x, y) and contrast(now, background) >= 3.0:
                count += 1
    return count


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("kind", [QLineEdit, QPushButton, QCheckBox])
def test_keyboard_focus_shows_a_ring_that_stands_out(themed, qtbot, scheme, kind):
    install_theme(themed, scheme)
    page = QWidget()
    qtbot.addWidget(page)
    other = QLineEdit(page)
    control = kind(page)
    if isinstance(control, QAbstractButton):
        control.setText("Import")
    control.move(20, 40)
    page.resize(240, 100)
    page.show()
    qtbot.wait_exposed(page)
    other.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.wait_until(other.hasFocus)
    before = control.grab().toImage()
    qtbot.keyClick(other, Qt.Key.Key_Tab)  # as a keyboard user moves to it
    qtbot.wait_until(control.hasFocus)
    after = control.grab().toImage()
    # A ring around the control: at least its width's worth of pixels.
    background = themed.palette().color(Role.Window)
    assert ring_pixels(before, after, background) >= control.width()
