"""Edit → My Card…: the contact marked as me, as a QR code to show, save or print."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
)

from netdesk.translation import fill
from netdesk.ui.bidi import isolate

if TYPE_CHECKING:
    from netdesk.domain.contact_data import ContactData
    from netdesk.ui.window_parts import WindowParts

# A phone held at arm's length resolves a module of about 1.5 mm: 6 pixels on a
# common screen, so a card's code (version 8-12) shows some 10 cm wide.
QR_MODULE_PX = 6


class MyCardDialog(QDialog):
    """Show my card as a QR code (vCard 3.0); save it as PNG or SVG; print a sheet."""

    def __init__(self, parts: WindowParts) -> None:
        super().__init__(parts.widget)
        self.parts = parts
        self.setWindowTitle(self.tr("My Card"))
        self.who = QLabel()
        self.who.setWordWrap(True)
        self.qr = QLabel()
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.use_selected = QPushButton(self.tr("&Use the Selected Contact as Me"))
        self.use_selected.clicked.connect(self._on_use_selected)
        self.save_png = QPushButton(self.tr("Save as &PNG…"))
        self.save_png.clicked.connect(lambda: self._save_qr("png"))
        self.save_svg = QPushButton(self.tr("Save as &SVG…"))
        self.save_svg.clicked.connect(lambda: self._save_qr("svg"))
        self.language = QComboBox()
        self.language.addItem(self.tr("English"), "en")
        self.language.addItem(self.tr("Arabic"), "ar")
        self.language.addItem(self.tr("Bilingual, two-sided"), "bilingual")
        self.language.setCurrentIndex(2)
        self.paper = QComboBox()
        self.paper.addItem(self.tr("A4"), "a4")
        self.paper.addItem(self.tr("Letter"), "letter")
        self.print_sheet = QPushButton(self.tr("P&rint Cards…"))
        self.print_sheet.clicked.connect(self._on_print)
        self.pdf_sheet = QPushButton(self.tr("Save Cards as P&DF…"))
        self.pdf_sheet.clicked.connect(self._on_pdf)
        self._lay_out()
        self.refresh()

    def _lay_out(self) -> None:
        save = QHBoxLayout()
        save.addWidget(self.save_png)
        save.addWidget(self.save_svg)
        save.addStretch(1)
        save.addWidget(self.use_selected)
        sheet = QHBoxLayout()
        sheet.addWidget(QLabel(self.tr("Business cards, 10 a page:")))
        sheet.addWidget(self.language)
        sheet.addWidget(self.paper)
        sheet.addStretch(1)
        sheet.addWidget(self.print_sheet)
        sheet.addWidget(self.pdf_sheet)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.who)
        layout.addWidget(self.qr, 1)
        layout.addLayout(save)
        layout.addLayout(sheet)
        layout.addWidget(close)

    def me(self) -> ContactData | None:
        contacts = self.parts.context.contacts
        cid = contacts.owner()
        return contacts.get(cid) if cid is not None else None

    def refresh(self) -> None:
        from netdesk.io.cards.qr import card_vcard, qr_image

        me = self.me()
        has = me is not None
        for button in (self.save_png, self.save_svg, self.print_sheet, self.pdf_sheet):
            button.setEnabled(has)
        self.use_selected.setEnabled(self.parts.current_id() is not None)
        if me is None:
            self.who.setText(
                self.tr(
                    "No contact is marked as you yet. Select your own contact in the list "
                    "(or add it), then choose “Use the Selected Contact as Me”."
                )
            )
            self.qr.clear()
            return
        self.who.setText(
            fill(
                self.tr("%1 — scan the code with a phone's camera to add you."),
                isolate(me.best_name()),
            )
        )
        pixmap = QPixmap()
        pixmap.loadFromData(qr_image(card_vcard(me), "png", scale=QR_MODULE_PX))
        self.qr.setPixmap(pixmap)

    def _on_use_selected(self) -> None:
        cid = self.parts.current_id()
        if cid is not None:
            self.parts.context.contacts.set_owner(cid)
            self.refresh()

    def _save(self, data: bytes, title: str, name: str, filters: str) -> None:
        from netdesk.paths import write_output

        target = self.parts.dialogs.save_file(
            self, title, str(Path(self.parts.settings.last_directory) / name), filters
        )
        if not target:
            return
        try:
            write_output(Path(target), data, self.parts.context.data_dir)
        except OSError as error:
            self.parts.dialogs.warn(
                self,
                self.tr("Not Saved"),
                fill(
                    self.tr("%1 was not written: %2"), isolate(target), error.strerror or str(error)
                ),
            )
            return
        self.parts.settings.last_directory = str(Path(target).parent)
        self.parts.show_message(fill(self.tr("Saved %1"), isolate(Path(target).name)), 4000)

    def _save_qr(self, kind: str) -> None:
        from netdesk.io.cards.qr import card_vcard, qr_image

        me = self.me()
        if me is None:
            return
        data = qr_image(card_vcard(me), kind, scale=10)
        filters = self.tr("PNG image (*.png)") if kind == "png" else self.tr("SVG image (*.svg)")
        self._save(data, self.tr("Save My QR Code"), f"my-card.{kind}", filters)

    def _on_pdf(self) -> None:
        from netdesk.printing.card_sheet import card_sheet_pdf

        me = self.me()
        if me is None:
            return
        pdf, _pages = card_sheet_pdf(me, self.language.currentData(), self.paper.currentData())
        self._save(pdf, self.tr("Save Business Cards"), "my-cards.pdf", self.tr("PDF (*.pdf)"))

    def _on_print(self) -> None:
        from PySide6.QtGui import QPagedPaintDevice, QPageSize

        from netdesk.printing.card_sheet import PAPERS, render_card_sheet

        me = self.me()
        if me is None:
            return
        language, paper = self.language.currentData(), self.paper.currentData()

        def paint(device: object) -> None:
            assert isinstance(device, QPagedPaintDevice)
            device.setPageSize(QPageSize(PAPERS[paper]))
            render_card_sheet(device, me, language)

        self.parts.dialogs.print_preview(self, paint)
