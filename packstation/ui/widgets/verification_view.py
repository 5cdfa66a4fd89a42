"""Item verification at the bench: the Packed column, per-scan warnings, the Complete gate
and the supervisor bypass.

Modes (station setting ``verification_mode``, read live through ``mode()``):

* ``off``: no Packed column, Complete never waits. Item scans still say whether the item
  belongs in this shipment.
* ``warn``: counts and warnings; Complete with unscanned items asks for a second
  Complete (Ctrl+Enter / the COMPLETE barcode again) instead of blocking.
* ``require``: Complete (and good-to-go) waits until every line is verified; the action
  button says why. A supervisor can bypass with a reason, typed into a small inline field
  below the lines (never a modal: a scan must not be swallowed).

Hooks for the station wiring (app.py): ``may_bypass`` (e.g. the supervisor lock is
unlocked) and the ``bypassed(shipment_id, reason, summary)`` signal (e.g. to AuditLog).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from packstation.bench.bundles import pack_plan
from packstation.bench.verification import Outcome, PackVerifier, line_codes, normalise_code
from packstation.centra.domain import Shipment
from packstation.scanning import Scan
from packstation.ui.feedback import Announcer
from packstation.ui.supervisor_reason import MIN_REASON_CHARS as MIN_REASON_CHARS  # re-exported
from packstation.ui.supervisor_reason import supervisor_reason
from packstation.ui.theme import Tone
from packstation.ui.widgets.completion_form import CompletionForm
from packstation.ui.widgets.shipment_panel import ShipmentPanel


class VerificationBar(QWidget):
    """One line of progress under the items, and the supervisor's reason field."""

    reason_entered = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.progress = QLabel()
        self.progress.setObjectName("verifyProgress")
        self.progress.setStyleSheet("font-size: 16pt; font-weight: 600;")
        self.progress.setWordWrap(True)
        self.reason_label = QLabel(self.tr("Supervisor: reason to complete without scanning"))
        self.reason_label.setObjectName("sectionLabel")
        self.reason_label.setWordWrap(True)
        self.reason = QLineEdit()
        self.reason.setObjectName("bypassReason")
        self.reason.setPlaceholderText(self.tr("e.g. item has no barcode, then Enter"))
        self.reason.returnPressed.connect(lambda: self.reason_entered.emit(self.reason.text()))
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.reason_label)
        row.addWidget(self.reason, 1)
        self.bypass_row = QWidget()
        self.bypass_row.setLayout(row)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.progress)
        layout.addWidget(self.bypass_row)
        self.bypass_row.setVisible(False)


class VerificationController(QObject):
    bypassed = Signal(str, str, str)  # shipment ID, reason, e.g. "3 of 5 items scanned"

    def __init__(self, panel: ShipmentPanel, form: CompletionForm, announcer: Announcer,
                 mode: Callable[[], str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.panel = panel
        self.form = form
        self.announcer = announcer
        self.mode = mode
        self.may_bypass: Callable[[], bool] = lambda: True  # station wiring: supervisor lock
        self.verifier: PackVerifier | None = None
        self.shipment_id = ""
        self.bypass_reason = ""
        self._warned_once = False
        self._colour = ""
        self.bar = VerificationBar()
        self.bar.setVisible(False)
        self.bar.reason_entered.connect(self.bypass_verification)
        panel.detail_layout.addWidget(self.bar)

    # ---------------------------------------------------------------- loading

    def load(self, shipment: Shipment | None) -> None:
        """A shipment was shown (or ``None``: nothing is loaded any more)."""
        if shipment is not None:  # what is physically packed: bundles as their contents
            plan = pack_plan(shipment.products, bundles_prepacked=self.panel.bundles_prepacked())
            self.verifier = PackVerifier(plan.lines)
        else:
            self.verifier = None
        self.shipment_id = shipment.shipment_id if shipment else ""
        self.bypass_reason = ""
        self._warned_once = False
        self.bar.reason.clear()
        on = self.verifier is not None and self.mode() != "off"
        self.panel.show_packed_column(on)
        if self.bar.isHidden() == on:
            self.bar.setVisible(on)
        self._refresh()

    # ------------------------------------------------------------------ scans

    def take(self, scan: Scan) -> bool:
        """Count ``scan`` if it is an item of the loaded shipment; False if it is not one."""
        if self.verifier is None:
            return False
        code = self.verifier.matches_any((scan.value, scan.raw.strip()))
        if code is None:
            return False
        result = self.verifier.scan(code)
        self._warned_once = False
        line = result.line
        assert line is not None
        cell = self.panel.lines.item(self.panel.row_of(line.index), 0)
        if cell is not None:
            self.panel.lines.scrollToItem(cell)
        say = self.announcer.say
        if result.outcome is Outcome.ONE_TOO_MANY:
            say(Tone.WARN, self.tr("One too many: {0}").format(line.name),
                self.tr("Only {0} ordered. Take one out of the box.").format(line.expected))
        elif result.outcome is Outcome.ALL_VERIFIED:
            say(Tone.IDLE, self.tr("The item is packed") if self.verifier.expected_total == 1
                else self.tr("All {0} items packed").format(self.verifier.expected_total),
                self.tr("Scan the carrier label, then complete."), sound=False)
            self.announcer.feedback.ok()
        else:
            say(Tone.IDLE, self.tr("Packed {0}: {1}").format(line.text, line.name),
                self._progress_text(), sound=False)
            self.announcer.feedback.ok()
        self._refresh()
        return True

    def wrong_item(self, code: str, *, could_be_slip: bool = False) -> None:
        self._warned_once = False
        bundle = self._bundle_with_code(code)
        if bundle is not None:  # a bundle's own label: what counts is inside it
            self.announcer.say(Tone.WARN, self.tr("That is the bundle's own barcode: {0}")
                               .format(bundle), self.tr("Open it and scan each item inside "
                                                       "(listed under the bundle)."))
            return
        hint = self.tr("Take it out of the box.")
        if could_be_slip:
            hint += "  " + self.tr("If it is an order number, scan it again to open it.")
        self.announcer.say(Tone.ERROR, self.tr("Wrong item: {0} is not in this shipment")
                           .format(code), hint)

    def _bundle_with_code(self, code: str) -> str | None:
        plan = self.panel.plan
        if plan is None or self.verifier is None:
            return None
        key = normalise_code(code)
        for group in plan.groups:
            if group.bundle is not None and key in line_codes(group.bundle):
                return group.bundle.name
        return None

    # ------------------------------------------------------------------- gate

    def may_complete(self) -> bool:
        """Called before Complete / good-to-go; says why not when it must wait."""
        v = self.verifier
        mode = self.mode()
        if v is None or mode == "off" or v.all_verified or self.bypass_reason:
            return True
        missing = v.missing()
        first = missing[0]
        where = self.tr("Still missing: {0} ({1})").format(first.name, first.text)
        if mode == "warn":
            if self._warned_once:
                return True
            self._warned_once = True
            self.announcer.say(Tone.WARN, self.tr("Not every item is scanned ({0})")
                               .format(v.summary()),
                               where + "  ·  " + self.tr("Complete again to send it anyway."))
            return False
        self.announcer.say(Tone.WARN, self.tr("Scan every item before completing"),
                           where + "  ·  " + self.tr("A supervisor can complete it anyway "
                                                     "with a reason below."))
        return False

    def bypass_verification(self, reason: str) -> bool:
        """Supervisor: let Complete through without every item scanned; audited."""
        if self.verifier is None:
            return False
        allowed = self.may_bypass()
        cleaned = supervisor_reason(self.announcer, allowed, reason)
        if cleaned is None:
            if allowed:
                self.bar.reason.setFocus()
            return False
        reason = self.bypass_reason = cleaned
        self.bypassed.emit(self.shipment_id, reason, self.verifier.summary())
        self.announcer.say(Tone.IDLE, self.tr("Verification bypassed: {0}").format(reason),
                           self.tr("Scan the carrier label, then complete."))
        self._refresh()
        return True

    # ---------------------------------------------------------------- display

    def _progress_text(self) -> str:
        v = self.verifier
        if v is None:
            return ""
        if v.expected_total == 1:
            return self.tr("{0} of 1 item scanned").format(v.scanned_total)
        return self.tr("{0} of {1} items scanned").format(v.scanned_total, v.expected_total)

    def _refresh(self) -> None:
        v = self.verifier
        blocked = (v is not None and self.mode() == "require" and not v.all_verified
                   and not self.bypass_reason)
        if v is not None:
            for p in v.all_progress():
                state = "complete" if p.complete else ("started" if p.scanned else "")
                self.panel.set_packed(p.index, p.text, state)
            text = self._progress_text()
            if self.bypass_reason:
                text += "  ·  " + self.tr("bypassed: {0}").format(self.bypass_reason)
            self.bar.progress.setText(text)
            colour = "#15803d" if v.all_verified else "#1f2328"
            if colour != self._colour:  # a new style sheet re-polishes: only on change
                self._colour = colour
                self.bar.progress.setStyleSheet(
                    f"font-size: 16pt; font-weight: 600; color: {colour};")
        if self.bar.bypass_row.isHidden() == blocked:
            self.bar.bypass_row.setVisible(blocked)
        if blocked and v is not None:
            self.form.set_blocker(
                self.tr("Scan all items first ({0} / {1})").format(v.scanned_total,
                                                                   v.expected_total),
                self.tr("Complete waits until every item is scanned (station setting). "
                        "A supervisor can bypass with a reason."))
        else:
            self.form.set_blocker("")
