"""The licences of the third-party software shipped with NetDesk, for Help → About."""

from __future__ import annotations

from netdesk.resources import resource_path

THIRD_PARTY_FILE = ("licenses", "THIRD-PARTY.md")


def third_party_text() -> str:
    """The third-party notice (Markdown) shipped in ``resources/licenses``.

    Raises:
        OSError: the file is missing (a broken installation).
    """
    return resource_path(*THIRD_PARTY_FILE).read_text(encoding="utf-8")
