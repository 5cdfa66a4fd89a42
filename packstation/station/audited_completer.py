"""Wraps the Centra client so every write to Centra is audited: each completion attempt
and its result (``completion_attempt`` / ``completion_result``), and each "Mark
good-to-go only" and its result (``mark_gtg`` / ``mark_gtg_result``).

Runs in a worker thread: it only reads the operator session (thread-safe) and the
station name captured in the GUI thread, and writes through the thread-safe ``AuditLog``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from packstation.centra.domain import Completion, CompletionResult, Shipment, ShipmentState
from packstation.centra.errors import CentraError
from packstation.centra.ports import Completer, GoodToGoMarker, StepListener

from .audit import AuditError, AuditKind, AuditLog

log = logging.getLogger(__name__)


def _email(value: bool | None) -> str:
    """The e-mail choice as sent: in words, and the exact ``sendEmail`` field."""
    if value is None:
        return "store setting (sendEmail left out)"
    return "send (sendEmail=true)" if value else "don't send (sendEmail=false)"


def _failure(exc: Exception) -> str:
    if isinstance(exc, CentraError):
        unknown = "; outcome unknown" if exc.outcome_unknown else ""
        return f"failed: {exc.title}{unknown}"
    return f"failed: {type(exc).__name__}"


class _Rows:
    """Writes one row for the station's current operator; never raises at the packer."""

    def __init__(self, audit: AuditLog, station: Callable[[], str],
                 operator: Callable[[], str]) -> None:
        self._audit = audit
        self._station = station
        self._operator = operator

    def record(self, kind: AuditKind, shipment: str, detail: str) -> None:
        try:
            self._audit.record(kind, station=self._station(), operator=self._operator(),
                               shipment=shipment, detail=detail)
        except AuditError as exc:
            # A full disk must not stop a parcel going out; say so in the log instead.
            log.error("%s", exc)


class AuditedCompleter:
    def __init__(self, inner: Completer, audit: AuditLog, *, station: Callable[[], str],
                 operator: Callable[[], str]) -> None:
        self._inner = inner
        self._rows = _Rows(audit, station, operator)
        # A completer that resumes a half-done sequence (the Integration API) says so.
        self.resumable = bool(getattr(inner, "resumable", False))

    def find(self, order: str, shipment_id: str, state: ShipmentState) -> Shipment | None:
        """Reconciliation look-ups pass straight through (they change nothing)."""
        return self._inner.find(order, shipment_id, state)

    def complete(self, completion: Completion, *,
                 on_step: StepListener | None = None) -> CompletionResult:
        detail = (f"carrier={completion.carrier or '-'}; tracking={completion.tracking or '-'}; "
                  f"packages={completion.packages}; e-mail={_email(completion.send_email)}")
        self._rows.record(AuditKind.COMPLETION_ATTEMPT, completion.shipment, detail)
        try:
            # The outbox's step listener goes through to a sequence (the Integration API);
            # a one-call completer (the Order API) is called as before.
            response = (self._inner.complete(completion, on_step=on_step)
                        if self.resumable else self._inner.complete(completion))
        except Exception as exc:
            self._rows.record(AuditKind.COMPLETION_RESULT, completion.shipment, _failure(exc))
            raise
        self._rows.record(AuditKind.COMPLETION_RESULT, completion.shipment, "completed")
        return response


class AuditedGoodToGo:
    """``mark_good_to_go`` (``PUT shipments/{id}`` with only ``gtg``), audited like a
    completion: a ``mark_gtg`` row before the call and a ``mark_gtg_result`` row after."""

    def __init__(self, inner: GoodToGoMarker, audit: AuditLog, *, station: Callable[[], str],
                 operator: Callable[[], str]) -> None:
        self._inner = inner
        self._rows = _Rows(audit, station, operator)

    def mark_good_to_go(self, shipment_id: str) -> Shipment:
        self._rows.record(AuditKind.MARK_GTG, shipment_id,
                          "good-to-go only (packed, not shipped)")
        try:
            shipment = self._inner.mark_good_to_go(shipment_id)
        except Exception as exc:
            self._rows.record(AuditKind.MARK_GTG_RESULT, shipment_id, _failure(exc))
            raise
        self._rows.record(AuditKind.MARK_GTG_RESULT, shipment_id, "marked good-to-go")
        return shipment
