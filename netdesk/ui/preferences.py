"""Preferences: language, light or dark, default keep-in-touch cadence per circle, reminders."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from netdesk.domain.enums import Circle
from netdesk.models.labels import circle_label
from netdesk.models.palette import Scheme
from netdesk.settings import Settings
from netdesk.ui.forms import ok_cancel
from netdesk.ui.i18n import pick_language
from netdesk.ui.sizing import fit_to_content
from netdesk.ui.theme import install_theme


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
        self.appearance = QComboBox()
        self.appearance.addItem(self.tr("Same as the system"), Scheme.SYSTEM.value)
        self.appearance.addItem(self.tr("Light"), Scheme.LIGHT.value)
        self.appearance.addItem(self.tr("Dark"), Scheme.DARK.value)
        self.appearance.setCurrentIndex(max(0, self.appearance.findData(settings.theme)))
        # Shown at once, so the user sees the choice before keeping it; Cancel goes back.
        self.appearance.currentIndexChanged.connect(lambda _i: self._show_theme(self._theme()))
        general.addRow(self.tr("&Appearance:"), self.appearance)
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
        layout = QVBoxLayout(self)
        layout.addLayout(general)
        layout.addWidget(cadence_box)
        layout.addWidget(buttons)
        # Wide enough that the notes wrap to a line or two, not a narrow column.
        fit_to_content(self, QSize(460, 0))

    def _update_hijri(self) -> None:
        # The Hijri date is shown only in the Arabic interface, so offer it only there: the
        # language chosen here, or, while the choice is left as it was, the one running now.
        choice = str(self.language.currentData())
        unchanged = choice == self.settings.language and self._running
        language = self._running if unchanged else pick_language(choice)
        self.hijri.setEnabled(language == "ar")

    def _theme(self) -> str:
        return str(self.appearance.currentData())

    @staticmethod
    def _show_theme(choice: str) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication):
            install_theme(app, choice)

    def reject(self) -> None:
        if self._theme() != self.settings.theme:
            self._show_theme(self.settings.theme)
        super().reject()

    def accept(self) -> None:
        self.settings.theme = self._theme()
        self.settings.language = str(self.language.currentData())
        self.settings.hijri = self.hijri.isChecked()
        self.settings.tray_reminder = self.tray.isChecked()
        for circle, spin in self.cadence.items():
            self.settings.set_cadence_default(circle, spin.value() or None)
        self.settings.sync()
        super().accept()
