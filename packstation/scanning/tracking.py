"""Validation for the tracking-number field (typed, pasted or scanned into it).

Accepts carrier tracking numbers and SSCCs; refuses product codes, shipment
IDs, QR/URLs and known carrier formats with a wrong check digit, each with a
plain message. Unknown but plausible alphanumerics (6-40 characters, A-Z0-9
with at least one digit, after removing spaces and upper-casing) are accepted
with ``carrier=None``: carriers we do not know must not be blocked.

The returned :class:`Scan` has ``valid=True`` only when the text may be saved as
the tracking number. A command barcode comes back as ``kind=COMMAND,
valid=False``: the app may still act on it (``scan.value``).
"""

from __future__ import annotations

import re
from dataclasses import replace

from .carriers import match_carrier
from .classify import DEFAULT_SHIPMENT_PATTERN, classify
from .description import Description, Note, Said, render
from .model import Scan, ScanKind
from .normalize import compact, split_aim, strip_affixes

MIN_UNKNOWN_LENGTH = 6
MAX_UNKNOWN_LENGTH = 40
UNKNOWN_CARRIER_DETAIL = render(Description(Said.UNKNOWN_CARRIER))  # English, as Scan.detail


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
        return _refuse(s, s.description.noted(Note.CHECK_AND_RESCAN))
    if k is ScanKind.SSCC:
        if s.valid:
            return replace(s, description=s.description.noted(Note.SHARED_FORMAT))
        return _refuse(s, s.description.noted(Note.CHECK_AND_RESCAN))
    if k is ScanKind.PRODUCT:
        m = match_carrier(s.value) if len(s.value) == 12 else None
        if m is not None and m.valid:
            also = m.description.noted(Note.ALSO_UPC)
            return replace(s, kind=ScanKind.TRACKING, carrier=m.carrier, description=also,
                           valid=True)
        return _refuse(s, Description(Said.PRODUCT_NOT_TRACKING))
    if k is ScanKind.SHIPMENT_ID:
        return _refuse(s, Description(Said.SHIPMENT_ID_NOT_TRACKING, s.value))
    if k is ScanKind.COMMAND:
        return _refuse(s, Description(Said.COMMAND_NOT_TRACKING, s.value))
    if k is ScanKind.ORDER_NUMBER:
        if order_number is not None and s.value == order_number.lstrip("#").strip():
            return _refuse(s, Description(Said.ORDER_NUMBER_NOT_TRACKING))
        if len(s.value) < MIN_UNKNOWN_LENGTH:
            return _refuse(s, Description(Said.TOO_SHORT))
        return _unknown_carrier(s, s.value)
    c = compact(split_aim(strip_affixes(raw, prefix, suffix))[1])
    plausible = s.symbology is None and c.isascii() and c.isalnum() and _has_digit(c)
    if plausible and MIN_UNKNOWN_LENGTH <= len(c) <= MAX_UNKNOWN_LENGTH:
        return _unknown_carrier(s, c)
    if k is ScanKind.QR_OR_URL:
        return _refuse(s, Description(Said.QR_NOT_TRACKING))
    if plausible and len(c) < MIN_UNKNOWN_LENGTH:
        return _refuse(s, Description(Said.TOO_SHORT))
    return _refuse(s, s.description)  # UNKNOWN: classify() already says why


def _has_digit(text: str) -> bool:
    return any(ch.isdigit() for ch in text)


def _refuse(s: Scan, description: Description) -> Scan:
    return replace(s, valid=False, description=description)


def _unknown_carrier(s: Scan, value: str) -> Scan:
    return replace(
        s,
        kind=ScanKind.TRACKING,
        value=value,
        carrier=None,
        description=Description(Said.UNKNOWN_CARRIER),
        valid=True,
    )
