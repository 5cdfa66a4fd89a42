"""Centra Order API: typed client, models and errors (no Qt)."""

from packstation.centra.client import CentraClient, Timeouts, normalise_base_url
from packstation.centra.errors import CaptureFailed, CentraError, CentraRefused
from packstation.centra.models import (
    CompleteRequest,
    CompleteResponse,
    FoundShipment,
    LookupOutcome,
    LookupResult,
    Shipment,
    ShipmentState,
)

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
