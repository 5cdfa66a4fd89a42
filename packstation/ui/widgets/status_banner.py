"""The big coloured line that says what just happened and what to do next."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from packstation.ui.theme import TONE_COLOURS, Tone, banner_style


class OneLineLabel(QLabel):
    """A title that stays one line: too long for the width, it is shortened in the middle
    (a long tracking number loses its middle digits, the shipment ID and the end stay);
    the full text is its tooltip (and in the log)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def setText(self, text: str) -> None:
        self._full = text
        self.setToolTip(text)
        self._fit()

    def text(self) -> str:
        """The whole title (what is painted may be shortened: ``shown_text``)."""
        return self._full

    def shown_text(self) -> str:
        return super().text()

    def is_shortened(self) -> bool:
        return self.shown_text() != self._full

    def minimumSizeHint(self) -> QSize:
        return QSize(0, super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        room = self.contentsRect().width()
        shown = self._full if room <= 0 else self.fontMetrics().elidedText(
            self._full, Qt.TextElideMode.ElideMiddle, room)
        if shown != super().text():
            super().setText(shown)


class StatusBanner(QFrame):
    retry_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statusBanner")
        self.title = OneLineLabel()
        self.title.setObjectName("bannerTitle")
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
        self.setStyleSheet(BANNER_SHEET)
        self.tone = Tone.IDLE
        # A steady height: the tallest usual message (the big OK/ERROR title and a hint)
        # is reserved up front. A banner that grew and shrank with each message moved the
        # whole window below it (the packer's list jumped, and every widget repainted).
        self.show_message(Tone.OK, "Ag", "Ag")
        self.setMinimumHeight(self.sizeHint().height())
        self.show_message(Tone.IDLE, self.tr("Scan a packing slip"))

    def show_message(self, tone: Tone, title: str, hint: str = "", *, retry: bool = False) -> None:
        if tone is not self.tone or self.property("tone") is None:
            # Re-style only when the tone changes, from one sheet set once (setStyleSheet
            # on every message re-polished the banner and its children: a visible stall).
            self.tone = tone
            for w in (self, self.title, self.hint):
                w.setProperty("tone", tone.value)
                w.style().unpolish(w)
                w.style().polish(w)
        self.title.setText(title)
        # The hint stays shown, empty or not (its room is reserved anyway): showing and
        # hiding it cost a show event and a relayout on most messages.
        self.hint.setText(hint)
        if self.retry.isHidden() == retry:
            self.retry.setVisible(retry)


def _banner_sheet() -> str:
    rules = [
        "QLabel#bannerTitle { font-size: 22pt; font-weight: 700; background: transparent; }",
        "QLabel#bannerHint { font-size: 15pt; background: transparent; }",
    ]
    for tone in Tone:
        rules.append(f'QFrame#statusBanner[tone="{tone.value}"] {{ {banner_style(tone)} }}')
        # A label's colour does not inherit from the frame's rule: white on red, green and
        # blue needs saying per label (it was black on red).
        fg = TONE_COLOURS[tone][1]
        rules.append(f'QLabel#bannerTitle[tone="{tone.value}"], '
                     f'QLabel#bannerHint[tone="{tone.value}"] {{ color: {fg}; }}')
    for tone in (Tone.ERROR, Tone.OK):
        rules.append(f'QLabel#bannerTitle[tone="{tone.value}"] {{ font-size: 26pt; }}')
    return "\n".join(rules)


BANNER_SHEET = _banner_sheet()
