"""Locate files under the application's ``resources/`` directory."""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    """The ``resources`` directory, in a PyInstaller bundle or in a source checkout.

    Returns:
        The first candidate that exists; the checkout location when none does, so the
        caller's error message names a meaningful path.
    """
    candidates: list[Path] = []
    bundle = getattr(sys, "_MEIPASS", None)
    if isinstance(bundle, str):
        # PyInstaller unpacks data files under sys._MEIPASS; the spec keeps the
        # ``resources/`` layout of the checkout.
        candidates.append(Path(bundle) / "resources")
    candidates.append(Path(__file__).resolve().parents[2] / "resources")
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    return candidates[-1]


def resource_path(*parts: str) -> Path:
    """Path of a file under ``resources/``, e.g. ``resource_path("fonts", "OFL.txt")``."""
    return resources_dir().joinpath(*parts)
