"""Which language the UI speaks: German unless the system (or LOTSENDESK_LANG) says English.

The source strings in the code are German (German first: a string missing from a translation falls back
to German, never to something the main users cannot read); ``translations/lotsendesk_en.ts`` holds English.
Messages from lotsendesk/domain and lotsendesk/services (``messages.Msg``) are shown through ``localized``.
"""

import os

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from lotsendesk.domain.messages import CONTEXT, localize
from lotsendesk.paths import translations_dir

_installed: list[QTranslator] = []
_current: list[str] = []  # the language install_translators last set up (the one the UI speaks now)


LANGUAGE_SETTING = "ui/language"  # QSettings: "de", "en" or "system" (Einstellungen → Allgemein)


def ui_language() -> str:
    """``de`` or ``en``. LOTSENDESK_LANG wins, then the choice in the Einstellungen; otherwise German first:
    only an English system gets English."""
    forced = os.environ.get("LOTSENDESK_LANG", "").strip().lower()
    if forced in ("de", "en"):
        return forced
    chosen = str(QSettings().value(LANGUAGE_SETTING, "system") or "system").strip().lower()
    if chosen in ("de", "en"):
        return chosen
    return "en" if QLocale.system().language() == QLocale.Language.English else "de"


def current_language() -> str:
    """The language the running UI speaks (a new choice in the Einstellungen only counts from the next start)."""
    return _current[-1] if _current else ui_language()


def install_translators(app: QCoreApplication, language: str) -> None:
    """Our own strings and Qt's standard dialogs (``Abbrechen``, not ``Cancel``) in one language."""
    _current[:] = [language]
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if language == "en":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
        sources = [("lotsendesk_en", str(translations_dir()))]
    else:
        QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
        sources = [("qtbase_de", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))]
    for name, folder in sources:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _installed.append(translator)
    from lotsendesk.ui import pseudo

    if pseudo.enabled():  # LOTSENDESK_PSEUDO=1: every text 40 % longer, to find layouts too tight for it
        stretched = pseudo.StretchTranslator(_installed, app)
        app.installTranslator(stretched)
        _installed.append(stretched)


def localized(text: str) -> str:
    """A message of the domain or a service (e.g. ``ServiceError.message``, ``ImportResult.summary()``) in the
    UI language. German stays exactly as it is (no translator for our strings is installed); plain strings, e.g.
    from ``self.tr``, pass through unchanged, so this may be applied to any text that is shown."""
    return localize(text, _translate_message)


def _translate_message(template: str) -> str:
    return QCoreApplication.translate(CONTEXT, template)
