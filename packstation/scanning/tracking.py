"""Validation for the tracking-number field (typed, pasted or scanned into it).

Accepts carrier tracking numbers and SSCCs; refuses product codes, shipment
IDs, QR/URLs and known carrier formats with a wrong check digit, each with a
plain message. Unknown but plausible alphanumerics (6-40 characters, A-Z0-9
after removing spaces) are accepted with ``carrier=None``: carriers we do not
know must not be blocked.

The returned :class:`Scan` has ``valid=True`` only when the text may be saved as
the tracking number. A command barcode comes back as ``kind=COMMAND,
valid=False``: the app may still act on it (``scan.value``).
"""

from __future__ import annotations

import re
from dataclasses import replace

from .carriers import match_carrier
from .classify import DEFAULT_SHIPMENT_PATTERN, classify
from .model import Scan, ScanKind
from .normalize import compact, split_aim, strip_affixes

MIN_UNKNOWN_LENGTH = 6
MAX_UNKNOWN_LENGTH = 40
UNKNOWN_CARRIER_DETAIL = "Tracking number (carrier not recognised)"


def validate_tracking(
    raw: str,
    *,
    order_number: str | None = None,
    shipment_pattern: re.Pattern[str] | str = DEFAULT_SHIPMENT_PATTERN,
    prefix: str = "",
    suffix: str = "",
    gs_substitutes: str = "",
) -> Scan:
    """Decide whether ``raw`` can be saved as a tracking number. Never raises.

    ``order_number``: the open order's number; scanning it here is refused
    (a packer scanning the packing slip instead of the label).
    """
    s = classify(
        raw,
        shipment_pattern=shipment_pattern,
        prefix=prefix,
        suffix=suffix,
        gs_substitutes=gs_substitutes,
    )
    k = s.kind
    if k is ScanKind.TRACKING:
        if s.valid:
            return s
        return _refuse(s, f"{s.detail}: check the number or scan again")
    if k is ScanKind.SSCC:
        if s.valid:
            return replace(
                s, detail=f"{s.detail} (used by PostNord, Bring, DB Schenker and others)"
            )
        return _refuse(s, f"{s.detail}: check the number or scan again")
    if k is ScanKind.PRODUCT:
        m = match_carrier(s.value) if len(s.value) == 12 else None
        if m is not None and m.valid:
            detail = f"{m.detail} (also reads as a UPC-A product code: check the label)"
            return replace(s, kind=ScanKind.TRACKING, carrier=m.carrier, detail=detail, valid=True)
        return _refuse(s, "That is a product barcode, not a tracking number")
    if k is ScanKind.SHIPMENT_ID:
        return _refuse(s, f"That is a Centra shipment ID ({s.value}), not a tracking number")
    if k is ScanKind.COMMAND:
        return _refuse(s, f"That is a command barcode ({s.value}), not a tracking number")
    if k is ScanKind.QR_OR_URL:
        return _refuse(s, "That is a QR code or text, not a tracking number: scan the 1D barcode")
    if k is ScanKind.ORDER_NUMBER:
        if order_number is not None and s.value == order_number.lstrip("#").strip():
            return _refuse(s, "That is the order number, not a tracking number")
        if len(s.value) < MIN_UNKNOWN_LENGTH:
            return _refuse(s, "Too short for a tracking number")
        return _unknown_carrier(s, s.value)
    c = compact(split_aim(strip_affixes(raw, prefix, suffix))[1])
    if s.symbology is None and c.isascii() and c.isalnum():
        if MIN_UNKNOWN_LENGTH <= len(c) <= MAX_UNKNOWN_LENGTH:
            return _unknown_carrier(s, c)
        if len(c) < MIN_UNKNOWN_LENGTH:
            return _refuse(s, "Too short for a tracking number")
    return _refuse(s, s.detail or "Not a tracking number")


def _refuse(s: Scan, detail: str) -> Scan:
    return replace(s, valid=False, detail=detail)


def _unknown_carrier(s: Scan, value: str) -> Scan:
    return replace(
        s,
        kind=ScanKind.TRACKING,
        value=value,
        carrier=None,
        detail=UNKNOWN_CARRIER_DETAIL,
        valid=True,
    )
