"""The welcome page: every line visible, three ways in, and it fits a small window."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel, QPushButton

from netdesk.ui.empty_state import EmptyState


@pytest.mark.parametrize("width", [560, 900, 1400])
def test_every_label_gets_the_height_its_lines_need(qtbot, width):
    page = EmptyState()
    qtbot.addWidget(page)
    page.resize(width, 600)
    page.show()
    qtbot.wait_exposed(page)
    for label in page.findChildren(QLabel):
        assert label.width() <= width
        if label.wordWrap():
            assert label.height() >= label.heightForWidth(label.width())


def test_says_what_netdesk_does_and_offers_three_ways_in(qtbot):
    page = EmptyState()
    qtbot.addWidget(page)
    (paragraph,) = [label for label in page.findChildren(QLabel) if len(label.text()) > 60]
    assert len(paragraph.text().splitlines()) == 2
    buttons = {b.text(): b for b in page.findChildren(QPushButton)}
    assert list(buttons) == ["Import Contacts…", "Add a Contact…", "Explore a Sample Network"]
    with qtbot.wait_signal(page.sample_requested):
        buttons["Explore a Sample Network"].click()
    with qtbot.wait_signal(page.import_requested):
        buttons["Import Contacts…"].click()
    with qtbot.wait_signal(page.add_requested):
        buttons["Add a Contact…"].click()


def test_fits_a_small_window(qtbot):
    page = EmptyState()
    qtbot.addWidget(page)
    # The text may wrap far narrower than its widest line; the buttons' row sets the minimum.
    assert page.minimumSizeHint().width() < 640
    text = max(page.findChildren(QLabel), key=lambda label: len(label.text()))
    assert text.minimumSizeHint().width() < text.maximumWidth() // 2
