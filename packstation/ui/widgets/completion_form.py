"""The completion form: toggles, tracking, packages, carrier, comment, and the action.

The form only collects input and says what the action will do; the controller decides
and talks to Centra.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QStyledItemDelegate,
    QVBoxLayout,
    QWidget,
)

from packstation.bench.completion_values import FormValues
from packstation.scanning.carriers import same_carrier, station_carrier
from packstation.ui.widgets.wrap_button import WrapButton

if TYPE_CHECKING:  # the pydantic models load after the first frame
    from PySide6.QtGui import QShowEvent

    from packstation.centra.domain import Shipment


def _step_button(text: str, tip: str) -> QPushButton:
    button = QPushButton(text)
    button.setObjectName("stepButton")
    button.setToolTip(tip)
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    button.setAutoRepeat(True)
    return button


class CompletionForm(QWidget):
    action_requested = Signal()
    tracking_entered = Signal(str)

    def __init__(
        self,
        carriers: Mapping[str, Sequence[str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._carriers = carriers
        self.gtg = QCheckBox(self.tr("Good-to-go (packed)"))
        self.shipped = QCheckBox(self.tr("Shipped (handed to carrier)"))
        self.tracking = QLineEdit()
        self.tracking.setObjectName("trackingField")
        self.tracking.setPlaceholderText(self.tr("Scan the carrier label"))
        self.tracking.returnPressed.connect(self._tracking_enter)
        self.packages = QSpinBox()
        self.packages.setRange(1, 99)
        self.packages.setObjectName("packagesField")
        # Styled spin boxes draw their arrows as tiny dashes: big − and + buttons instead
        # (no focus: a click must not take the scanner's focus).
        self.packages.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.NoButtons)
        self.packages_less = _step_button("−", self.tr("One package less"))
        self.packages_more = _step_button("+", self.tr("One package more"))
        self.packages_less.clicked.connect(self.packages.stepDown)
        self.packages_more.clicked.connect(self.packages.stepUp)
        packages_row = QHBoxLayout()
        packages_row.setContentsMargins(0, 0, 0, 0)
        packages_row.addWidget(self.packages, 1)
        packages_row.addWidget(self.packages_less)
        packages_row.addWidget(self.packages_more)
        self.carrier = QComboBox()
        self.carrier.setEditable(True)
        self.carrier.addItems(list(carriers))
        self.carrier.currentTextChanged.connect(self._fill_services)
        self.service = QComboBox()
        self.service.setEditable(True)
        for combo in (self.carrier, self.service):  # the open list shows its current entry
            combo.setItemDelegate(QStyledItemDelegate(combo))
        self.return_slip = QLineEdit()
        self.comment = QLineEdit()
        self.comment.setPlaceholderText(self.tr("Added to the order's internal comment"))
        self.capture = QCheckBox(self.tr("Capture payment when completing"))
        self.action = WrapButton()
        self.action.setObjectName("primaryAction")
        self.action.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.action.clicked.connect(self.action_requested)
        self.explain = QLabel()
        self.explain.setObjectName("helpLine")
        self.explain.setWordWrap(True)
        self.explain.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        # "More": the rows a standard parcel does not need (service, return slip, comment).
        self.more = QPushButton()
        self.more.setObjectName("moreToggle")
        self.more.setCheckable(True)
        self.more.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.more.toggled.connect(self.show_more)
        self.gtg.toggled.connect(self._update_action)
        self.shipped.toggled.connect(self._on_shipped)

        form = QFormLayout()
        form.setVerticalSpacing(6)
        # Labels centred on their field, never squeezed: a wrapping hint elsewhere must
        # not make the rows jump to top-aligned labels.
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.gtg)
        form.addRow(self.shipped)
        form.addRow(self.tr("Tracking"), self.tracking)
        form.addRow(self.tr("Packages"), packages_row)
        form.addRow(self.tr("Carrier"), self.carrier)
        form.addRow(self.capture)
        form.addRow(self.more)
        form.addRow(self.tr("Service"), self.service)
        form.addRow(self.tr("Return-slip tracking"), self.return_slip)
        form.addRow(self.tr("Internal comment"), self.comment)
        self._more_rows = (self.service, self.return_slip, self.comment)
        self.extra_rows = form  # other panels (e-mail override) add rows here
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(self.explain)
        layout.addWidget(self.action)
        self.show_more(False)
        self._baseline: FormValues | None = None
        self._capture_applies = False
        self._blocker = ""
        self._blocker_why = ""  # why the action must wait (e.g. items not scanned yet)
        self.clear()

    # ------------------------------------------------------------------ state

    def show_more(self, shown: bool) -> None:
        """Show or hide the secondary rows (service, return slip, internal comment)."""
        if self.more.isChecked() != shown:
            self.more.setChecked(shown)  # calls back here once
            return
        for field in self._more_rows:
            self.extra_rows.setRowVisible(field, shown)
        self.more.setText(self.tr("Less ▴") if shown else self.tr(
            "More: service, return slip, comment ▾"))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # The help line keeps room for three lines, so a longer text does not move the
        # rows above it (measured once the style sheet has set its font).
        lines = 3 * self.explain.fontMetrics().lineSpacing()
        if self.explain.minimumHeight() != lines:
            self.explain.setMinimumHeight(lines)

    def offer_carriers(self, carriers: Mapping[str, Sequence[str]]) -> None:
        """The carriers (and their services) the station offers, in its order."""
        if carriers == self._carriers:
            return
        self._carriers = carriers
        self.carrier.clear()
        self.carrier.addItems(list(carriers))
        self.service.clear()

    def load(self, shipment: Shipment, *, capture_default: bool = True,
             carriers: Mapping[str, Sequence[str]] | None = None) -> None:
        if carriers is not None:
            self.offer_carriers(carriers)
        self.gtg.setChecked(False)
        self.shipped.setChecked(False)
        self.tracking.clear()
        self.packages.setValue(1)
        self._set_combo(self.carrier, shipment.carrier)
        self._fill_services(self.carrier.currentText())
        self._set_combo(self.service, shipment.service)
        self.return_slip.clear()
        self.comment.clear()
        self.capture.setChecked(capture_default)
        self._capture_applies = shipment.needs_capture
        self.set_enabled(True)
        self._baseline = self.values()
        self._update_action()

    def clear(self) -> None:
        """Empty: nothing of the previous shipment stays visible (carrier and service too)."""
        self._baseline = None
        for box in (self.gtg, self.shipped, self.capture):
            box.setChecked(False)
        for field in (self.tracking, self.return_slip, self.comment):
            field.clear()
        self.packages.setValue(1)
        for combo in (self.carrier, self.service):
            if combo.currentIndex() != -1 or combo.currentText():
                combo.setCurrentIndex(-1)
                combo.setEditText("")
        self.set_enabled(False)
        self._update_action()

    def set_enabled(self, enabled: bool) -> None:
        # Only touch widgets whose state changes: each change re-polishes the widget under
        # the style sheet, and clear()+load() on every scan showed up as GUI stalls.
        wanted = [(w, enabled) for w in (self.gtg, self.shipped, self.tracking, self.packages,
                                         self.packages_less, self.packages_more,
                                         self.carrier, self.service, self.return_slip,
                                         self.comment, self.action)]
        wanted.append((self.capture, enabled and self._capture_applies))
        for w, on in wanted:
            if w.isEnabledTo(self) != on:
                w.setEnabled(on)

    def set_locked(self, locked: bool, label: str = "") -> None:
        """While a request is in flight nothing can be changed or sent twice."""
        self.set_enabled(not locked)
        if locked and label:
            self.action.setText(label)
        if not locked:
            self._update_action()

    @property
    def loaded(self) -> bool:
        return self._baseline is not None

    def is_dirty(self) -> bool:
        return self._baseline is not None and self.values() != self._baseline

    def values(self) -> FormValues:
        return FormValues(
            gtg=self.gtg.isChecked(),
            shipped=self.shipped.isChecked(),
            tracking=self.tracking.text().strip(),
            packages=self.packages.value(),
            carrier=self.carrier.currentText().strip(),
            service=self.service.currentText().strip(),
            return_slip_tracking=self.return_slip.text().strip(),
            internal_comment=self.comment.text().strip(),
            capture=self.capture.isChecked(),
        )

    def set_tracking(self, value: str, carrier: str | None, *, tick: bool) -> None:
        self.tracking.setText(value)
        self.tracking.selectAll()  # a number typed next replaces it, never joins it
        current = self.carrier.currentText()
        if carrier and not (current and same_carrier(carrier, current)):
            # the station's spelling: "Posten" -> "Bring", "Instabox" -> "Budbee"
            items = [self.carrier.itemText(i) for i in range(self.carrier.count())]
            self._set_combo(self.carrier, station_carrier(carrier, items))
        if tick:
            self.gtg.setChecked(True)
            self.shipped.setChecked(True)

    def set_blocker(self, title: str, why: str = "") -> None:
        """Hold the action back and say why (empty ``title`` releases it)."""
        self._blocker = title
        self._blocker_why = why
        self._update_action()

    def action_kind(self) -> str:
        """"complete", "gtg" or "none": what the primary action would do now."""
        if self.shipped.isChecked() and self.gtg.isChecked():
            return "complete"
        if self.gtg.isChecked():
            return "gtg"
        return "none"

    # ---------------------------------------------------------------- helpers

    def _tracking_enter(self) -> None:
        self.tracking_entered.emit(self.tracking.text().strip())

    def _on_shipped(self, checked: bool) -> None:
        if checked and not self.gtg.isChecked():
            self.gtg.setChecked(True)  # shipped implies packed
        self._update_action()

    def _update_action(self) -> None:
        # Called several times per scan: change only what changes (a re-polish or a new
        # text re-lays out the form and repaints the whole right-hand side).
        kind = self.action_kind()
        gtg_only = kind == "gtg"
        if self.action.property("gtgOnly") != gtg_only:
            self.action.setProperty("gtgOnly", gtg_only)
            self.action.style().unpolish(self.action)
            self.action.style().polish(self.action)
        if kind == "complete":
            text = self.tr("Complete shipment   (Ctrl+Enter)")
            explain = self.tr(
                "Sends carrier, tracking and packages to Centra and marks the shipment "
                "shipped. The payment is captured if needed.")
        elif kind == "gtg":
            text = self.tr("Mark good-to-go only   (Ctrl+Enter)")
            explain = self.tr(
                "Tells Centra the parcel is packed. Tick Shipped when it is handed to the "
                "carrier to complete it.")
        elif not self.loaded:
            text = self.tr("Scan a packing slip first")
            explain = ""
        else:
            text = self.tr("Tick Good-to-go or scan tracking")
            explain = self.tr(
                "Scan the carrier label: tracking is filled in and both boxes are ticked.")
        blocked = bool(self._blocker) and kind != "none"
        if blocked:
            text, explain = self._blocker, self._blocker_why
        self.action.setText(text)
        if self.explain.text() != explain:
            self.explain.setText(explain)
        enabled = self.loaded and kind != "none" and not blocked
        if self.action.isEnabledTo(self) != enabled:
            self.action.setEnabled(enabled)

    def _fill_services(self, carrier: str) -> None:
        current = self.service.currentText()
        offered = list(self._carriers.get(carrier, ()))
        if [self.service.itemText(i) for i in range(self.service.count())] == offered:
            return  # already this carrier's list (every load calls this; clear() is not free)
        self.service.clear()
        self.service.addItems(offered)
        if current and current in offered:
            self._set_combo(self.service, current)

    @staticmethod
    def _set_combo(combo: QComboBox, text: str) -> None:
        if not text:
            return
        index = combo.findText(text, Qt.MatchFlag.MatchFixedString)
        if index < 0:
            combo.addItem(text)
            index = combo.count() - 1
        combo.setCurrentIndex(index)
