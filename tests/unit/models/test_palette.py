"""Both palettes read well: every text role on its background at 4.5:1 or more (WCAG AA)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette

from netdesk.models.palette import (
    DARK_COLORS,
    LIGHT_COLORS,
    TEXT_PAIRS,
    Scheme,
    build_palette,
    colors_for,
    contrast,
)

Role = QPalette.ColorRole
SCHEMES = [Scheme.LIGHT, Scheme.DARK]
BACKGROUNDS = (Role.Window, Role.Base, Role.AlternateBase)


def test_contrast_formula_matches_the_wcag_examples():
    assert contrast(QColor("#000000"), QColor("#ffffff")) == pytest.approx(21.0)
    assert contrast(QColor("#777777"), QColor("#ffffff")) == pytest.approx(4.48, abs=0.01)
    assert contrast(QColor("#ffffff"), QColor("#ffffff")) == pytest.approx(1.0)


@pytest.mark.parametrize("scheme", SCHEMES)
@pytest.mark.parametrize(("text", "background"), TEXT_PAIRS, ids=lambda r: r.name)
def test_every_text_role_reaches_aa_on_its_background(scheme, text, background):
    palette = build_palette(scheme)
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        ratio = contrast(palette.color(group, text), palette.color(group, background))
        assert ratio >= 4.5, f"{scheme} {text.name} on {background.name}: {ratio:.2f}"


@pytest.mark.parametrize("scheme", SCHEMES)
def test_named_colours_reach_aa_on_every_background(scheme):
    palette = build_palette(scheme)
    named = colors_for(palette)
    for name in ("link", "overdue", "favourite", "error"):
        for background in BACKGROUNDS:
            ratio = contrast(QColor(getattr(named, name)), palette.color(background))
            assert ratio >= 4.5, f"{scheme} {name} on {background.name}: {ratio:.2f}"
    assert contrast(QColor(named.badge_text), QColor(named.badge)) >= 4.5


@pytest.mark.parametrize("scheme", SCHEMES)
def test_the_focus_ring_stands_out_from_what_it_surrounds(scheme):
    # Fusion draws the focus frame around a control, on the window, in the highlight
    # colour: 3:1 is WCAG's rule for such marks (1.4.11). tests/gui/test_theme.py measures
    # the ring Fusion actually paints.
    palette = build_palette(scheme)
    assert contrast(palette.color(Role.Highlight), palette.color(Role.Window)) >= 3.0


def test_the_named_colours_follow_the_palette():
    assert colors_for(build_palette(Scheme.LIGHT)) is LIGHT_COLORS
    assert colors_for(build_palette(Scheme.DARK)) is DARK_COLORS


def test_the_two_palettes_are_light_and_dark():
    light, dark = build_palette(Scheme.LIGHT), build_palette(Scheme.DARK)
    assert light.color(Role.Window).lightness() > 200
    assert dark.color(Role.Window).lightness() < 60
