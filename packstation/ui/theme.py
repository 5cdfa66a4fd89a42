"""Colours and the style sheet: big, calm, high contrast, readable from a metre away."""

from __future__ import annotations

from packstation.bench.tone import Tone as Tone  # re-exported: the widgets' colours

BASE_POINT_SIZE = 15


# (background, text) per tone; all pass WCAG AA contrast for large text.
TONE_COLOURS: dict[Tone, tuple[str, str]] = {
    Tone.IDLE: ("#e8eaed", "#1f2328"),
    Tone.BUSY: ("#1d4ed8", "#ffffff"),
    Tone.OK: ("#15803d", "#ffffff"),
    Tone.WARN: ("#f59e0b", "#111111"),
    Tone.ERROR: ("#b91c1c", "#ffffff"),
}

STYLE_SHEET = """
QWidget { font-size: 15pt; }
QLineEdit, QSpinBox, QComboBox {
    padding: 3px 8px; min-height: 36px; border: 2px solid #9aa4b2; border-radius: 6px; background: #ffffff;
}
QLineEdit:focus, QSpinBox:focus, QComboBox:focus { border: 3px solid #1d4ed8; }
QLineEdit:disabled, QSpinBox:disabled, QComboBox:disabled { background: #eef0f3; color: #6b7280; }
QLineEdit#scanField { font-size: 24pt; padding: 6px 14px; min-height: 50px; }
QSpinBox::up-button, QSpinBox::down-button { subcontrol-origin: border; width: 0px; height: 0px; }
QPushButton#stepButton { font-size: 20pt; font-weight: 700; padding: 0px; min-width: 48px; min-height: 40px; }
QPushButton#moreToggle { font-size: 12pt; padding: 4px 10px; text-align: left; border: 1px solid #9aa4b2; }
QComboBox QAbstractItemView {
    background: #ffffff; color: #111111; selection-background-color: #1d4ed8; selection-color: #ffffff;
}
QComboBox QAbstractItemView::item { min-height: 36px; padding: 0px 8px; }
QCheckBox { spacing: 10px; }
QCheckBox::indicator { width: 28px; height: 28px; }
QPushButton { padding: 8px 18px; border-radius: 6px; border: 2px solid #6b7280; background: #f8fafc; }
QPushButton:focus { border: 3px solid #1d4ed8; }
QPushButton#primaryAction {
    font-size: 20pt; font-weight: 600; padding: 14px 20px; color: #ffffff;
    background: #15803d; border: none;
}
QPushButton#primaryAction:disabled { background: #9ca3af; }
QPushButton#primaryAction QLabel {
    font-size: 20pt; font-weight: 600; color: #ffffff; background: transparent;
}
QPushButton#primaryAction[gtgOnly="true"] { background: #1d4ed8; }
QLabel#panelTitle { font-size: 22pt; font-weight: 700; }
QLabel#sectionLabel { font-size: 12pt; color: #4b5563; font-weight: 600; }
QLabel#helpLine { font-size: 12pt; color: #374151; }
QLabel.chip { border-radius: 6px; padding: 4px 10px; font-weight: 700; font-size: 13pt; }
QTableWidget { font-size: 15pt; gridline-color: #d1d5db; }
QHeaderView::section { font-size: 12pt; font-weight: 600; padding: 4px; }
"""


def banner_style(tone: Tone) -> str:
    bg, fg = TONE_COLOURS[tone]
    return f"background: {bg}; color: {fg}; border-radius: 8px;"


def chip_style(bg: str, fg: str = "#ffffff") -> str:
    return f"background: {bg}; color: {fg}; border-radius: 6px; padding: 4px 10px;"
