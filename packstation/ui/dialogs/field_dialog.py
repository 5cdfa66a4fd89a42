"""A small station dialog: a title, optional help lines, one field, an inline message,
and Cancel / OK. Enter in the field or OK calls ``submit``; errors stay in the dialog."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from packstation.ui.station_style import STATION_STYLE


class FieldDialog(QDialog):
    """Subclasses pass their own translated texts and implement ``submit``."""

    def __init__(self, *, window_title: str, title: str, placeholder: str, ok_text: str,
                 cancel_text: str, help_lines: tuple[str, ...] = (),
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(window_title)
        self.setStyleSheet(STATION_STYLE)
        self.setMinimumWidth(520)
        self.field = QLineEdit()
        self.field.setPlaceholderText(placeholder)
        self.field.returnPressed.connect(self.submit)
        self.message = QLabel()
        self.message.setObjectName("errorNote")
        self.message.setWordWrap(True)
        ok = QPushButton(ok_text)
        ok.setObjectName("primaryAction")
        ok.clicked.connect(self.submit)
        cancel = QPushButton(cancel_text)
        cancel.clicked.connect(self.reject)
        # Enter in the field submits (above) and nothing else: an auto-default button
        # would also be "clicked" by that Enter, and Cancel closed the PIN prompt on a
        # wrong PIN before its "Wrong PIN, N tries left" could be read.
        for button in (ok, cancel):
            button.setAutoDefault(False)
            button.setDefault(False)
        heading = QLabel(title)
        heading.setObjectName("panelTitle")
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        for text in help_lines:
            line = QLabel(text)
            line.setObjectName("helpLine")
            line.setWordWrap(True)
            layout.addWidget(line)
        layout.addWidget(self.field)
        layout.addWidget(self.message)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(cancel)
        row.addWidget(ok)
        layout.addLayout(row)

    def submit(self) -> None:
        raise NotImplementedError
