"""The first-run page: every line visible, and it never dictates the pane's width."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel

from netdesk.ui.empty_state import EmptyState


@pytest.mark.parametrize("width", [260, 420, 900])
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


def test_minimum_width_leaves_the_splitter_free(qtbot):
    page = EmptyState()
    qtbot.addWidget(page)
    # The page sits in the same stack as the table; a wide minimum would override the widths
    # the user gave the panes whenever the network is empty at start. The text may wrap far
    # narrower than its widest line; only the buttons' row sets the minimum (whatever the
    # fonts of the machine make of it).
    from PySide6.QtWidgets import QLabel

    text = max(page.findChildren(QLabel), key=lambda label: len(label.text()))
    assert page.minimumSizeHint().width() < text.maximumWidth()
    assert text.minimumSizeHint().width() < text.maximumWidth() // 2
