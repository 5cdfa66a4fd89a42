"""Interface language: Qt .qm catalogues shipped in packstation/resources/i18n.

Sources are ``packstation_<lang>.ts`` (edit with Qt Linguist or by hand), compiled with
``pyside6-lrelease``; see docs/translations.md. Install the translator *before* building
the window: widgets translate their labels when they are created.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

I18N_DIR = Path(__file__).resolve().parents[2] / "resources" / "i18n"
LANGUAGES = ("en", "sv", "de")


def install_translator(app: QCoreApplication, language: str,
                       folder: Path = I18N_DIR) -> bool:
    """Load ``packstation_<language>.qm`` (and Qt's own strings); False if not found.

    English is the source language and needs no catalogue."""
    if language == "en":
        return True
    ours = QTranslator(app)  # parented: lives as long as the application
    if not ours.load(str(folder / f"packstation_{language}.qm")):
        return False
    app.installTranslator(ours)
    qt = QTranslator(app)
    if qt.load(QLocale(language), "qtbase", "_",
               QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
    return True
