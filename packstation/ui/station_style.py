"""Extra styles for the station dialogs, supervisor strip and e-mail control."""

from __future__ import annotations

from packstation.ui.theme import STYLE_SHEET

_EXTRA = """
QLabel#errorNote { color: #b91c1c; font-size: 13pt; font-weight: 600; }
QLabel#warnNote { color: #92400e; font-size: 12pt; }
QLabel#supervisorState { font-size: 13pt; padding: 4px 8px; }
QLabel#supervisorState[unlocked="true"] {
    background: #f59e0b; color: #111111; font-weight: 700; border-radius: 6px;
}
QComboBox#emailChoice[override="true"] { border: 3px solid #f59e0b; font-weight: 700; }
"""

STATION_STYLE = STYLE_SHEET + _EXTRA
# For widgets inside the main window (which already carries STYLE_SHEET).
PANEL_STYLE = _EXTRA
