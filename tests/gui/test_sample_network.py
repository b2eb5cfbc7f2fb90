"""Explore a Sample Network from the welcome, then Leave Sample: the real start-up loop."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QPushButton

from netdesk.app import build_parser, run_gui
from netdesk.services.sample_network import sample_folder
from netdesk.ui.main_window import MainWindow

Step = Callable[[MainWindow], bool]


def drive(app: QApplication, steps: list[Step], problems: list[str]) -> list[QTimer]:
    """Run each step on the shown window once it returns True; failures go to ``problems``."""
    timer = QTimer()

    def tick() -> None:
        shown = [w for w in app.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        if not steps or not shown:
            return
        try:
            if steps[0](shown[0]):
                steps.pop(0)
        except AssertionError as error:
            problems.append(str(error) or repr(error))
            steps.clear()
            shown[0].close()

    timer.timeout.connect(tick)
    timer.start(50)

    def give_up() -> None:
        problems.append("timed out")
        app.closeAllWindows()

    deadline = QTimer()
    deadline.setSingleShot(True)
    deadline.timeout.connect(give_up)
    deadline.start(30_000)
    return [timer, deadline]  # kept alive by the caller, stopped when the test ends


def click(window: MainWindow, name: str) -> None:
    button = window.findChild(QPushButton, name)
    assert button is not None and button.isVisible(), name
    button.click()


def test_explore_the_sample_then_leave_it(qapp, tmp_path, restore_theme):
    data = tmp_path / "data"
    seen: dict[str, object] = {}

    def own_and_empty(window: MainWindow) -> bool:
        assert window.showing_welcome()
        seen["own_title"] = window.windowTitle()
        click(window, "exploreSample")
        return True

    def in_the_sample(window: MainWindow) -> bool:
        if window.showing_welcome() or not window.contacts.rowCount():
            return False
        assert "Sample" in window.windowTitle()
        leave = window.findChild(QPushButton, "leaveSample")
        assert leave is not None and leave.isVisible()
        assert sample_folder(data).is_dir()
        seen["sample_rows"] = window.contacts.rowCount()
        click(window, "leaveSample")
        return True

    def back_home(window: MainWindow) -> bool:
        assert window.windowTitle() == seen["own_title"]
        assert window.showing_welcome()
        assert window.findChild(QPushButton, "leaveSample") is None
        assert not sample_folder(data).exists()
        window.close()
        return True

    args = build_parser(commands=False).parse_args(["--data-dir", str(data)])
    args.open_files = []
    problems: list[str] = []
    steps: list[Step] = [own_and_empty, in_the_sample, back_home]
    timers = drive(qapp, steps, problems)
    try:
        assert run_gui(args) == 0
    finally:
        for timer in timers:
            timer.stop()
    assert problems == []
    assert steps == []
    assert seen["sample_rows"]
    assert not sample_folder(data).exists()


def test_a_sample_that_cannot_be_made_says_so_and_keeps_the_users_data(qapp, tmp_path, monkeypatch):
    import netdesk.sample
    from netdesk.ui.dialogs import Dialogs

    def full_disk(*_args: object, **_kwargs: object) -> list[int]:
        raise OSError(28, "No space left on device")

    warnings: list[str] = []
    monkeypatch.setattr(netdesk.sample, "generate", full_disk)
    monkeypatch.setattr(Dialogs, "warn", lambda self, parent, title, text: warnings.append(text))
    data = tmp_path / "data"
    opened: list[str] = []

    def explore(window: MainWindow) -> bool:
        opened.append(window.windowTitle())
        click(window, "exploreSample")
        return True

    def back_home(window: MainWindow) -> bool:
        opened.append(window.windowTitle())
        assert window.showing_welcome()
        window.close()
        return True

    args = build_parser(commands=False).parse_args(["--data-dir", str(data)])
    args.open_files = []
    problems: list[str] = []
    steps: list[Step] = [explore, back_home]
    timers = drive(qapp, steps, problems)
    try:
        assert run_gui(args) == 0
    finally:
        for timer in timers:
            timer.stop()
    assert problems == []
    assert steps == []
    assert opened == ["NetDesk", "NetDesk"]
    assert len(warnings) == 1 and "No space left" in warnings[0]
    assert not sample_folder(data).exists()


def test_leaving_a_sample_the_user_changed_asks_first(qapp, tmp_path, monkeypatch, restore_theme):
    from netdesk.domain.contact_data import ContactData
    from netdesk.ui.dialogs import Dialogs

    answers = [False, True]
    asked: list[str] = []

    def confirm(self: Dialogs, parent: object, title: str, text: str, action: str) -> bool:
        asked.append(text)
        return answers.pop(0)

    monkeypatch.setattr(Dialogs, "confirm", confirm)
    data = tmp_path / "data"
    seen: list[str] = []

    def explore(window: MainWindow) -> bool:
        click(window, "exploreSample")
        return True

    def change_the_sample_then_try_to_leave(window: MainWindow) -> bool:
        if window.showing_welcome():
            return False
        window.context.contacts.add(ContactData(given_name="Mine", family_name="Too"))
        click(window, "leaveSample")  # answered No: the sample stays
        seen.append(window.windowTitle())
        window.close()  # quitting asks too; answered Yes, NetDesk quits without the sample
        return True

    args = build_parser(commands=False).parse_args(["--data-dir", str(data)])
    args.open_files = []
    problems: list[str] = []
    steps: list[Step] = [explore, change_the_sample_then_try_to_leave]
    timers = drive(qapp, steps, problems)
    try:
        assert run_gui(args) == 0
    finally:
        for timer in timers:
            timer.stop()
    assert problems == []
    assert steps == []
    assert len(asked) == 2 and "removed" in asked[0]
    assert "Sample" in seen[0]
    assert not sample_folder(data).exists()
