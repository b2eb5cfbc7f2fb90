"""Start-up work that waits for the first frame."""

from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QLabel

from netdesk.ui.first_paint import after_first_paint


class Label(QLabel):
    painted = 0

    def paintEvent(self, event: QPaintEvent) -> None:
        self.painted += 1
        super().paintEvent(event)


def test_runs_once_after_the_widget_has_painted(qtbot):
    label = Label("NetDesk")
    qtbot.addWidget(label)
    ran: list[int] = []
    after_first_paint(label, lambda: ran.append(label.painted))
    qtbot.wait(20)
    assert ran == []  # not shown, not painted: nothing yet
    label.show()
    qtbot.wait_until(lambda: len(ran) == 1)
    assert ran[0] >= 1  # after the paint, not before
    label.repaint()
    qtbot.wait(20)
    assert len(ran) == 1  # once
