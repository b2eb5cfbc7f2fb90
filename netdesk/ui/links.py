"""The one door through which NetDesk hands a link to the desktop.

Links come from contact files and sync servers, so a click must not open whatever they
say: ``file:///usr/bin/xcalc`` would start a program. Every widget that shows links
turns off Qt's own opening (``setOpenExternalLinks(False)``, ``setOpenLinks(False)``)
and connects its ``linkActivated``/``anchorClicked`` here.
"""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

from netdesk.domain.links import OPENABLE_SCHEMES, openable


def open_link(url: str | QUrl) -> bool:
    """Open ``url`` in the desktop's browser, mail or phone program; False if refused.

    Only ``OPENABLE_SCHEMES`` pass, checked both on the text and on the ``QUrl`` Qt
    will actually open, so the two parsers cannot disagree in an attacker's favour.
    """
    text = (
        url.toString(QUrl.ComponentFormattingOption.FullyEncoded) if isinstance(url, QUrl) else url
    )
    if not openable(text):
        return False
    qurl = QUrl(text, QUrl.ParsingMode.StrictMode)
    if not qurl.isValid() or qurl.scheme().lower() not in OPENABLE_SCHEMES:
        return False
    return QDesktopServices.openUrl(qurl)
