"""Choosing and installing the user-interface language.

The language comes from ``--lang``, else the Preferences (``ui/language``), else the
system locale. Installing it loads Qt's own translation (``qtbase_<lang>.qm``, so the
standard dialogs and buttons match), then NetDesk's, and makes the language's locale
the default so that dates and numbers follow it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from netdesk.resources import resource_path

SUPPORTED = ("en", "ar")

# What install_language put in place, so a second call (or a test) can take it back.
_installed: list[QTranslator] = []
_loaded: list[str] = []
_previous_default: list[QLocale] = []


def pick_language(requested: str = "") -> str:
    """``requested`` when supported, else the first supported system UI language, else "en"."""
    if requested in SUPPORTED:
        return requested
    system = QLocale.system()
    # uiLanguages() honours $LANGUAGE-style preference lists, name() only the first locale.
    for tag in [*system.uiLanguages(), system.name()]:
        code = tag.replace("-", "_").split("_")[0].lower()
        if code in SUPPORTED:
            return code
    return "en"


def locale_for(language: str) -> QLocale:
    """The locale of ``language``: the system's own variant when it speaks it.

    An Arabic system in Morocco keeps its Latin digits and one in Saudi Arabia its
    week; anyone else choosing Arabic gets Egyptian Arabic conventions (Arabic-Indic
    digits), the same as printed summaries.
    """
    system = QLocale.system()
    if language == "ar":
        if system.language() == QLocale.Language.Arabic:
            return system
        return QLocale(QLocale.Language.Arabic, QLocale.Country.Egypt)
    if system.language() == QLocale.Language.English:
        return system
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)


def install_language(app: QCoreApplication, requested: str = "") -> str:
    """Install Qt's own translation, then NetDesk's; set the default locale. Returns the code."""
    uninstall_language(app)
    language = pick_language(requested)
    locale = locale_for(language)
    _previous_default.append(QLocale())
    QLocale.setDefault(locale)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, directory in (("qtbase", qt_dir), ("netdesk", str(resource_path("translations")))):
        translator = QTranslator(app)
        if translator.load(locale, name, "_", directory):
            app.installTranslator(translator)
            _installed.append(translator)
            _loaded.append(translator.filePath())
    return language


def loaded_translations() -> list[str]:
    """The .qm files the last install_language loaded, Qt's first."""
    return list(_loaded)


def uninstall_language(app: QCoreApplication) -> None:
    """Remove what install_language installed and restore the previous default locale."""
    while _installed:
        translator = _installed.pop()
        app.removeTranslator(translator)
        translator.deleteLater()
    _loaded.clear()
    if _previous_default:
        QLocale.setDefault(_previous_default[0])
        _previous_default.clear()
