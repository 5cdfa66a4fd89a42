"""Wraps the Centra completer so every completion attempt and its result is audited.

Runs in a worker thread: it only reads the operator session (thread-safe) and the
station name captured in the GUI thread, and writes through the thread-safe ``AuditLog``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Protocol

from packstation.centra.errors import CentraError
from packstation.centra.models import CompleteRequest, CompleteResponse, Shipment, ShipmentState

from .audit import AuditError, AuditKind, AuditLog

log = logging.getLogger(__name__)


class Completer(Protocol):
    def complete(self, request: CompleteRequest) -> CompleteResponse: ...

    def find(self, order: str, shipment_id: str, state: ShipmentState) -> Shipment | None: ...


def _email(value: bool | None) -> str:
    return "store default" if value is None else ("send" if value else "don't send")


class AuditedCompleter:
    def __init__(self, inner: Completer, audit: AuditLog, *, station: Callable[[], str],
                 operator: Callable[[], str]) -> None:
        self._inner = inner
        self._audit = audit
        self._station = station
        self._operator = operator

    def _record(self, kind: AuditKind, shipment: str, detail: str) -> None:
        try:
            self._audit.record(kind, station=self._station(), operator=self._operator(),
                               shipment=shipment, detail=detail)
        except AuditError as exc:
            # A full disk must not stop a parcel going out; say so in the log instead.
            log.error("%s", exc)

    def find(self, order: str, shipment_id: str, state: ShipmentState) -> Shipment | None:
        """Reconciliation look-ups pass straight through (they change nothing)."""
        return self._inner.find(order, shipment_id, state)

    def complete(self, request: CompleteRequest) -> CompleteResponse:
        detail = (f"carrier={request.carrier or '-'}; tracking={request.tracking or '-'}; "
                  f"packages={request.packages}; e-mail={_email(request.send_email)}")
        self._record(AuditKind.COMPLETION_ATTEMPT, request.shipment, detail)
        try:
            response = self._inner.complete(request)
        except CentraError as exc:
            unknown = "; outcome unknown" if exc.outcome_unknown else ""
            self._record(AuditKind.COMPLETION_RESULT, request.shipment,
                         f"failed: {exc.title}{unknown}")
            raise
        except Exception as exc:
            self._record(AuditKind.COMPLETION_RESULT, request.shipment,
                         f"failed: {type(exc).__name__}")
            raise
        self._record(AuditKind.COMPLETION_RESULT, request.shipment, "completed")
        return response
