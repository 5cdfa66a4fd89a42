"""Centra behind ports: the Order API adapter (``order_api/``), shared errors and outcomes (no Qt).

The names below are loaded on first use: importing ``packstation.centra.outcomes`` (or
``errors``) at start-up must not pull in httpx and pydantic (see benchmarks/BENCHMARKS.md,
cold start).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from packstation.centra.errors import CaptureFailed, CentraError, CentraRefused
    from packstation.centra.order_api.client import CentraClient, Timeouts, normalise_base_url
    from packstation.centra.order_api.models import (
        CompleteRequest,
        CompleteResponse,
        FoundShipment,
        LookupOutcome,
        LookupResult,
        Shipment,
        ShipmentState,
    )

_WHERE = {
    "CentraClient": "order_api.client", "Timeouts": "order_api.client",
    "normalise_base_url": "order_api.client",
    "CaptureFailed": "errors", "CentraError": "errors", "CentraRefused": "errors",
    "CompleteRequest": "order_api.models", "CompleteResponse": "order_api.models",
    "FoundShipment": "order_api.models", "LookupResult": "order_api.models",
    "Shipment": "order_api.models",
    "LookupOutcome": "outcomes", "ShipmentState": "outcomes",
}

__all__ = [
    "CaptureFailed",
    "CentraClient",
    "CentraError",
    "CentraRefused",
    "CompleteRequest",
    "CompleteResponse",
    "FoundShipment",
    "LookupOutcome",
    "LookupResult",
    "Shipment",
    "ShipmentState",
    "Timeouts",
    "normalise_base_url",
]


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{module}"), name)
