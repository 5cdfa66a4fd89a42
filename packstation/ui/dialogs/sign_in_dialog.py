"""Operator sign-in at the start of a shift: type a name or scan a badge, then Enter."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from packstation.station.operators import OperatorError, OperatorSession, SignIn
from packstation.ui.dialogs.field_dialog import FieldDialog


class SignInDialog(FieldDialog):
    def __init__(self, operators: OperatorSession, parent: QWidget | None = None) -> None:
        super().__init__(window_title=self.tr("Sign in"),
                         title=self.tr("Who is packing at this station?"),
                         placeholder=self.tr("Your name, or scan your badge"),
                         ok_text=self.tr("Sign in"), cancel_text=self.tr("Cancel"),
                         parent=parent)
        self._operators = operators
        self.result_sign_in: SignIn | None = None
        self.name = self.field

    def submit(self) -> None:
        self.sign_in()

    def sign_in(self) -> None:
        try:
            self.result_sign_in = self._operators.sign_in_any(self.name.text())
        except OperatorError as exc:
            self.message.setText(str(exc))
            self.name.selectAll()
            return
        self.accept()
