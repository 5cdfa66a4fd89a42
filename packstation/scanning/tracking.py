"""Validation for the tracking-number field (typed, pasted or scanned into it).

Accepts carrier tracking numbers and SSCCs; refuses product codes, shipment
IDs, QR/URLs and known carrier formats with a wrong check digit, each with a
plain message. Unknown but plausible alphanumerics (6-40 characters, A-Z0-9
with at least one digit, after removing spaces; saved in the label's own case) are accepted
with ``carrier=None``: carriers we do not know must not be blocked.

Where the same text has several readings (a 12-digit number can be a UPC-A product
code, a DHL Paket, GLS or FedEx number), the order decides: a code that matches one of
the order's lines (``product_codes``) is a product; otherwise the order's booked carrier
(``booked_carrier``) picks the reading, and the description says which one was taken.
A valid product code is never taken as tracking unless the booked carrier uses exactly
that numbering.

The returned :class:`Scan` has ``valid=True`` only when the text may be saved as
the tracking number. A command barcode comes back as ``kind=COMMAND,
valid=False``: the app may still act on it (``scan.value``).
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import replace

from .carriers import CarrierMatch, choose, readings, same_carrier
from .checkdigits import leitcode_is_valid
from .classify import DEFAULT_SHIPMENT_PATTERN, classify
from .description import Description, Note, Said, render
from .model import Scan, ScanKind
from .normalize import compact, printed_compact, split_aim, strip_affixes

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
    booked_carrier: str | None = None,
    product_codes: Collection[str] = (),
) -> Scan:
    """Decide whether ``raw`` can be saved as a tracking number. Never raises.

    ``order_number``: the open order's number; scanning it here is refused
    (a packer scanning the packing slip instead of the label).
    ``booked_carrier``: the carrier the order is booked with (picks among readings).
    ``product_codes``: the order's lines' codes (EAN/UPC as GTIN-14, SKUs upper case).
    """
    s = classify(
        raw,
        shipment_pattern=shipment_pattern,
        prefix=prefix,
        suffix=suffix,
        gs_substitutes=gs_substitutes,
    )
    k = s.kind
    if product_codes and k is not ScanKind.COMMAND:
        lines = {_product_key(c) for c in product_codes}
        typed = compact(split_aim(strip_affixes(raw, prefix, suffix))[1])
        if _product_key(typed) in lines or (k is ScanKind.PRODUCT and _product_key(s.value)
                                            in lines):
            return _refuse(replace(s, kind=ScanKind.PRODUCT),
                           Description(Said.PRODUCT_NOT_TRACKING))  # one of the order's items
    if k is ScanKind.TRACKING:
        if s.valid:
            return _reading(s, printed_compact(split_aim(strip_affixes(raw, prefix, suffix))[1]),
                            booked_carrier)
        return _refuse(s, s.description.noted(Note.CHECK_AND_RESCAN))
    if s.description.said in (Said.ALL_ZEROS, Said.GS1_NO_NUMBER, Said.GS1_UNREADABLE):
        return _refuse(s, s.description)  # not "carrier not recognised": GS1 data, or zeros
    if k is ScanKind.SSCC:
        if s.valid and booked_carrier:  # any carrier may label with an SSCC: the booked one
            return replace(s, carrier=booked_carrier, description=s.description.noted(
                Note.BOOKED_READING, booked_carrier))
        if s.valid:
            return replace(s, description=s.description.noted(Note.SHARED_FORMAT))
        return _refuse(s, s.description.noted(Note.CHECK_AND_RESCAN))
    if k is ScanKind.PRODUCT:
        return _product_or_tracking(s, booked_carrier)
    if k is ScanKind.SHIPMENT_ID:
        return _refuse(s, Description(Said.SHIPMENT_ID_NOT_TRACKING, s.value))
    if k is ScanKind.COMMAND:
        return _refuse(s, Description(Said.COMMAND_NOT_TRACKING, s.value))
    if k is ScanKind.ORDER_NUMBER:
        if order_number is not None and s.value == order_number.lstrip("#").strip():
            return _refuse(s, Description(Said.ORDER_NUMBER_NOT_TRACKING))
        if len(s.value) < MIN_UNKNOWN_LENGTH:
            return _refuse(s, Description(Said.TOO_SHORT))
        return _unknown_carrier(s, s.value, booked_carrier)
    c = printed_compact(split_aim(strip_affixes(raw, prefix, suffix))[1])
    slip = layout_slip(c)
    if slip is not None:  # a known carrier's number, typed through a mismatched layout
        return _refuse(replace(s, kind=ScanKind.TRACKING, carrier=slip.carrier),
                       Description(Said.LAYOUT_MISMATCH, slip.value, carrier=slip.carrier or ""))
    head = head_lost(c)
    if head is not None:  # a known carrier's number without its first character(s)
        return _refuse(replace(s, kind=ScanKind.TRACKING, carrier=head.carrier),
                       Description(Said.HEAD_MISSING, head.value, carrier=head.carrier or ""))
    plausible = s.symbology is None and c.isascii() and c.isalnum() and _has_digit(c)
    if plausible and MIN_UNKNOWN_LENGTH <= len(c) <= MAX_UNKNOWN_LENGTH:
        as_printed = printed_compact(split_aim(strip_affixes(raw, prefix, suffix))[1], upper=False)
        return _unknown_carrier(s, c, booked_carrier, as_printed=as_printed)
    if k is ScanKind.QR_OR_URL:
        return _refuse(s, Description(Said.QR_NOT_TRACKING))
    if plausible and len(c) < MIN_UNKNOWN_LENGTH:
        return _refuse(s, Description(Said.TOO_SHORT))
    return _refuse(s, s.description)  # UNKNOWN: classify() already says why


# What a scanner set up for one keyboard layout types on a PC set to another, letter by
# letter (US <-> German/Swiss QWERTZ: Y and Z trade places; US <-> French AZERTY: A/Q and
# Z/W trade places and the unshifted digit row gives & é " ' ( - è _ ç à).
_LAYOUT_SWAPS: tuple[dict[int, int], ...] = (
    str.maketrans("YZ", "ZY"),
    str.maketrans("AQZW&É\"'(-È_ÇÀ", "QAWZ1234567890"),
)


def layout_slip(compact_text: str) -> CarrierMatch | None:
    """The known carrier number ``compact_text`` becomes when the letters a keyboard-layout
    mismatch trades are traded back, if the text itself is no valid checked carrier number.

    A scanner set to the US layout on a German PC turns ``1Z...`` into ``1Y...``: as typed it
    is only "carrier not recognised", and the wrong number would be sent. Only checked,
    distinctive readings count (a check digit that passes after the swap), so a real unknown
    carrier's number is not taken for a slip by chance of its shape alone."""
    if any(m.valid and m.checked and not m.fallback for m in readings(compact_text)):
        return None
    for table in _LAYOUT_SWAPS:
        swapped = compact_text.translate(table)
        if swapped == compact_text:
            continue
        for m in readings(swapped):
            if m.valid and m.strong and m.checked and not m.booked_only and m.carrier:
                return m
    return None


# What a lost start may have held: one character, or UPS's "1Z".
_HEAD_CHARS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
_HEAD_PAIRS = ("1Z",)


def head_lost(compact_text: str) -> CarrierMatch | None:
    """The known carrier number ``compact_text`` becomes with one or two leading characters
    put back, if the text itself is no valid checked carrier number (``value``: that number,
    with ``?`` where several characters would do, as an S10's letters, which its check digit
    does not cover).

    A scanner (or a busy PC) that stalls after the first key can hand the bench
    ``Z999AB20000000692`` for ``1Z999AB20000000692`` or ``J958083578US`` for
    ``EJ958083578US``. As for :func:`layout_slip`, only checked, distinctive readings count."""
    if not compact_text.isascii() or not compact_text.isalnum() or len(compact_text) < 8:
        return None
    if any(m.valid and m.checked and not m.fallback for m in readings(compact_text)):
        return None
    for heads in (_HEAD_CHARS, _HEAD_PAIRS):
        found: dict[str, CarrierMatch] = {}
        for head in heads:
            for m in readings(head + compact_text):
                if m.valid and m.strong and m.checked and not m.booked_only and m.carrier:
                    found.setdefault(head, m)
                    break
        if len(found) == 1:
            return next(iter(found.values()))
        if found:
            carriers = {m.carrier for m in found.values()}
            if len(carriers) == 1:
                m = next(iter(found.values()))
                return replace(m, value="?" * len(next(iter(found))) + compact_text)
    return None


def _has_digit(text: str) -> bool:
    return any(ch.isdigit() for ch in text)


def _refuse(s: Scan, description: Description) -> Scan:
    return replace(s, valid=False, description=description)


def _product_key(code: str) -> str:
    c = compact(code)
    return c.zfill(14) if c.isascii() and c.isdigit() and 8 <= len(c) <= 14 else c


def _product_or_tracking(s: Scan, booked: str | None) -> Scan:
    """A valid product code: refused, unless it is no line of this order and the order's
    booked carrier numbers its parcels exactly so (then taken, and the text says so)."""
    refused = _refuse(s, Description(Said.PRODUCT_NOT_TRACKING))
    if not s.valid or not booked:  # (the order's own lines were refused above)
        return refused
    found = [m for m in readings(s.value) if m.valid and not m.fallback]
    m, _, _ = choose(found, booked)
    if m is None or m.carrier is None or not same_carrier_name(m, booked):
        return refused
    d = m.description.noted(Note.BOOKED_READING, m.carrier).noted(Note.ALSO_PRODUCT)
    return replace(s, kind=ScanKind.TRACKING, value=m.value, carrier=m.carrier,
                   description=d, valid=True)


def same_carrier_name(m: CarrierMatch, booked: str) -> bool:
    return m.carrier is not None and same_carrier(m.carrier, booked)


def _reading(s: Scan, text: str, booked: str | None) -> Scan:
    """A valid carrier number: the booked carrier's reading when there are several.
    ``text``: the compact scanned text (before any unwrapping)."""
    m, by_booking, others = choose(readings(text), booked)
    if m is None or not m.valid:
        return s
    if by_booking and m.carrier is not None:
        d = m.description.noted(Note.BOOKED_READING, m.carrier)
        if m.fallback and leitcode_is_valid(m.value):  # DHL eCommerce's unchecked digits
            d = d.noted(Note.MAYBE_LEITCODE)
        return replace(s, value=m.value, carrier=m.carrier, description=d)
    if others and m.carrier == s.carrier:
        return replace(s, description=s.description.noted(Note.COULD_ALSO_BE,
                                                          " / ".join(others)))
    return s


def _unknown_carrier(
    s: Scan, value: str, booked: str | None = None, *, as_printed: str | None = None
) -> Scan:
    """``value``: upper case, for the carriers' formats; ``as_printed``: the same text in the
    label's own case, saved when no carrier's format takes it (a carrier we do not know may
    tell ``Ab12`` from ``AB12``; we have no grounds to change it)."""
    m, by_booking, _ = choose(readings(value), booked)
    if m is not None and m.valid and by_booking and m.carrier is not None:
        d = m.description.noted(Note.BOOKED_READING, m.carrier)
        if m.fallback and leitcode_is_valid(m.value):
            d = d.noted(Note.MAYBE_LEITCODE)
        return replace(s, kind=ScanKind.TRACKING, value=value, carrier=m.carrier,
                       description=d, valid=True)
    return replace(
        s,
        kind=ScanKind.TRACKING,
        value=as_printed if as_printed is not None else value,
        carrier=None,
        description=Description(Said.UNKNOWN_CARRIER),
        valid=True,
    )
