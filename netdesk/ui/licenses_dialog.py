"""Help → Third-Party Licences: what NetDesk ships and under which licence."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from netdesk.licenses import third_party_text
from netdesk.translation import fill
from netdesk.ui.links import open_link
from netdesk.ui.sizing import fit_to_content


class LicensesDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Third-Party Licences"))
        self.browser = QTextBrowser()
        self.browser.setAccessibleName(self.windowTitle())
        # Its links open in the browser, through the one guarded door.
        self.browser.setOpenExternalLinks(False)
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(open_link)
        try:
            self.browser.setMarkdown(third_party_text())
        except OSError as error:
            self.browser.setPlainText(
                fill(
                    self.tr("The licence notice is missing from this installation: %1"),
                    error.strerror or str(error),
                )
            )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        fit_to_content(self, QSize(640, 560))
