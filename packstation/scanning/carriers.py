"""Carrier tracking-number recognisers (Qt-free).

Each recogniser works on *compact* text (upper case, no spaces). A match is
``strong`` when the shape alone identifies the carrier (``1Z...``, S10,
``420``+ZIP USPS, FedEx 34-digit), so a wrong check digit means a misread or
typo. A ``weak`` shape (10, 12, 15 plain digits) is only claimed when its
check digit is right; otherwise it is left for other interpretations.

Sources: platform-notes §5 (dhl.com tracking labels, UPU S10, UPS 1Z) and the
jkeen/tracking_number_data formats (USPS IMpb, FedEx 12/15/22/34, DHL mod 7).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .checkdigits import (
    dhl_express_is_valid,
    fedex_express_is_valid,
    gs1_is_valid,
    s10_is_valid,
    ups_is_valid,
)
from .description import Description, Said

S10_COUNTRY_CARRIER: dict[str, str] = {
    "SE": "PostNord",
    "DK": "PostNord",
    "NO": "Posten/Bring",
    "FI": "Posti",
    "DE": "Deutsche Post",
    "GB": "Royal Mail",
    "US": "USPS",
    "NL": "PostNL",
}


@dataclass(frozen=True, slots=True)
class CarrierMatch:
    carrier: str | None
    value: str
    description: Description
    valid: bool
    strong: bool


def _match(
    carrier: str | None, value: str, said: Said, valid: bool, strong: bool, country: str = ""
) -> CarrierMatch:
    return CarrierMatch(
        carrier, value, Description(said, country, wrong_check_digit=not valid), valid, strong
    )


_UPS_RE = re.compile(r"1Z[A-Z0-9]{16}")
_S10_RE = re.compile(r"[A-Z]{2}\d{9}[A-Z]{2}", re.ASCII)
_USPS_RE = re.compile(r"9[1-5]\d{18,20}", re.ASCII)
_FEDEX_34_RE = re.compile(r"(?:100|96)\d{31,32}", re.ASCII)
_FEDEX_96_RE = re.compile(r"96\d{20}", re.ASCII)
_DHL_PIECE_RE = re.compile(r"(?:JJD|JVGL)\d{8,30}", re.ASCII)
_DHL_PARCEL_RE = re.compile(r"3S[A-Z0-9]{8,30}", re.ASCII)
_DHL_ECOM_RE = re.compile(r"(?:GM|LX|RX)\d{10,39}", re.ASCII)


def _ups(t: str) -> CarrierMatch | None:
    if not _UPS_RE.fullmatch(t):
        return None
    return _match("UPS", t, Said.UPS, ups_is_valid(t), strong=True)


def _s10(t: str) -> CarrierMatch | None:
    if not _S10_RE.fullmatch(t):
        return None
    country = t[-2:]
    carrier = S10_COUNTRY_CARRIER.get(country, "Postal (S10)")
    return _match(carrier, t, Said.S10, s10_is_valid(t), True, country)


def _usps(t: str) -> CarrierMatch | None:
    """IMpb: 20-22 digits starting 91-95, optionally behind ``420`` + 5- or 9-digit ZIP."""
    prefixed = t.startswith("420")
    rests = [t[3 + n :] for n in (5, 9)] if prefixed else [t]
    candidates = [r for r in rests if _USPS_RE.fullmatch(r)]
    for c in candidates:
        if gs1_is_valid(c):
            return _match("USPS", c, Said.USPS, True, prefixed)
    if prefixed and candidates:
        return _match("USPS", candidates[0], Said.USPS, False, True)
    return None


def _fedex(t: str) -> CarrierMatch | None:
    if len(t) == 34 and _FEDEX_34_RE.fullmatch(t):
        inner = t[-12:]
        return _match("FedEx", inner, Said.FEDEX_34, fedex_express_is_valid(inner), True)
    if _FEDEX_96_RE.fullmatch(t) and gs1_is_valid(t):
        return _match("FedEx", t, Said.FEDEX_GROUND, True, False)
    if len(t) == 15 and t.isdigit() and gs1_is_valid(t):
        return _match("FedEx", t, Said.FEDEX_GROUND, True, False)
    if len(t) == 12 and t.isdigit() and fedex_express_is_valid(t):
        return _match("FedEx", t, Said.FEDEX_EXPRESS, True, False)
    return None


def _dhl(t: str) -> CarrierMatch | None:
    if len(t) == 10 and t.isdigit() and dhl_express_is_valid(t):
        return _match("DHL", t, Said.DHL_EXPRESS, True, False)
    if _DHL_PIECE_RE.fullmatch(t):
        return _match("DHL", t, Said.DHL_PIECE, True, True)
    if _DHL_PARCEL_RE.fullmatch(t):
        return _match("DHL", t, Said.DHL_PARCEL, True, True)
    if _DHL_ECOM_RE.fullmatch(t):
        return _match("DHL", t, Said.DHL_ECOMMERCE, True, True)
    return None


_RECOGNISERS = (_ups, _s10, _usps, _fedex, _dhl)


def match_carrier(compact_text: str) -> CarrierMatch | None:
    """First carrier whose format fits ``compact_text``; valid matches beat invalid ones."""
    if not (compact_text.isascii() and compact_text.isalnum()):
        return None
    fallback: CarrierMatch | None = None
    for recognise in _RECOGNISERS:
        m = recognise(compact_text)
        if m is not None and m.valid:
            return m
        if m is not None and fallback is None:
            fallback = m
    return fallback


def same_carrier(a: str, b: str) -> bool:
    """Whether two carrier names mean the same carrier: "Posten/Bring" matches "Bring";
    case and spaces do not matter."""
    x, y = (t.lower().replace(" ", "") for t in (a, b))
    return x in y or y in x or bool(set(x.split("/")) & set(y.split("/")))
