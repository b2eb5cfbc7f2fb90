"""File → Capture Conversations… and File → Remove Captured Conversations…

The flows (``ui.capture_flow``) load when first used.
"""

from __future__ import annotations

from PySide6.QtGui import QAction

from netdesk.translation import Context
from netdesk.ui.actions import ActionKey, add_action, make_action
from netdesk.ui.window_parts import WindowParts


class CaptureActions(Context):
    """The translation context of this module: lupdate reads ``CaptureActions.tr(...)``."""


@add_action(ActionKey.CAPTURE)
def _capture(parts: WindowParts) -> QAction:
    def capture() -> None:
        from netdesk.ui.capture_flow import run_capture

        run_capture(parts)

    text = CaptureActions.tr("&Capture Conversations…")
    return make_action(parts, text, capture, "Ctrl+Shift+I")


@add_action(ActionKey.CAPTURE_CALENDARS)
def _capture_calendars(parts: WindowParts) -> QAction:
    def capture() -> None:
        from netdesk.ui.capture_flow import capture_account_calendars

        capture_account_calendars(parts)

    text = CaptureActions.tr("Capture from Calendar &Accounts…")
    return make_action(parts, text, capture)


@add_action(ActionKey.REMOVE_CAPTURED)
def _remove_captured(parts: WindowParts) -> QAction:
    def remove() -> None:
        from netdesk.ui.capture_flow import remove_captured

        remove_captured(parts)

    text = CaptureActions.tr("Remove Captured Con&versations…")
    return make_action(parts, text, remove)
