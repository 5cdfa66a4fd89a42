"""Packstation's window and taskbar icon (drawn by installer/make_icon.py)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

ICON_PNG = Path(__file__).resolve().parent.parent / "resources" / "icon.png"


def install_window_icon(app: QApplication) -> bool:
    """Every window of ``app`` shows the icon. False if the file is missing."""
    icon = QIcon(str(ICON_PNG))
    if icon.isNull():
        return False
    app.setWindowIcon(icon)
    return True
