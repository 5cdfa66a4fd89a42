"""Run a test in another interface language: install the catalogue, remove it after."""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication

from packstation.ui.text.i18n import install_translator


def use_language(lang: str) -> Iterator[None]:
    """For a fixture: ``yield from use_language("sv")``."""
    app = QApplication.instance()
    assert app is not None
    before = set(app.findChildren(QTranslator))
    assert install_translator(app, lang)
    yield
    for t in set(app.findChildren(QTranslator)) - before:
        app.removeTranslator(t)
        t.deleteLater()
