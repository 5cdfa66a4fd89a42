"""Centra behind ports (no Qt).

- ``domain``: the neutral types the bench reads (Shipment, Line, LookupResult, Completion, ...);
- ``ports``: the Protocols an adapter implements (ShipmentSource, Completer, ...);
- ``order_api/``: the Order API adapter (``CentraClient``); only it (and ``app/``, which
  builds it) knows its wire models;
- shared: ``errors``, ``outcomes``, ``deadline``, ``ready_cache``, ``connection``.

The names below are loaded on first use: importing ``packstation.centra.outcomes`` (or
``errors``) at start-up must not pull in httpx and pydantic (see benchmarks/BENCHMARKS.md,
cold start).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from packstation.centra.connection import normalise_base_url
    from packstation.centra.domain import (
        Completion,
        CompletionResult,
        FoundShipment,
        Line,
        LookupResult,
        Shipment,
    )
    from packstation.centra.errors import CaptureFailed, CentraError, CentraRefused
    from packstation.centra.order_api.client import CentraClient, Timeouts
    from packstation.centra.outcomes import LookupOutcome, ShipmentState
    from packstation.centra.ports import (
        CentraPorts,
        Completer,
        DocumentSource,
        GoodToGoMarker,
        ShipmentSource,
    )

_WHERE = {
    "CentraClient": "order_api.client", "Timeouts": "order_api.client",
    "normalise_base_url": "connection",
    "CaptureFailed": "errors", "CentraError": "errors", "CentraRefused": "errors",
    "Completion": "domain", "CompletionResult": "domain", "FoundShipment": "domain",
    "Line": "domain", "LookupResult": "domain", "Shipment": "domain",
    "LookupOutcome": "outcomes", "ShipmentState": "outcomes",
    "CentraPorts": "ports", "Completer": "ports", "DocumentSource": "ports",
    "GoodToGoMarker": "ports", "ShipmentSource": "ports",
}

__all__ = [
    "CaptureFailed",
    "CentraClient",
    "CentraError",
    "CentraPorts",
    "CentraRefused",
    "Completer",
    "Completion",
    "CompletionResult",
    "DocumentSource",
    "FoundShipment",
    "GoodToGoMarker",
    "Line",
    "LookupOutcome",
    "LookupResult",
    "Shipment",
    "ShipmentSource",
    "ShipmentState",
    "Timeouts",
    "normalise_base_url",
]


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{module}"), name)
