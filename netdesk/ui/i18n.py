"""Choosing and installing the user-interface language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from netdesk.resources import resource_path

SUPPORTED = ("en", "ar")


def pick_language(requested: str = "") -> str:
    if requested in SUPPORTED:
        return requested
    system = QLocale.system().name().split("_")[0]
    return system if system in SUPPORTED else "en"


def install_language(app: QCoreApplication, requested: str = "") -> str:
    """Install Qt's own translation, then NetDesk's; set the default locale. Returns the code."""
    language = pick_language(requested)
    locale = (
        QLocale(QLocale.Language.Arabic, QLocale.Country.Egypt)
        if language == "ar"
        else (
            QLocale.system()
            if QLocale.system().language() == QLocale.Language.English
            else QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
        )
    )
    QLocale.setDefault(locale)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, directory in (("qtbase", qt_dir), ("netdesk", str(resource_path("translations")))):
        translator = QTranslator(app)
        if translator.load(locale, name, "_", directory):
            app.installTranslator(translator)
    return language
