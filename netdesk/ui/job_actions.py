"""The job search's actions: the board, Today, Share Something and Reach Out."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from netdesk.translation import Context
from netdesk.ui.actions import ActionKey, add_action, make_action, on_current
from netdesk.ui.job_board import JobBoardWindow
from netdesk.ui.network_actions import bring_forward
from netdesk.ui.outreach import fill_outreach_menu
from netdesk.ui.window_parts import WindowParts


class JobActions(Context):
    """The translation context of this module: lupdate reads ``JobActions.tr(...)`` calls."""


def show_job_board(parts: WindowParts) -> JobBoardWindow:
    return bring_forward(parts.widget, JobBoardWindow, lambda: JobBoardWindow(parts))


def show_today(parts: WindowParts) -> None:
    from netdesk.ui.today import Today

    bring_forward(parts.widget, Today, lambda: Today(parts))


def share_something(parts: WindowParts) -> None:
    from netdesk.ui.share_dialog import ShareDialog

    ShareDialog(parts).open()


@add_action(ActionKey.JOBS)
def _jobs(parts: WindowParts) -> QAction:
    text = JobActions.tr("&Job Search…")
    return make_action(parts, text, lambda: show_job_board(parts), "Ctrl+J")


@add_action(ActionKey.TODAY)
def _today(parts: WindowParts) -> QAction:
    return make_action(parts, JobActions.tr("&Today…"), lambda: show_today(parts), "Ctrl+Shift+T")


@add_action(ActionKey.SHARE)
def _share(parts: WindowParts) -> QAction:
    text = JobActions.tr("&Share Something…")
    return make_action(parts, text, lambda: share_something(parts), "Ctrl+Shift+S")


@add_action(ActionKey.REACH_OUT, on_current)
def _reach_out(parts: WindowParts) -> QAction:
    menu = QMenu(JobActions.tr("Reach &Out"), parts.widget)
    fill_outreach_menu(menu, parts)
    return menu.menuAction()
