"""The contact card's header: a large face, the name, title and organisation, and the
quick actions (email, call, and the window's own actions for the shown contact)."""

from __future__ import annotations

import html
from urllib.parse import quote

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction, QFont, QPixmap
from PySide6.QtWidgets import (
    QBoxLayout,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from netdesk.domain.contact_data import ContactData
from netdesk.domain.initials import initials
from netdesk.domain.text import without_bidi_controls
from netdesk.models.faces import face_color, initials_pixmap, photo_pixmap
from netdesk.ui.bidi import isolate
from netdesk.ui.icons import Icon, icon
from netdesk.ui.links import open_link
from netdesk.ui.selectable_label import SelectableLabel
from netdesk.ui.theme import SPACE_L, SPACE_S, SPACE_XS

FACE = 72
BUTTON_ICON = QSize(20, 20)


def face_pixmap(
    data: ContactData, contact_id: int, size: int, ratio: float, font: QFont
) -> QPixmap:
    """The contact's photo cropped to a disc, or their initials on their colour."""
    if data.photo:
        photo = photo_pixmap(data.photo, size, ratio)
        if photo is not None:
            return photo
    text = initials(data.given_name, data.family_name, data.best_name())
    return initials_pixmap(text, face_color(contact_id), size, ratio, font)


def ui_aligned(label: QLabel) -> None:
    """Align ``label`` to the interface's leading edge whatever the text's script (the
    text, isolated, keeps its own direction inside): a label left to itself aligns an
    isolated text by the direction it finds, none, so always to the left."""
    side = Qt.AlignmentFlag.AlignRight if label.isRightToLeft() else Qt.AlignmentFlag.AlignLeft
    label.setAlignment(side | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter)


def _tool_button(parent: QWidget) -> QToolButton:
    button = QToolButton(parent)
    button.setIconSize(BUTTON_ICON)
    button.setAutoRaise(True)
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
    return button


class CardHeader(QWidget):
    """Signals:
    edit_requested: the Edit button was pressed.
    organization_requested: the organisation's name was clicked.
    """

    edit_requested = Signal()
    organization_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.face = QLabel()
        self.face.setFixedSize(FACE, FACE)
        self.face.setAccessibleName(self.tr("Photo"))
        self.name = SelectableLabel()
        font = QFont(self.name.font())
        font.setPointSizeF(font.pointSizeF() * 1.45)
        font.setBold(True)
        self.name.setFont(font)
        self.role = QLabel()
        self.organization = QLabel()
        self.organization.setTextFormat(Qt.TextFormat.RichText)
        self.organization.linkActivated.connect(lambda _h: self.organization_requested.emit())
        for label in (self.name, self.role, self.organization):
            label.setWordWrap(True)
        self.role.setTextFormat(Qt.TextFormat.PlainText)
        names = QVBoxLayout()
        names.setSpacing(SPACE_XS)
        names.addWidget(self.name)
        names.addWidget(self.role)
        names.addWidget(self.organization)
        names.addStretch(1)
        top = QHBoxLayout()
        top.setSpacing(SPACE_L)
        top.addWidget(self.face, 0, Qt.AlignmentFlag.AlignTop)
        top.addLayout(names, 1)
        self.buttons = QHBoxLayout()
        self.buttons.setSpacing(SPACE_XS)
        self.email = self._link_button(Icon.EMAIL, self.tr("Send Email"))
        self.call = self._link_button(Icon.CALL, self.tr("Call"))
        self.edit = _tool_button(self)
        self.edit.setIcon(icon(Icon.EDIT))
        self.edit.setText(self.tr("Edit…"))
        self.edit.setToolTip(self.tr("Edit…"))
        self.edit.clicked.connect(self.edit_requested)
        self.buttons.addWidget(self.edit)
        self.buttons.addStretch(1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(SPACE_L, SPACE_L, SPACE_L, SPACE_S)
        outer.addLayout(top)
        outer.addLayout(self.buttons)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self._mailto = ""
        self._tel = ""

    def _link_button(self, which: Icon, text: str) -> QToolButton:
        button = _tool_button(self)
        button.setIcon(icon(which))
        button.setText(text)
        button.setToolTip(text)
        button.clicked.connect(
            lambda: open_link(self._mailto if which is Icon.EMAIL else self._tel)
        )
        self.buttons.addWidget(button)
        return button

    def set_actions(self, actions: list[QAction]) -> None:
        """Buttons for the window's actions on the shown contact, before Edit."""
        layout: QBoxLayout = self.buttons
        at = layout.indexOf(self.edit)
        for action in actions:
            button = _tool_button(self)
            button.setDefaultAction(action)
            if action.menu() is not None:
                button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
            layout.insertWidget(at, button)
            at += 1

    def show_contact(self, data: ContactData | None, contact_id: int) -> None:
        self.edit.setEnabled(data is not None)
        if data is None:
            self.name.setText(self.tr("No contact selected"))
            self.role.clear()
            self.organization.clear()
            self.face.clear()
            self.face.setVisible(False)
            for button in (self.email, self.call):
                button.setEnabled(False)
            return
        for label in (self.name, self.role, self.organization):
            ui_aligned(label)
        self.name.setText(isolate(data.best_name()))
        # Title and department on one line: each isolated, so neither reorders the other.
        role = " · ".join(isolate(p) for p in (data.job_title, data.department) if p)
        self.role.setText(isolate(role) if role else "")
        self.role.setVisible(bool(role))
        # The organisation lists everyone there when clicked.
        org = html.escape(isolate(data.organization))
        self.organization.setText(f'<a href="org">{org}</a>' if data.organization else "")
        self.organization.setVisible(bool(data.organization))
        self.face.setVisible(True)
        ratio = self.devicePixelRatioF()
        self.face.setPixmap(face_pixmap(data, contact_id, FACE, ratio, self.font()))
        email = data.emails[0].value.strip() if data.emails else ""
        phone = data.phones[0].value.strip() if data.phones else ""
        # Percent-encoded: "a@b.com?attach=/etc/passwd" stays one odd address.
        self._mailto = f"mailto:{quote(without_bidi_controls(email), safe='@')}" if email else ""
        self._tel = f"tel:{quote(without_bidi_controls(phone), safe='+-().')}" if phone else ""
        self.email.setEnabled(bool(email))
        self.call.setEnabled(bool(phone))
