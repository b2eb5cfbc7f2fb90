"""Help → Third-Party Licences: what NetDesk ships and under which licence."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from netdesk.licenses import third_party_text
from netdesk.ui.links import open_link


class LicensesDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Third-Party Licences"))
        self.browser = QTextBrowser()
        # Its links open in the browser, through the one guarded door.
        self.browser.setOpenExternalLinks(False)
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(open_link)
        try:
            self.browser.setMarkdown(third_party_text())
        except OSError as error:
            self.browser.setPlainText(
                self.tr("The licence notice is missing from this installation: %1").replace(
                    "%1", error.strerror or str(error)
                )
            )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(640, 560)
