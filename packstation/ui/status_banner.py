"""The big coloured line that says what just happened and what to do next."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from packstation.ui.theme import Tone, banner_style


class StatusBanner(QFrame):
    retry_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statusBanner")
        self.title = QLabel()
        self.title.setObjectName("bannerTitle")
        self.title.setWordWrap(True)
        self.hint = QLabel()
        self.hint.setObjectName("bannerHint")
        self.hint.setWordWrap(True)
        self.retry = QPushButton(self.tr("Retry"))
        self.retry.setObjectName("retryButton")
        self.retry.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # never steal the scanner's focus
        self.retry.clicked.connect(self.retry_clicked)

        text = QVBoxLayout()
        text.addWidget(self.title)
        text.addWidget(self.hint)
        row = QHBoxLayout(self)
        row.setContentsMargins(18, 12, 18, 12)
        row.addLayout(text, 1)
        row.addWidget(self.retry, 0, Qt.AlignmentFlag.AlignVCenter)
        self.tone = Tone.IDLE
        self.show_message(Tone.IDLE, self.tr("Scan a packing slip"))

    def show_message(self, tone: Tone, title: str, hint: str = "", *, retry: bool = False) -> None:
        self.tone = tone
        self.setProperty("tone", tone.value)
        self.setStyleSheet(f"QFrame#statusBanner {{ {banner_style(tone)} }}")
        big = 26 if tone in (Tone.ERROR, Tone.OK) else 22
        self.title.setStyleSheet(f"font-size: {big}pt; font-weight: 700; background: transparent;")
        self.hint.setStyleSheet("font-size: 15pt; background: transparent;")
        self.title.setText(title)
        self.hint.setText(hint)
        self.hint.setVisible(bool(hint))
        self.retry.setVisible(retry)
