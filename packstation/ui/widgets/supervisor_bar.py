"""The station strip below the form (packer, supervisor state and buttons) and the
shipping e-mail control that sits in the completion form. Widgets only, no logic."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStyledItemDelegate,
    QWidget,
)

from packstation.station.email_choice import EmailChoice, parse_choice
from packstation.ui.station_style import PANEL_STYLE
from packstation.ui.text.email_words import email_choice_text, email_choice_tip


def _button(text: str) -> QPushButton:
    b = QPushButton(text)
    b.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # clicking must not steal the scan focus
    return b


def fill_email_choices(box: QComboBox) -> None:
    """The three choices, translated, each with its explanation as a tooltip."""
    for choice in EmailChoice:
        box.addItem(email_choice_text(choice), choice.value)
        box.setItemData(box.count() - 1, email_choice_tip(choice),
                        Qt.ItemDataRole.ToolTipRole)
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    # The combo's own menu delegate draws the current entry with the box's style sheet
    # rule (a white field with a frame): it showed as a blank row in the open list.
    box.setItemDelegate(QStyledItemDelegate(box))


class EmailChoiceBox(QComboBox):
    """Visible to everyone; enabled only in supervisor mode."""

    chosen = Signal(object)  # EmailChoice, only for changes made by a person

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("emailChoice")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        fill_email_choices(self)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._default = EmailChoice.STORE
        self.setStyleSheet(PANEL_STYLE)
        self.activated.connect(lambda i: self.chosen.emit(parse_choice(str(self.itemData(i)))))
        self.currentIndexChanged.connect(lambda _: self._show_override())

    def choice(self) -> EmailChoice:
        return parse_choice(str(self.currentData()))

    def set_choice(self, choice: EmailChoice) -> None:
        self.setCurrentIndex(self.findData(choice.value))
        self._show_override()

    def set_default(self, default: EmailChoice) -> None:
        self._default = default
        self._show_override()

    def _show_override(self) -> None:
        """An override of the station default is framed in amber so everyone sees it."""
        self.setProperty("override", self.choice() is not self._default)
        self.style().unpolish(self)
        self.style().polish(self)

    def set_unlocked(self, unlocked: bool) -> None:
        self.setEnabled(unlocked)
        default = self.tr("Station default: {0}.").format(email_choice_text(self._default))
        self.setToolTip(default if unlocked else default + " " + self.tr(
            "Only a supervisor can change this."))


class SupervisorBar(QWidget):
    sign_in_clicked = Signal()
    unlock_clicked = Signal()
    lock_clicked = Signal()
    settings_clicked = Signal()
    audit_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("supervisorBar")
        self.setStyleSheet(PANEL_STYLE)
        self.operator = QLabel()
        self.operator.setObjectName("operatorLabel")
        self.operator.setWordWrap(True)
        self.state = QLabel()
        self.state.setObjectName("supervisorState")
        self.state.setWordWrap(True)
        self.sign_in = _button(self.tr("Sign in…"))
        self.unlock = _button(self.tr("Supervisor…"))
        self.lock = _button(self.tr("Lock now"))
        self.settings = _button(self.tr("Settings…"))
        self.audit = _button(self.tr("Audit log…"))
        self.sign_in.clicked.connect(self.sign_in_clicked)
        self.unlock.clicked.connect(self.unlock_clicked)
        self.lock.clicked.connect(self.lock_clicked)
        self.settings.clicked.connect(self.settings_clicked)
        self.audit.clicked.connect(self.audit_clicked)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 8, 0, 0)
        # The packer and the sign-in button have a row of their own: in the grid's last
        # column "Change packer…" set that column's width for the supervisor row too.
        who = QHBoxLayout()
        who.setContentsMargins(0, 0, 0, 0)
        who.addWidget(self.operator, 1)
        who.addWidget(self.sign_in)
        grid.addLayout(who, 0, 0, 1, 3)
        grid.addWidget(self.state, 1, 0, 1, 2)
        grid.addWidget(self.unlock, 1, 2)
        grid.addWidget(self.lock, 1, 2)
        # Settings and Audit log share one row of their own: in the grid's first two
        # columns they made the strip (and the form column) wider than the form itself.
        tools = QHBoxLayout()
        tools.setContentsMargins(0, 0, 0, 0)
        tools.addWidget(self.settings)
        tools.addWidget(self.audit)
        tools.addStretch(1)
        grid.addLayout(tools, 2, 0, 1, 3)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        self.show_operator(None)
        self.show_locked("")

    def show_operator(self, name: str | None) -> None:
        if name:
            self.operator.setText(self.tr("Packer: {0}").format(name))
            self.sign_in.setText(self.tr("Change packer…"))
        else:
            self.operator.setText(self.tr("Nobody signed in: scan your badge"))
            self.sign_in.setText(self.tr("Sign in…"))

    def show_locked(self, note: str) -> None:
        self.state.setText(note or self.tr("Supervisor mode is locked."))
        self.state.setProperty("unlocked", False)
        self._restyle()
        self.unlock.show()
        self.lock.hide()
        self.settings.hide()
        self.audit.hide()

    def show_unlocked(self, seconds_left: int) -> None:
        minutes, seconds = divmod(max(0, seconds_left), 60)
        self.state.setText(self.tr(
            "SUPERVISOR MODE: locks in {0}:{1:02d} or after the next shipment").format(
                minutes, seconds))
        self.state.setProperty("unlocked", True)
        self._restyle()
        self.unlock.hide()
        self.lock.show()
        self.settings.show()
        self.audit.show()

    def _restyle(self) -> None:
        self.state.style().unpolish(self.state)
        self.state.style().polish(self.state)
