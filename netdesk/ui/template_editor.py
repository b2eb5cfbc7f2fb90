"""Preferences for reaching out: the message templates, in English and Arabic, and the
weekly goal of people to reach."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from netdesk.domain.outreach import PLACEHOLDERS, Purpose, Template, default_template
from netdesk.settings import Settings
from netdesk.translation import fill
from netdesk.ui.outreach import purpose_title, template_for


class TemplatesBox(QGroupBox):
    """Edits every (purpose, language) template; ``save`` writes those that changed."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setFlat(True)
        self.edited: dict[tuple[Purpose, str], Template] = {
            (p, lang): template_for(settings, p, lang) for p in Purpose for lang in ("en", "ar")
        }
        self.goal = QSpinBox()
        self.goal.setRange(0, 100)
        self.goal.setSpecialValueText(self.tr("No goal"))
        self.goal.setValue(settings.weekly_goal)
        self.purpose = QComboBox()
        for p in Purpose:
            self.purpose.addItem(purpose_title(p).replace("&", "").rstrip("…"), p.value)
        self.language = QComboBox()
        self.language.addItem("English", "en")
        self.language.addItem("العربية", "ar")
        self.subject = QLineEdit()
        self.body = QPlainTextEdit()
        self.body.setTabChangesFocus(True)
        self.body.setMinimumHeight(110)
        names = ", ".join(f"{{{en}}} / {{{ar}}}" for en, ar in PLACEHOLDERS.items())
        hint = QLabel(fill(self.tr("Placeholders: %1"), names))
        hint.setWordWrap(True)
        reset = QPushButton(self.tr("Restore &Default"))
        reset.clicked.connect(self.restore_default)
        form = QFormLayout(self)
        form.addRow(self.tr("People to reach each &week:"), self.goal)
        form.addRow(self.tr("&Message:"), self.purpose)
        form.addRow(self.tr("Lan&guage:"), self.language)
        form.addRow(self.tr("S&ubject:"), self.subject)
        form.addRow(self.tr("&Text:"), self.body)
        form.addRow(hint)
        form.addRow("", reset)
        self._shown = self.key()
        self.purpose.currentIndexChanged.connect(lambda _i: self._switch())
        self.language.currentIndexChanged.connect(lambda _i: self._switch())
        self._show()

    def key(self) -> tuple[Purpose, str]:
        return Purpose(str(self.purpose.currentData())), str(self.language.currentData())

    def _keep(self) -> None:
        self.edited[self._shown] = Template(self.subject.text(), self.body.toPlainText())

    def _show(self) -> None:
        self._shown = self.key()
        template = self.edited[self._shown]
        self.subject.setText(template.subject)
        self.body.setPlainText(template.body)

    def _switch(self) -> None:
        self._keep()
        self._show()

    def restore_default(self) -> None:
        purpose, language = self.key()
        self.edited[(purpose, language)] = default_template(purpose, language)
        self._show()

    def save(self) -> None:
        self._keep()
        self.settings.weekly_goal = self.goal.value()
        for (purpose, language), template in self.edited.items():
            same = template == default_template(purpose, language)
            text = None if same else (template.subject, template.body)
            self.settings.set_outreach_template(purpose.value, language, text)
