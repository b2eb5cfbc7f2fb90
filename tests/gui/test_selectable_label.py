"""A value label measured by a plain twin: a selectable label's sizes, its text selectable."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel

from netdesk.ui.bidi import lines_in_ui_direction
from netdesk.ui.selectable_label import SelectableLabel

TEXTS = [
    "LEAP 2026 (17/10/2026)\nلقاء خريجي هندسة القاهرة 2026 (11/10/2026)\nDevFest Cairo 2026",
    "Met at the Dubai fintech meetup; introduced me to two people at Careem and Talabat.",
    "مهندسة برمجيات في القاهرة، تعمل على أنظمة الدفع وتحب التصوير",
    "",
]
WIDTHS = (0, 90, 160, 240, 400, 2000)


def _labels(qtbot, text: str, right_to_left: bool) -> tuple[SelectableLabel, QLabel]:
    ours, qts = SelectableLabel(), QLabel()
    qts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    shown = lines_in_ui_direction(text.split("\n"), right_to_left) if text else ""
    for label in (ours, qts):
        qtbot.addWidget(label)
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignTop)
        if right_to_left:
            label.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        label.setText(shown)
    return ours, qts


@pytest.mark.parametrize("right_to_left", [False, True])
@pytest.mark.parametrize("text", TEXTS)
def test_measured_as_a_selectable_label_would_be(qtbot, text: str, right_to_left: bool) -> None:
    ours, qts = _labels(qtbot, text, right_to_left)
    assert [ours.heightForWidth(w) for w in WIDTHS] == [qts.heightForWidth(w) for w in WIDTHS]
    assert ours.minimumSizeHint() == qts.minimumSizeHint()
    assert ours.hasHeightForWidth() == qts.hasHeightForWidth()


def test_a_new_text_a_new_font_and_new_margins_measure_anew(qtbot) -> None:
    ours, qts = _labels(qtbot, TEXTS[1], False)
    before = ours.heightForWidth(160)
    for label in (ours, qts):
        label.setText(TEXTS[1] * 3)
    assert ours.heightForWidth(160) == qts.heightForWidth(160) > before
    bigger = QFont(ours.font())
    bigger.setPointSizeF(bigger.pointSizeF() * 2)
    for label in (ours, qts):
        label.setFont(bigger)
    assert ours.heightForWidth(160) == qts.heightForWidth(160)
    assert ours.minimumSizeHint() == qts.minimumSizeHint()
    for label in (ours, qts):
        label.setContentsMargins(0, 10, 0, 10)
    assert ours.heightForWidth(160) == qts.heightForWidth(160)


def test_the_mouse_selects_its_text(qtbot) -> None:
    label, _qts = _labels(qtbot, TEXTS[1], False)
    label.resize(200, label.heightForWidth(200))
    label.show()
    qtbot.wait_exposed(label)
    start, end = QPoint(1, 5), QPoint(label.width() - 2, 5)
    qtbot.mousePress(label, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(label, end)
    qtbot.mouseRelease(label, Qt.MouseButton.LeftButton, pos=end)
    assert label.selectedText().startswith("Met at")


def test_an_empty_label_follows_its_font_too(qtbot) -> None:
    ours, qts = _labels(qtbot, "", False)
    ours.sizeHint()
    bigger = QFont(ours.font())
    bigger.setPointSizeF(bigger.pointSizeF() * 3)
    for label in (ours, qts):
        label.setFont(bigger)
    assert ours.sizeHint() == qts.sizeHint() and ours.minimumSizeHint() == qts.minimumSizeHint()
