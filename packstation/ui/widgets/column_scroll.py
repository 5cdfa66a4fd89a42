"""A scroll area for the form column: it scrolls up and down, never sideways.

Its minimum width is its content's (plus the scroll bar), so the window gives the column
the width its widest row needs (a long translation, the supervisor strip unlocked)
instead of cutting the row off at the right; only the height may be less than the
content's, and then it scrolls.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QLayout, QScrollArea, QVBoxLayout, QWidget


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


class FormColumn(QWidget):
    """The form column: the form and the panels below it in a ``ColumnScroll``, plus a
    footer. While the form's rows and its action fit the column's height, the action
    (and its help line) stays in its place under the rows; on a short screen (1366x768
    at 125 %, a long translation) the column scrolls and the action is pinned below it,
    so the button a packer needs never scrolls out of sight."""

    def __init__(self, content: QWidget, rows: QLayout, form_layout: QBoxLayout,
                 footer_widgets: list[QWidget], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scroll_area = ColumnScroll()
        self.scroll_area.setWidget(content)
        self._rows = rows
        self._form_layout = form_layout
        self._widgets = footer_widgets
        self._footer = QVBoxLayout()
        self._footer.setContentsMargins(12, 6, 4 + self.scroll_area.verticalScrollBar().sizeHint()
                                        .width(), 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.scroll_area, 1)
        layout.addLayout(self._footer)
        self.pinned = False
        self._queued = False
        content.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:
            self._queue()
        return super().eventFilter(watched, event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._queue()

    def _queue(self) -> None:
        if not self._queued:
            self._queued = True
            QTimer.singleShot(0, self._update)

    def needed_height(self) -> int:
        """The rows and the action, one under the other (what must be visible)."""
        spacing = max(0, self._form_layout.spacing())
        footer = sum(w.sizeHint().height() + spacing for w in self._widgets if w.isVisibleTo(
            self))
        return self._rows.sizeHint().height() + footer + 2 * spacing

    def _update(self) -> None:
        self._queued = False
        pin = self.needed_height() > self.height()
        if pin == self.pinned:
            return
        self.pinned = pin
        for w in self._widgets:
            if pin:
                self._form_layout.removeWidget(w)
                self._footer.addWidget(w)
            else:
                self._footer.removeWidget(w)
                self._form_layout.addWidget(w)
