"""Operator sign-in at the start of a shift: type a name or scan a badge, then Enter."""

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

from packstation.station.operators import OperatorError, OperatorSession, SignIn
from packstation.ui.station_style import STATION_STYLE


class SignInDialog(QDialog):
    def __init__(self, operators: OperatorSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sign in"))
        self.setStyleSheet(STATION_STYLE)
        self.setMinimumWidth(520)
        self._operators = operators
        self.result_sign_in: SignIn | None = None
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("Your name, or scan your badge"))
        self.name.returnPressed.connect(self.sign_in)
        self.message = QLabel()
        self.message.setObjectName("errorNote")
        self.message.setWordWrap(True)
        ok = QPushButton(self.tr("Sign in"))
        ok.setObjectName("primaryAction")
        ok.clicked.connect(self.sign_in)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.clicked.connect(self.reject)
        title = QLabel(self.tr("Who is packing at this station?"))
        title.setObjectName("panelTitle")
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.name)
        layout.addWidget(self.message)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(cancel)
        row.addWidget(ok)
        layout.addLayout(row)

    def sign_in(self) -> None:
        try:
            self.result_sign_in = self._operators.sign_in_any(self.name.text())
        except OperatorError as exc:
            self.message.setText(str(exc))
            self.name.selectAll()
            return
        self.accept()
