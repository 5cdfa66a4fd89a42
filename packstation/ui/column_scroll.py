"""A scroll area for the form column: it scrolls up and down, never sideways.

Its minimum width is its content's (plus the scroll bar), so the window gives the column
the width its widest row needs (a long translation, the supervisor strip unlocked)
instead of cutting the row off at the right; only the height may be less than the
content's, and then it scrolls.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtWidgets import QScrollArea, QWidget


class ColumnScroll(QScrollArea):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def setWidget(self, widget: QWidget) -> None:
        super().setWidget(widget)
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()  # the content's minimum width may have changed
        return super().eventFilter(watched, event)

    def minimumSizeHint(self) -> QSize:
        content = self.widget()
        if content is None:
            return super().minimumSizeHint()
        frame = 2 * self.frameWidth()
        bar = self.verticalScrollBar().sizeHint().width()
        return QSize(content.minimumSizeHint().width() + bar + frame, 120)

    def sizeHint(self) -> QSize:
        hint = self.minimumSizeHint()
        content = self.widget()
        return QSize(hint.width(), content.sizeHint().height() if content else hint.height())
