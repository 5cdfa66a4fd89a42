"""The ports: what the bench, the outbox and the station need of Centra (no Qt, no wire).

Each port speaks only the neutral types of ``packstation.centra.domain``. An adapter
implements them for one Centra API:

- ``packstation.centra.order_api.client.CentraClient``: the Order API (REST); it maps its
  wire models with ``order_api/adapter.py`` and builds the ``PUT shipment`` body from a
  ``Completion`` there, so ``CompleteRequest`` never leaves ``order_api/``.
- the Integration API (GraphQL, issue #16) plugs in behind the same ports: its
  ``complete`` runs ``updateShipment`` (good to go) / ``captureShipment`` /
  ``completeShipment``, each only if the shipment's ``isGoodToGo``/``isCaptured``/
  ``isShipped`` say it is still needed, so a half-done sequence resumes safely.

Errors: adapters raise ``packstation.centra.errors.CentraError`` subclasses, with
``outcome_unknown`` set when a write may have landed (the outbox relies on it).
See docs/architecture.md.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Protocol

from packstation.centra.domain import (
    Completion,
    CompletionResult,
    Document,
    DocumentKind,
    LookupResult,
    Shipment,
    ShipmentState,
)

__all__ = ["CentraPorts", "Completer", "DocumentSource", "GoodToGoMarker", "ShipmentSource",
           "StepListener"]

# ``on_step(step, phase)``: a completer that completes as a sequence of mutations (the
# Integration API) calls it with ``"sending"`` before and ``"done"`` after each step
# (``"good_to_go"``, ``"capture"``, ``"complete"``, ``"comment"``), and with ``"done"``
# for a step it finds Centra has done already when it resumes; the outbox records it.
StepListener = Callable[[str, str], None]


class ShipmentSource(Protocol):
    """Reads shipments: what a scan refers to, and the ready list."""

    def lookup(self, scanned: str) -> LookupResult:
        """What a scanned shipment number (``83651-1``) or order number refers to."""
        ...

    def find(self, order: str, shipment_id: str, state: ShipmentState) -> Shipment | None:
        """The shipment if Centra has it in ``state``, else ``None``."""
        ...

    def iter_good_to_go(self, page_size: int = 100) -> Iterator[Shipment]:
        """Every shipment ready to pack (good to go, not shipped), oldest first."""
        ...

    def count_ready(self) -> int:
        """How many shipments are ready (``Test connection``, the smoke check)."""
        ...


class GoodToGoMarker(Protocol):
    """Marks a shipment good to go only: packed now, handed over later."""

    def mark_good_to_go(self, shipment_id: str) -> Shipment: ...


class Completer(Protocol):
    """Delivers a completion, and looks a shipment up to reconcile an unknown outcome
    (the outbox's dispatcher asks ``find(..., ShipmentState.COMPLETED)``).

    ``on_step``: see ``StepListener``. A completer that completes in one call (the Order
    API) ignores it; one that completes as a resumable sequence says so with a true
    ``resumable`` attribute, and the dispatcher then passes a listener per delivery. A
    listener that raises on ``"sending"`` stops the sequence before that mutation."""

    def complete(self, completion: Completion, *,
                 on_step: StepListener | None = None) -> CompletionResult: ...

    def find(self, order: str, shipment_id: str, state: ShipmentState) -> Shipment | None: ...


class DocumentSource(Protocol):
    """Downloads a shipment's PDF (``Shipment.proforma``/``delivery_note`` links);
    raises ``domain.DocumentError``."""

    def fetch_document(self, kind: DocumentKind, url: str) -> Document: ...


class CentraPorts(ShipmentSource, GoodToGoMarker, Completer, DocumentSource, Protocol):
    """Everything one Centra connection offers the bench (what the composition root
    hands it). ``close`` ends the connection when the app shuts down."""

    def close(self) -> None: ...
