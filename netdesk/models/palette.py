"""The app's two palettes, light and dark, and the named colours Qt's palette has no role for.

The one place a colour is chosen. Widgets take their colours from the application palette
(``netdesk.ui.theme`` installs one of these); models and painters that need a colour the
palette has no role for (overdue, favourite, a badge) ask :func:`current_colors`, which
follows whichever palette is installed. Every text colour is chosen to reach 4.5:1 against
the backgrounds it is drawn on (WCAG AA), held by ``tests/unit/models/test_palette.py``.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from PySide6.QtGui import QColor, QGuiApplication, QPalette

Role = QPalette.ColorRole
Group = QPalette.ColorGroup


class Scheme(enum.StrEnum):
    """The user's choice in Preferences; SYSTEM follows the desktop's light or dark."""

    SYSTEM = "system"
    LIGHT = "light"
    DARK = "dark"


@dataclass(frozen=True, slots=True)
class ThemeColors:
    """Colours with a meaning of their own, for each scheme."""

    link: str
    overdue: str
    favourite: str
    error: str
    badge: str  # a count's rounded background
    badge_text: str


# Each role of the active and inactive groups; the disabled group is derived below.
_LIGHT_ROLES: dict[Role, str] = {
    Role.Window: "#f5f6f8",
    Role.WindowText: "#1f2328",
    Role.Base: "#ffffff",
    Role.AlternateBase: "#f0f2f5",
    Role.Text: "#1f2328",
    Role.Button: "#eceef1",
    Role.ButtonText: "#1f2328",
    Role.BrightText: "#ffffff",
    Role.Light: "#ffffff",
    Role.Midlight: "#e3e6ea",
    Role.Mid: "#c2c7ce",
    Role.Dark: "#8b929c",
    Role.Shadow: "#50565e",
    # Fusion draws the focus ring in this blue made darker, unless that is still bright
    # (a value over 160 of 255), when it turns it into a pale blue that barely shows on the
    # light window: so a blue no brighter than 200.
    Role.Highlight: "#0b55c4",
    Role.HighlightedText: "#ffffff",
    Role.Accent: "#0b55c4",
    Role.Link: "#0b57d0",
    Role.LinkVisited: "#6f3da8",
    Role.ToolTipBase: "#2b2f35",
    Role.ToolTipText: "#f5f6f8",
    Role.PlaceholderText: "#5d646e",
}

_DARK_ROLES: dict[Role, str] = {
    # Fields and lists lighter than the window: Fusion outlines them in the window's colour
    # made darker, which on a dark window hardly shows, so their fill marks them out.
    Role.Window: "#1e1f22",
    Role.WindowText: "#e4e6e9",
    Role.Base: "#2a2c30",
    Role.AlternateBase: "#303236",
    Role.Text: "#e4e6e9",
    Role.Button: "#35383d",
    Role.ButtonText: "#e4e6e9",
    Role.BrightText: "#ffffff",
    Role.Light: "#4a4d54",
    Role.Midlight: "#3a3d43",
    Role.Mid: "#55595f",
    Role.Dark: "#111214",
    Role.Shadow: "#000000",
    Role.Highlight: "#2f6bd0",
    Role.HighlightedText: "#ffffff",
    Role.Accent: "#2f6bd0",
    Role.Link: "#8ab4f8",
    Role.LinkVisited: "#c8a6f5",
    Role.ToolTipBase: "#e4e6e9",
    Role.ToolTipText: "#1e1f22",
    Role.PlaceholderText: "#9aa0a8",
}

# Disabled text is exempt from the contrast rule (WCAG 1.4.3) but must still read as text.
_LIGHT_DISABLED = {Role.WindowText: "#8b929c", Role.Text: "#8b929c", Role.ButtonText: "#8b929c"}
_DARK_DISABLED = {Role.WindowText: "#6f747c", Role.Text: "#6f747c", Role.ButtonText: "#6f747c"}

LIGHT_COLORS = ThemeColors(
    link="#0b57d0",
    overdue="#b3261e",
    favourite="#8a5300",
    error="#b3261e",
    badge="#e3e6ea",
    badge_text="#1f2328",
)
DARK_COLORS = ThemeColors(
    link="#8ab4f8",
    overdue="#f4a19b",
    favourite="#f2c46d",
    error="#f4a19b",
    badge="#3a3d43",
    badge_text="#e4e6e9",
)

# The pairs drawn on screen: (text role, background role). The contrast test walks these.
TEXT_PAIRS: tuple[tuple[Role, Role], ...] = (
    (Role.WindowText, Role.Window),
    (Role.WindowText, Role.AlternateBase),
    (Role.Text, Role.Base),
    (Role.Text, Role.AlternateBase),
    (Role.ButtonText, Role.Button),
    (Role.HighlightedText, Role.Highlight),
    (Role.ToolTipText, Role.ToolTipBase),
    (Role.PlaceholderText, Role.Base),
    (Role.PlaceholderText, Role.Window),
    (Role.PlaceholderText, Role.AlternateBase),
    (Role.Link, Role.Base),
    (Role.Link, Role.Window),
    (Role.LinkVisited, Role.Base),
    (Role.BrightText, Role.Highlight),
)


def is_dark(scheme: Scheme) -> bool:
    return scheme is Scheme.DARK


def build_palette(scheme: Scheme) -> QPalette:
    """The QPalette of ``scheme`` (LIGHT or DARK; SYSTEM is resolved by the caller)."""
    roles, disabled = (
        (_DARK_ROLES, _DARK_DISABLED) if is_dark(scheme) else (_LIGHT_ROLES, _LIGHT_DISABLED)
    )
    palette = QPalette()
    for role, value in roles.items():
        palette.setColor(role, QColor(value))
    for role, value in disabled.items():
        palette.setColor(Group.Disabled, role, QColor(value))
    # A disabled selection keeps its colour muted, not the active blue.
    palette.setColor(Group.Disabled, Role.Highlight, QColor(roles[Role.Mid]))
    return palette


def colors_for(palette: QPalette) -> ThemeColors:
    """The named colours that go with ``palette``: the dark set on a dark window."""
    return DARK_COLORS if palette.color(Role.Window).lightness() < 128 else LIGHT_COLORS


def current_colors() -> ThemeColors:
    """The named colours of the palette the application shows now."""
    return colors_for(QGuiApplication.palette())


def luminance(color: QColor) -> float:
    """Relative luminance (WCAG 2.x), 0 for black to 1 for white."""

    def linear(channel: float) -> float:
        return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * linear(color.redF())
        + 0.7152 * linear(color.greenF())
        + 0.0722 * linear(color.blueF())
    )


def contrast(first: QColor, second: QColor) -> float:
    """The WCAG contrast ratio of two opaque colours, 1 to 21."""
    lighter, darker = sorted((luminance(first), luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)
