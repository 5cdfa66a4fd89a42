"""The result type shared by :func:`classify` and :func:`validate_tracking`."""

from __future__ import annotations

import enum
from dataclasses import dataclass

from .description import Description, render


class ScanKind(enum.Enum):
    SHIPMENT_ID = "shipment_id"
    ORDER_NUMBER = "order_number"
    PRODUCT = "product"
    SSCC = "sscc"
    TRACKING = "tracking"
    COMMAND = "command"
    QR_OR_URL = "qr_or_url"
    UNKNOWN = "unknown"


@dataclass(frozen=True, slots=True)
class Scan:
    """One classified scan.

    ``value`` is normalised (upper case, no spaces, prefixes such as USPS
    ``420``+ZIP, the FedEx 34-digit wrapper or the DPD ``%`` barcode's routing data
    removed) so it can be stored or pasted into the carrier's tracking page. ``raw`` is exactly what arrived.
    ``alternatives`` lists other kinds the same text could also be (e.g. an
    8-digit code that is both a valid EAN-8 and a plausible order number), so
    the app can fall back when the first reading matches nothing.
    ``description`` says what the scan is (or why the tracking field refuses it) as a
    code plus values; ``detail`` is its English sentence, the UI translates it with
    ``ui.scan_words``.
    """

    kind: ScanKind
    value: str
    raw: str
    description: Description
    carrier: str | None = None
    valid: bool = False
    alternatives: tuple[ScanKind, ...] = ()
    symbology: str | None = None

    @property
    def detail(self) -> str:
        """The description in English (logs, tests); never shown to a packer as is."""
        return render(self.description)
