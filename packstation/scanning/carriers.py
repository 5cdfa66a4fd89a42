"""Carrier tracking-number recognisers (Qt-free).

Each recogniser works on *compact* text (upper case, no spaces) and returns the
readings it finds. A reading is ``strong`` when the shape alone identifies the carrier
(``1Z...``, S10, ``420``+ZIP USPS, FedEx 34-digit, the DPD ``%`` barcode), so a wrong
check digit means a misread or typo. A ``weak`` shape (plain digits) is only claimed when
its check digit is right; otherwise it is left for other interpretations. A reading that
is ``booked_only`` (a generic shape such as DHL eCommerce's 10-39 digits) names the
carrier only when the order is booked with it.

Several carriers share shapes (12 digits: GLS, DHL Paket, FedEx; ``JJD`` + 16 digits:
Yodel or DHL). :func:`readings` lists them all in a fixed order; :func:`choose` takes the
order's booked carrier when it is one of them, else the first. Every format, its source
and the decisions taken where sources overlap are in ``docs/carriers.md``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace

from .checkdigits import (
    dhl_express_is_valid,
    dhl_identcode_is_valid,
    fedex_express_is_valid,
    fedex_serial_is_valid,
    gls_is_valid,
    gs1_is_valid,
    iso7064_mod37_36_check,
    luhn_is_valid,
    s10_is_valid,
    ups_is_valid,
)
from .description import Description, Said

# The issuing postal operator of an S10 item, by its country code (UPU S10: the last two
# letters are the ISO 3166-1 code of the issuing operator's country).
S10_COUNTRY_CARRIER: dict[str, str] = {
    "SE": "PostNord",
    "DK": "PostNord",
    "NO": "Bring",
    "FI": "Posti",
    "DE": "Deutsche Post",
    "GB": "Royal Mail",
    "US": "USPS",
    "NL": "PostNL",
    "FR": "La Poste",
    "IT": "Poste Italiane",
    "ES": "Correos",
    "EE": "Omniva",
}

# Names that mean the same carrier (groups, lower case, no spaces). Budbee and Instabox
# merged as Instabee; Posten Norge's parcel brand is Bring; Colissimo is La Poste's
# parcel brand; Deutsche Post and DHL are one group (DHL Paket labels S10 items "…DE").
ALIASES: tuple[frozenset[str], ...] = (
    frozenset({"bring", "posten", "postennorge"}),
    frozenset({"budbee", "instabee", "instabox"}),
    frozenset({"laposte", "colissimo", "chronopost"}),
    frozenset({"dhl", "deutschepost", "dhlpaket", "dhlexpress", "dhlecommerce", "dhlfreight"}),
    frozenset({"ups", "upsmailinnovations"}),
    frozenset({"posti", "itella"}),
)


@dataclass(frozen=True, slots=True)
class CarrierMatch:
    carrier: str | None
    value: str
    description: Description
    valid: bool
    strong: bool
    booked_only: bool = False
    fallback: bool = False  # booked_only, and only when no checked reading fits
    checked: bool = True  # False: a plain-digit shape with no check digit (DPD 14, InPost)


def _match(
    carrier: str | None, value: str, said: Said, valid: bool, strong: bool, country: str = ""
) -> CarrierMatch:
    return CarrierMatch(
        carrier, value, Description(said, country, wrong_check_digit=not valid), valid, strong
    )


_UPS_RE = re.compile(r"1Z[A-Z0-9]{16}")
_UPS_MI_RE = re.compile(r"MI\d{6}[A-Z0-9]{1,22}", re.ASCII)
_S10_RE = re.compile(r"[A-Z]{2}\d{9}[A-Z]{2}", re.ASCII)
_USPS_RE = re.compile(r"9[1-5](?:\d{18,20}|\d{24})", re.ASCII)  # IMpb: 6- or 9-digit mailer ID
_FEDEX_34_PREFIXES = ("100", "96")
_FEDEX_96_RE = re.compile(r"96\d{20}", re.ASCII)
_DHL_PIECE_RE = re.compile(r"(?:JJD|JVGL)\d{8,30}", re.ASCII)
_YODEL_RE = re.compile(r"J?JD\d{16}", re.ASCII)
_DHL_PARCEL_RE = re.compile(r"3S[A-Z0-9]{8,30}", re.ASCII)
_DHL_ECOM_RE = re.compile(r"(?:GM|LX|RX|UV|CN|SG|TH|IN|HK|MY)\d{10,39}", re.ASCII)
_DHL_ECOM_DIGITS_RE = re.compile(r"\d{10,39}", re.ASCII)
# DPD barcode data: postcode (7, zero padded), parcel number (4-digit range + 10, the
# first two may be letters), service (3 digits), destination country (3 digits).
_DPD_DATA_RE = re.compile(r"([A-Z0-9]{7})([A-Z0-9]{2}\d{12})(\d{3})(\d{3})", re.ASCII)
_DPD_PARCEL_RE = re.compile(r"[A-Z0-9]{2}\d{12}", re.ASCII)
_POSTI_RE = re.compile(r"JJFI\d{10,30}", re.ASCII)
_COLISSIMO_RE = re.compile(r"\d[A-Z]\d{11}", re.ASCII)

Recogniser = Callable[[str], Iterable[CarrierMatch]]


def _ups(t: str) -> Iterable[CarrierMatch]:
    if _UPS_RE.fullmatch(t):
        yield _match("UPS", t, Said.UPS, ups_is_valid(t), strong=True)
    elif _UPS_MI_RE.fullmatch(t):  # "MI" + 6-digit customer number + the shipper's ID
        yield _match("UPS", t, Said.UPS_MAIL_INNOVATIONS, True, True)


def _s10(t: str) -> Iterable[CarrierMatch]:
    if not _S10_RE.fullmatch(t):
        return
    from .countries import ALPHA_2  # pycountry: loaded on first use

    country = t[-2:]
    if country not in ALPHA_2:
        yield CarrierMatch(None, t, Description(Said.S10_UNKNOWN_COUNTRY, country), False, True)
        return
    carrier = S10_COUNTRY_CARRIER.get(country, "Postal (S10)")
    yield _match(carrier, t, Said.S10, s10_is_valid(t), True, country)


def _usps(t: str) -> Iterable[CarrierMatch]:
    """IMpb: 20-22 or 26 digits starting 91-95, optionally behind ``420`` + 5- or 9-digit ZIP.

    A UPS Mail Innovations parcel is delivered by USPS under an IMpb barcode: the same
    number is a UPS reading when the order is booked with UPS."""
    prefixed = t.startswith("420")
    rests = [t[3 + n :] for n in (5, 9)] if prefixed else [t]
    candidates = [r for r in rests if _USPS_RE.fullmatch(r)]
    for c in candidates:
        if gs1_is_valid(c):
            yield _match("USPS", c, Said.USPS, True, prefixed)
            yield replace(_match("UPS", c, Said.UPS_MAIL_INNOVATIONS, True, prefixed),
                          booked_only=True)
            if c.startswith("92") and len(c) == 22:
                yield replace(_match("FedEx", c, Said.FEDEX_SMARTPOST, True, False),
                              booked_only=True)
            return
    if prefixed and candidates:
        yield _match("USPS", candidates[0], Said.USPS, False, True)


def _fedex(t: str) -> Iterable[CarrierMatch]:
    if len(t) == 34 and t.isdigit():
        inner = t[-12:]
        strong = t.startswith(_FEDEX_34_PREFIXES)
        # The published rule checks the 13-digit serial; every example's serial starts "00",
        # where it equals the 12-digit rule on the tracking number: either passes.
        ok = fedex_serial_is_valid(t) or fedex_express_is_valid(inner)
        if ok or strong:
            yield _match("FedEx", inner, Said.FEDEX_34, ok, strong)
        return
    if _FEDEX_96_RE.fullmatch(t):  # 96 + SCNC + service + 14-digit serial + GS1 check
        yield _match("FedEx", t, Said.FEDEX_GROUND, gs1_is_valid(t[-15:]), True)
        return
    if len(t) == 15 and t.isdigit() and gs1_is_valid(t):
        yield _match("FedEx", t, Said.FEDEX_GROUND, True, False)
    if len(t) == 12 and t.isdigit() and fedex_express_is_valid(t):
        yield _match("FedEx", t, Said.FEDEX_EXPRESS, True, False)
    if len(t) == 20 and t.isdigit() and not t.startswith("00") and gs1_is_valid("92" + t):
        yield _match("FedEx", t, Said.FEDEX_SMARTPOST, True, False)


def _dhl(t: str) -> Iterable[CarrierMatch]:
    if t.isdigit():
        # 10 digits (dhl.com); jkeen/tracking_number_data also lists 11 (mod 7 over 10).
        if (len(t) == 10 and dhl_express_is_valid(t)) or (
                len(t) == 11 and int(t[:10]) % 7 == int(t[10])):
            yield _match("DHL", t, Said.DHL_EXPRESS, True, False)
        if len(t) == 12 and dhl_identcode_is_valid(t):
            yield _match("DHL", t, Said.DHL_PAKET, True, False)
        # paketda.de: DHL Paket's 20-digit numbers, "00" + an SSCC of Deutsche Post's
        # GS1 prefix (example 00340433836442636597; other SSCCs stay SSCCs).
        if len(t) == 20 and t.startswith("0034043") and gs1_is_valid(t[2:]):
            yield _match("DHL", t, Said.DHL_PAKET, True, False)
        if _DHL_ECOM_DIGITS_RE.fullmatch(t):
            yield replace(_match("DHL", t, Said.DHL_ECOMMERCE, True, False), booked_only=True,
                          fallback=True)
        return
    if _YODEL_RE.fullmatch(t):
        yield _match("Yodel", t, Said.YODEL, True, True)
        if t.startswith("JJD"):  # dhl.com: DHL piece numbers begin "JJD00", "JJD01" ...
            yield _match("DHL", t, Said.DHL_PIECE, True, True)
        return
    if _DHL_PIECE_RE.fullmatch(t):
        yield _match("DHL", t, Said.DHL_PIECE, True, True)
    elif _DHL_PARCEL_RE.fullmatch(t):
        yield _match("DHL", t, Said.DHL_PARCEL, True, True)
    elif _DHL_ECOM_RE.fullmatch(t):
        yield _match("DHL", t, Said.DHL_ECOMMERCE, True, True)


def _gls(t: str) -> Iterable[CarrierMatch]:
    if len(t) in (11, 12) and t.isdigit() and gls_is_valid(t):
        yield _match("GLS", t, Said.GLS, True, False)
    elif len(t) == 8 and not t.isdigit():  # the GLS Track ID (paketda.de, e.g. XHAX4HDA)
        yield replace(_match("GLS", t, Said.GLS, True, False), booked_only=True,
                      fallback=True)


def _dpd(t: str) -> Iterable[CarrierMatch]:
    """DPD: the 27 barcode characters (``%`` already removed) with or without the
    MOD 37,36 check character of the human-readable line; the 14-character parcel number
    with or without its own check character."""
    if len(t) in (27, 28) and (m := _DPD_DATA_RE.fullmatch(t[:27])):
        parcel = m.group(2)
        if len(t) == 27 and t.isdigit():  # no tag, no check character: the country must
            from .countries import NUMERIC  # be an ISO 3166 number, and not 420+ZIP+SSCC

            if m.group(4) not in NUMERIC or (t[:3] in ("420", "421") and t[-20:-18] == "00"):
                return
        if len(t) == 28 and iso7064_mod37_36_check(t[:27]) != t[27]:
            if not t.isdigit():  # 28 letters-and-digits: only DPD prints that
                yield _match("DPD", parcel, Said.DPD_BARCODE, False, True)
            return
        yield _dpd_parcel(parcel, strong=len(t) == 28 or not t.isdigit())
        return
    if len(t) == 15 and _DPD_PARCEL_RE.fullmatch(t[:14]):
        if iso7064_mod37_36_check(t[:14]) == t[14]:
            yield _dpd_parcel(t[:14], strong=not t.isdigit())
        elif t[14].isalpha():  # 14 + a letter: only DPD prints that, so a typo
            yield _match("DPD", t[:14], Said.DPD_BARCODE, False, True)
        return
    if len(t) == 14 and _DPD_PARCEL_RE.fullmatch(t):
        yield replace(_match("DPD", t, Said.DPD, True, False), checked=not t.isdigit())


def _dpd_parcel(parcel: str, *, strong: bool) -> CarrierMatch:
    check = iso7064_mod37_36_check(parcel)
    return CarrierMatch("DPD", parcel, Description(Said.DPD_BARCODE, check), True, strong)


def dpd_barcode(text: str) -> CarrierMatch | None:
    """The DPD label barcode as scanned: ``%`` + 27 characters (ISO 7064 check not encoded)."""
    if len(text) == 28 and text.startswith("%"):
        data = text[1:].upper()
        m = _DPD_DATA_RE.fullmatch(data)
        if m is not None:
            return _dpd_parcel(m.group(2), strong=True)
    return None


def _others(t: str) -> Iterable[CarrierMatch]:
    """Shapes from carriers' pages and public references, without a published check digit
    (except DB Schenker's Luhn); docs/carriers.md cites each."""
    if _POSTI_RE.fullmatch(t):
        yield _match("Posti", t, Said.POSTI, True, True)
    elif _COLISSIMO_RE.fullmatch(t):
        yield _match("Colissimo", t, Said.COLISSIMO, True, True)
    elif t.isdigit():
        if len(t) == 10 and luhn_is_valid(t):
            yield _match("DB Schenker", t, Said.DB_SCHENKER, True, False)
        if len(t) == 24:
            yield replace(_match("InPost", t, Said.INPOST, True, False), checked=False)
        if len(t) == 16:
            yield replace(_match("Evri", t, Said.EVRI, True, False), booked_only=True,
                          fallback=True)


def _hermes(t: str) -> Iterable[CarrierMatch]:
    if len(t) == 14 and t.isdigit() and gs1_is_valid(t):  # paketda: mod 10, weights 3131
        yield _match("Hermes", t, Said.HERMES, True, False)


# Order decides the reading taken when nothing else does: Europe's carriers before FedEx
# for plain 11/12/14/15 digits (FedEx 34/22-digit shapes are unique anyway).
_RECOGNISERS: tuple[Recogniser, ...] = (
    _ups, _s10, _usps, _dhl, _gls, _dpd, _hermes, _others, _fedex)


def readings(compact_text: str) -> tuple[CarrierMatch, ...]:
    """Every carrier reading of ``compact_text`` (valid ones first, in the fixed order)."""
    t = compact_text
    if not (t.isascii() and t.isalnum()) or not t.strip("0"):
        return ()
    found = [m for recognise in _RECOGNISERS for m in recognise(t)]
    return tuple([m for m in found if m.valid] + [m for m in found if not m.valid])


def match_carrier(compact_text: str) -> CarrierMatch | None:
    """First carrier whose format fits ``compact_text``; valid matches beat invalid ones.
    Readings that need the order's booking (``booked_only``) are left out."""
    for m in readings(compact_text):
        if not m.booked_only:
            return m
    return None


def choose(
    found: Sequence[CarrierMatch], booked: str | None
) -> tuple[CarrierMatch | None, bool, tuple[str, ...]]:
    """The reading to take: the booked carrier's, else the first that needs no booking.

    Returns ``(reading, by_booking, other_carriers)``: ``by_booking`` is true when the booked
    carrier picked it out of several; ``other_carriers`` names the other valid readings (for
    a "could also be" note)."""
    valid = [m for m in found if m.valid]
    plain = [m for m in valid if not m.booked_only]
    if booked:
        for m in valid:
            if m.fallback and any(p.checked for p in plain):
                continue
            if m.carrier and same_carrier(m.carrier, booked):
                return m, m.booked_only or any(v.carrier != m.carrier for v in plain), ()
    if not plain:
        invalid = [m for m in found if not m.valid]
        return (invalid[0] if invalid else None), False, ()
    first = plain[0]
    others = tuple(dict.fromkeys(
        m.carrier for m in plain[1:] if m.carrier and m.carrier != first.carrier))
    return first, False, others


def _key(name: str) -> str:
    return name.lower().replace(" ", "").replace("-", "").replace("_", "")


def same_carrier(a: str, b: str) -> bool:
    """Whether two carrier names mean the same carrier: "Posten/Bring" matches "Bring",
    "DHL Freight" matches "DHL", "Instabox" matches "Budbee"; case and spaces do not matter."""
    x, y = _key(a), _key(b)
    if not x or not y:
        return False
    if x in y or y in x:
        return True
    xs, ys = set(x.split("/")), set(y.split("/"))
    if xs & ys:
        return True
    return any(xs & group and ys & group for group in ALIASES)


def station_carrier(name: str, choices: Iterable[str]) -> str:
    """The station's own spelling of carrier ``name`` (its carrier list), else ``name``."""
    for choice in choices:
        if _key(choice) == _key(name):
            return choice
    for choice in choices:
        if same_carrier(name, choice):
            return choice
    return name
