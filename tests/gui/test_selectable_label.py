"""A value label is measured without a text document, yet the mouse can select its text."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QEnterEvent
from PySide6.QtWidgets import QApplication

from netdesk.ui.bidi import lines_in_ui_direction
from netdesk.ui.selectable_label import SelectableLabel

_SELECTABLE = Qt.TextInteractionFlag.TextSelectableByMouse

TEXTS = [
    "LEAP 2026 (17/10/2026)\nلقاء خريجي هندسة القاهرة 2026 (11/10/2026)\nDevFest Cairo 2026",
    "Met at the Dubai fintech meetup; introduced me to two people at Careem and Talabat.",
    "مهندسة برمجيات في القاهرة، تعمل على أنظمة الدفع وتحب التصوير",
]


def _label(qtbot, text: str, *, right_to_left: bool = False) -> SelectableLabel:
    label = SelectableLabel()
    qtbot.addWidget(label)
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignTop)
    if right_to_left:
        label.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    label.set_value(lines_in_ui_direction(text.split("\n"), right_to_left))
    return label


def _enter(label: SelectableLabel) -> None:
    where = QPointF(2, 2)
    QApplication.sendEvent(label, QEnterEvent(where, where, QPointF(label.mapToGlobal(where))))


def test_plain_until_the_mouse_comes_then_it_selects(qtbot) -> None:
    label = _label(qtbot, TEXTS[1])
    label.resize(200, label.heightForWidth(200))
    label.show()
    qtbot.wait_exposed(label)
    assert label.textInteractionFlags() == Qt.TextInteractionFlag.NoTextInteraction
    _enter(label)
    assert label.textInteractionFlags() & _SELECTABLE
    start, end = QPoint(1, 5), QPoint(label.width() - 2, 5)
    qtbot.mousePress(label, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(label, end)
    qtbot.mouseRelease(label, Qt.MouseButton.LeftButton, pos=end)
    assert label.selectedText().startswith("Met at")


def test_a_press_without_an_enter_makes_it_selectable(qtbot) -> None:
    label = _label(qtbot, TEXTS[1])
    label.show()
    qtbot.wait_exposed(label)
    qtbot.mousePress(label, Qt.MouseButton.LeftButton, pos=QPoint(1, 5))
    assert label.textInteractionFlags() & _SELECTABLE


def test_a_new_value_under_the_mouse_stays_selectable(qtbot) -> None:
    label = _label(qtbot, TEXTS[0])
    _enter(label)
    label.setAttribute(Qt.WidgetAttribute.WA_UnderMouse, True)
    label.set_value("another contact")
    assert label.textInteractionFlags() & _SELECTABLE
    label.setAttribute(Qt.WidgetAttribute.WA_UnderMouse, False)
    label.set_value("and another")
    assert label.textInteractionFlags() == Qt.TextInteractionFlag.NoTextInteraction


@pytest.mark.parametrize("right_to_left", [False, True])
@pytest.mark.parametrize("text", TEXTS)
def test_the_same_size_selectable_or_not(qtbot, text: str, right_to_left: bool) -> None:
    """Pointing at a value never moves the rows under it: both ways measure alike."""
    label = _label(qtbot, text, right_to_left=right_to_left)
    plain = [label.heightForWidth(w) for w in (90, 160, 240, 400)]
    plain_minimum = label.minimumSizeHint()
    _enter(label)
    label.setText(label.text() + " ")  # new hints, now measured in a text document
    label.setText(label.text()[:-1])
    assert [label.heightForWidth(w) for w in (90, 160, 240, 400)] == plain
    assert label.minimumSizeHint() == plain_minimum
