"""Start-up work that waits for the first frame."""

from PySide6.QtWidgets import QLabel

from netdesk.ui.first_paint import after_first_paint


def test_runs_once_after_the_widget_has_painted(qtbot):
    label = QLabel("NetDesk")
    qtbot.addWidget(label)
    ran: list[bool] = []
    painted: list[bool] = []
    original = label.paintEvent

    def paint(event):
        painted.append(True)
        original(event)

    label.paintEvent = paint
    after_first_paint(label, lambda: ran.append(bool(painted)))
    qtbot.wait(20)
    assert ran == []  # not shown, not painted: nothing yet
    label.show()
    qtbot.wait_until(lambda: ran == [True])
    label.repaint()
    qtbot.wait(20)
    assert ran == [True]  # once
