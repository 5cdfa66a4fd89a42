"""What a lookup found, as plain enums (no pydantic: the UI imports these at start-up
without paying for the models; ``models`` re-exports them)."""

from __future__ import annotations

from enum import StrEnum

__all__ = ["LookupOutcome", "ShipmentState"]


class ShipmentState(StrEnum):
    """Which Get shipments ``status`` query a shipment was found under."""

    GOOD_TO_GO = "goodtogo"
    IN_PROGRESS = "inprogress"
    COMPLETED = "completed"


class LookupOutcome(StrEnum):
    READY = "ready"
    NEEDS_CAPTURE = "needs_capture"
    NOT_GOOD_TO_GO = "not_good_to_go"
    ON_HOLD = "on_hold"
    NOT_PAID = "not_paid"
    COMPLETED = "completed"
    NOT_FOUND = "not_found"
    SEVERAL_OPEN = "several_open"
