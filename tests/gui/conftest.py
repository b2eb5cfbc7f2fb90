import gc
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent

from netdesk.services.context import AppContext, create_context
from netdesk.settings import Settings
from netdesk.ui.dialogs import Dialogs
from netdesk.ui.main_window import MainWindow


class FakeDialogs(Dialogs):
    """Stands in for netdesk.ui.dialogs.Dialogs: answers without showing anything."""

    def __init__(self) -> None:
        self.confirm_answer = True
        self.text_answer: str | None = None
        self.files: list[str] = []
        self.save_path = ""
        self.save_filter = ""
        self.choice: int | None = None
        self.offered: list[str] = []
        self.directory = ""
        self.messages: list[tuple[str, str]] = []

    def open_files(self, parent, title, directory, filters) -> list[str]:
        return list(self.files)

    def open_file(self, parent, title, directory, filters) -> str:
        return self.files[0] if self.files else ""

    def save_file(self, parent, title, path, filters) -> str:
        return self.save_path

    def save_file_filtered(self, parent, title, path, filters) -> tuple[str, str]:
        return self.save_path, self.save_filter

    def confirm(self, parent, title, text, action) -> bool:
        self.messages.append((title, text))
        return self.confirm_answer

    def choose(self, parent, title, text, options) -> int | None:
        self.messages.append((title, text))
        self.offered = list(options)
        return self.choice

    def open_directory(self, parent, title, directory) -> str:
        return self.directory

    def inform(self, parent, title, text) -> None:
        self.messages.append((title, text))

    def warn(self, parent, title, text) -> None:
        self.messages.append((title, text))

    def about(self, parent, title, html) -> None:
        self.messages.append((title, html))

    def ask_password(self, parent, title, label) -> str | None:
        self.messages.append((title, label))
        return self.text_answer

    def ask_text(self, parent, title, label) -> str | None:
        return self.text_answer

    def pick(self, parent, title, label, items) -> int | None:
        self.messages.append((title, label))
        self.offered = list(items)
        return self.choice

    def print_preview(self, parent, paint, options=()) -> bool:
        return False


@pytest.fixture
def make_window(qtbot, tmp_path: Path) -> Iterator[Callable[..., MainWindow]]:
    opened: list[tuple[MainWindow, AppContext]] = []

    def make(language: str = "en") -> MainWindow:
        data = tmp_path / "data"
        context = create_context(data)
        # Built in stages, as the app builds it; the test starts once the whole window is.
        window = MainWindow(context, Settings(data), language, FakeDialogs(), staged=True)
        qtbot.addWidget(window)
        window.show()
        qtbot.wait_exposed(window)
        qtbot.wait_until(lambda: window.built)
        opened.append((window, context))
        return window

    yield make
    for window, context in opened:
        window.close()
        context.close()
    opened.clear()
    # Collect the closed windows' reference cycles now, while nothing uses them: left to
    # a later collection, their Python-owned Qt objects were freed in whatever order the
    # collector chose, in the middle of the next test (a segfault in a window's __init__).
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()


@pytest.fixture
def restore_theme(qapp) -> Iterator[None]:
    """The app's palette and tooltips as the test found them, and no theme follower left
    behind (``netdesk.ui.theme.install_theme`` changes them for the whole application)."""
    from PySide6.QtGui import QPalette
    from PySide6.QtWidgets import QToolTip

    from netdesk.ui.theme import ThemeFollower

    palette, tips = QPalette(qapp.palette()), QPalette(QToolTip.palette())
    yield
    follower = qapp.findChild(ThemeFollower, "themeFollower")
    if follower is not None:
        qapp.styleHints().colorSchemeChanged.disconnect(follower._on_system_scheme)
        follower.setParent(None)
        follower.deleteLater()
    qapp.styleHints().unsetColorScheme()
    qapp.setPalette(palette)
    QToolTip.setPalette(tips)
