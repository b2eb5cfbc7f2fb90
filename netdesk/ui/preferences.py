"""Preferences: language, default keep-in-touch cadence per circle, reminders."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QLabel,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from netdesk.domain.enums import Circle
from netdesk.models.labels import circle_label
from netdesk.settings import Settings
from netdesk.ui.forms import ok_cancel
from netdesk.ui.i18n import pick_language
from netdesk.ui.template_editor import TemplatesBox


class PreferencesDialog(QDialog):
    def __init__(
        self, settings: Settings, parent: QWidget | None = None, running_language: str = ""
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        # What this session shows, which ``--lang`` may have chosen over the setting.
        self._running = running_language
        self.setWindowTitle(self.tr("Preferences"))
        self.language = QComboBox()
        self.language.addItem(self.tr("Follow the system"), "")
        self.language.addItem("English", "en")
        self.language.addItem("العربية", "ar")
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        note = QLabel(self.tr("A new language takes effect the next time NetDesk starts."))
        note.setWordWrap(True)
        general = QFormLayout()
        general.addRow(self.tr("&Language:"), self.language)
        general.addRow("", note)
        self.tray = QCheckBox(self.tr("Remind me once a day from the system tray"))
        self.tray.setChecked(settings.tray_reminder)
        general.addRow("", self.tray)
        self.hijri = QCheckBox(self.tr("Show the Hijri date beside the Gregorian date"))
        self.hijri.setToolTip(self.tr("Used when the interface is in Arabic."))
        self.hijri.setChecked(settings.hijri)
        general.addRow("", self.hijri)
        self.language.currentIndexChanged.connect(lambda _i: self._update_hijri())
        self._update_hijri()
        cadence_box = QGroupBox(self.tr("Keep in touch by default every…"))
        cadence_form = QFormLayout(cadence_box)
        self.cadence: dict[str, QSpinBox] = {}
        defaults = settings.cadence_defaults()
        for circle in Circle:
            spin = QSpinBox()
            spin.setRange(0, 3650)
            spin.setSpecialValueText(self.tr("No reminder"))
            spin.setSuffix(self.tr(" days"))
            spin.setValue(defaults.get(circle.value) or 0)
            cadence_form.addRow(circle_label(circle.value) + ":", spin)
            self.cadence[circle.value] = spin
        hint = QLabel(
            self.tr("New contacts take their circle's cadence; you can change it for each contact.")
        )
        hint.setWordWrap(True)
        cadence_form.addRow(hint)
        buttons = ok_cancel(self)
        self.outreach = TemplatesBox(settings)
        general_page = QWidget()
        page = QVBoxLayout(general_page)
        page.addLayout(general)
        page.addWidget(cadence_box)
        self.tabs = QTabWidget()
        self.tabs.addTab(general_page, self.tr("&General"))
        self.tabs.addTab(self.outreach, self.tr("&Reaching Out"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)

    def _update_hijri(self) -> None:
        # The Hijri date is shown only in the Arabic interface, so offer it only there: the
        # language chosen here, or, while the choice is left as it was, the one running now.
        choice = str(self.language.currentData())
        unchanged = choice == self.settings.language and self._running
        language = self._running if unchanged else pick_language(choice)
        self.hijri.setEnabled(language == "ar")

    def accept(self) -> None:
        self.settings.language = str(self.language.currentData())
        self.settings.hijri = self.hijri.isChecked()
        self.settings.tray_reminder = self.tray.isChecked()
        for circle, spin in self.cadence.items():
            self.settings.set_cadence_default(circle, spin.value() or None)
        self.outreach.save()
        self.settings.sync()
        super().accept()
