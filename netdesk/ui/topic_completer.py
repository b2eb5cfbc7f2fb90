"""Completion of the topic being typed in a comma-separated list ("Can help with")."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import QCompleter, QLineEdit

_COMMAS = (",", "،")


def _last_comma(text: str) -> int:
    return max(text.rfind(c) for c in _COMMAS)


class TopicCompleter(QCompleter):
    """Offers ``topics`` (those other people can help with) for the part of ``edit``
    after its last comma, and puts the one chosen in its place."""

    def __init__(self, edit: QLineEdit, topics: list[str]) -> None:
        super().__init__(topics, edit)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setWidget(edit)
        self._edit = edit
        edit.textEdited.connect(self._on_edited)
        self.activated.connect(self._on_chosen)

    def set_topics(self, topics: list[str]) -> None:
        """Offer ``topics`` from now on (they are read after the editor opens)."""
        model = self.model()
        if isinstance(model, QStringListModel):
            model.setStringList(topics)

    def _on_edited(self, text: str) -> None:
        typed = text[_last_comma(text) + 1 :].strip()
        popup = self.popup()
        if not typed:
            if popup is not None:
                popup.hide()
            return
        self.setCompletionPrefix(typed)
        self.complete()

    def _on_chosen(self, topic: str) -> None:
        text = self._edit.text()
        head = text[: _last_comma(text) + 1]
        self._edit.setText(f"{head} {topic}, ".lstrip() if head else f"{topic}, ")
