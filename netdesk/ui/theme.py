"""Light or dark, following the desktop or the user's choice, and the one spacing scale.

``install_theme(app, "system")`` at start; Preferences calls it again with the user's
choice, which applies at once. The palettes themselves are in ``netdesk.models.palette``.

Fusion draws every control from the palette on every system, so the two palettes (and
their tested contrast) are what the user sees; a native style would keep its own colours
in one scheme and take ours in the other.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QApplication, QToolTip

from netdesk.models.palette import Scheme, build_palette

# The spacing scale, in device-independent pixels: every margin and gap is one of these.
SPACE_XS = 2
SPACE_S = 4
SPACE_M = 8
SPACE_L = 12
SPACE_XL = 16
SPACE_XXL = 24


class ThemeFollower(QObject):
    """Applies the chosen scheme, and the desktop's whenever it changes while following it."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.setObjectName("themeFollower")
        self._app = app
        self.choice = Scheme.SYSTEM
        self.applied: Scheme | None = None
        app.styleHints().colorSchemeChanged.connect(self._on_system_scheme)

    def effective(self) -> Scheme:
        """LIGHT or DARK: the user's choice, or the desktop's (light when it does not say)."""
        if self.choice is not Scheme.SYSTEM:
            return self.choice
        return Scheme.DARK if self.system_scheme() == Qt.ColorScheme.Dark else Scheme.LIGHT

    def system_scheme(self) -> Qt.ColorScheme:
        return self._app.styleHints().colorScheme()

    def choose(self, choice: Scheme) -> None:
        self.choice = choice
        hints = self._app.styleHints()
        # Tells the platform too, where it listens (window frames on Windows and macOS).
        if choice is Scheme.SYSTEM:
            hints.unsetColorScheme()
        else:
            wanted = Qt.ColorScheme.Dark if choice is Scheme.DARK else Qt.ColorScheme.Light
            hints.setColorScheme(wanted)
        self.apply()

    def apply(self) -> None:
        scheme = self.effective()
        if scheme is self.applied:
            return
        self.applied = scheme
        if self._app.style().name().lower() != "fusion":
            self._app.setStyle("Fusion")
        palette = build_palette(scheme)
        self._app.setPalette(palette)
        # Tooltips keep a palette of their own, taken from the platform at start.
        QToolTip.setPalette(palette)

    def _on_system_scheme(self, _scheme: Qt.ColorScheme) -> None:
        if self.choice is Scheme.SYSTEM:
            self.apply()


def install_theme(app: QApplication, choice: str) -> ThemeFollower:
    """Show ``choice`` ("system", "light" or "dark") now and keep following it."""
    follower = app.findChild(ThemeFollower, "themeFollower")
    if follower is None:
        follower = ThemeFollower(app)
    try:
        scheme = Scheme(choice)
    except ValueError:
        scheme = Scheme.SYSTEM
    follower.choose(scheme)
    return follower
