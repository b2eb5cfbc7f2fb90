"""The contact a business card proposes: every field editable, beside the part of the card
it was read from."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from netdesk.domain.contact_data import ContactData, Labeled
from netdesk.services.cards import CardScan, card_image, region_png

_THUMB_W, _THUMB_H = 260, 44


class CardProposalDialog(QDialog):
    """Check and correct what was read from a card before it is added."""

    def __init__(self, scan: CardScan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New Contact from Business Card"))
        self._scan = scan
        c = scan.contact
        self.display = QLineEdit(c.display_name or c.best_name())
        self.second = QLineEdit(c.second_name)
        self.given = QLineEdit(c.given_name)
        self.family = QLineEdit(c.family_name)
        self.title = QLineEdit(c.job_title)
        self.organization = QLineEdit(c.organization)
        self.lists: dict[str, list[tuple[QLineEdit, str]]] = {}
        self.notes = QPlainTextEdit(c.notes)
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(70)
        self.keep_image = QCheckBox(self.tr("Keep the card's picture with the contact"))
        self.keep_image.setChecked(bool(scan.cards) and not scan.from_code)
        self.keep_image.setVisible(bool(scan.cards) and not scan.from_code)
        form = QFormLayout()
        self._row(form, self.tr("&Name:"), self.display, "display_name")
        self._row(form, self.tr("Name in the other &script:"), self.second, "second_name")
        self._row(form, self.tr("&Given name:"), self.given, "display_name", thumb=False)
        self._row(form, self.tr("&Family name:"), self.family, "display_name", thumb=False)
        self._row(form, self.tr("&Title:"), self.title, "job_title")
        self._row(form, self.tr("&Organisation:"), self.organization, "organization")
        for key, label in (
            ("emails", self.tr("Email:")),
            ("phones", self.tr("Phone:")),
            ("urls", self.tr("Link:")),
            ("addresses", self.tr("Address:")),
        ):
            self._list_rows(form, key, label, getattr(c, key))
        notes = QLabel(self.tr("Other text:"))
        notes.setBuddy(self.notes)
        form.addRow(notes, self.notes)
        self._layout(form, scan)

    def _layout(self, form: QFormLayout, scan: CardScan) -> None:
        inner = QWidget()
        inner.setLayout(form)
        area = QScrollArea()
        area.setWidgetResizable(True)
        area.setWidget(inner)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Add Contact"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if scan.from_code:
            layout.addWidget(QLabel(self.tr("Read from the card's QR code.")))
        layout.addWidget(area, 1)
        layout.addWidget(self.keep_image)
        layout.addWidget(buttons)
        self.resize(720, 620)
        self.display.setFocus(Qt.FocusReason.OtherFocusReason)

    def _thumb(self, key: str) -> QLabel:
        """The card region a field came from (empty when it came from nowhere)."""
        label = QLabel()
        label.setFixedSize(_THUMB_W, _THUMB_H)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        region = self._scan.reading.regions.get(key)
        png = region_png(self._scan, region) if region is not None else None
        if png:
            pixmap = QPixmap()
            pixmap.loadFromData(png)
            label.setPixmap(
                pixmap.scaled(
                    _THUMB_W,
                    _THUMB_H,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
            label.setToolTip(self.tr("Where this was read on the card"))
            label.setFrameShape(QLabel.Shape.StyledPanel)
        return label

    def _row(
        self, form: QFormLayout, text: str, field: QLineEdit, key: str, thumb: bool = True
    ) -> None:
        row = QHBoxLayout()
        row.addWidget(field, 1)
        row.addWidget(self._thumb(key) if thumb else _spacer())
        label = QLabel(text)
        label.setBuddy(field)  # the label's Alt+letter goes to the field
        form.addRow(label, row)

    def _list_rows(self, form: QFormLayout, key: str, text: str, items: list[Labeled]) -> None:
        self.lists[key] = []
        for i, item in enumerate(items):
            field = QLineEdit(item.value)
            field.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
            self.lists[key].append((field, item.label))
            self._row(form, text, field, f"{key}.{i}")

    def contact(self) -> ContactData:
        """The contact as corrected."""
        data = self._scan.contact.clone()
        data.display_name = self.display.text().strip()
        data.second_name = self.second.text().strip()
        data.given_name = self.given.text().strip()
        data.family_name = self.family.text().strip()
        data.job_title = self.title.text().strip()
        data.organization = self.organization.text().strip()
        data.notes = self.notes.toPlainText().strip()
        for key, rows in self.lists.items():
            values = [Labeled(f.text().strip(), label) for f, label in rows if f.text().strip()]
            setattr(data, key, values)
        data.card_image = card_image(self._scan) if self.keep_image.isChecked() else None
        return data


def _spacer() -> QWidget:
    spacer = QWidget()
    spacer.setFixedSize(_THUMB_W, 1)
    return spacer
