"""Classify one scan from the bench's single scan field.

Precedence (first rule that fits wins; documented because several formats
overlap):

1. Empty / 2D label data (``[)>``) / AIM ``]Q``, ``]U``, ``]L`` (2D symbols) / URLs.
2. Control characters other than GS, or longer than ``MAX_SCAN_LENGTH`` -> UNKNOWN.
3. Command barcodes ``PS:<WORD>`` (see :mod:`.commands`).
4. Centra shipment ID (``shipment_pattern``, default ``<order>-<n>``). ``+ ' ß )``
   between digits are read as ``-``: that is what ``-`` becomes under a
   Swedish/Italian/German/French host keyboard layout.
5. GS1 element strings with a GS (or GS substitute) or a GS1 AIM identifier -> biip.
   GS1 human-readable text with AIs in parentheses (``(00)3734…`` typed as printed) -> biip.
   The DPD label barcode (``%`` + 27 characters) -> TRACKING (DPD parcel number).
6. Digits only (all zeros -> UNKNOWN):
   a. 8, 12, 13 or 14 digits with a valid GS1 check digit -> PRODUCT. So an
      8-digit order number whose last digit happens to be a valid EAN-8 check
      digit (1 in 10) reads as PRODUCT, with ``alternatives=(ORDER_NUMBER,)``;
      a 12/14-digit product code that is also a valid carrier number (FedEx, DHL
      Paket, Hermes, DPD) carries ``alternatives=(TRACKING,)``: the order's lines and
      booked carrier decide (:func:`~.tracking.validate_tracking`).
      A number that fails the GS1 check digit is never a product code.
   b. 1-9 digits -> ORDER_NUMBER.
   c. a carrier format with a valid check digit -> TRACKING.
   d. 18 digits / ``00`` + 18 digits -> SSCC (check digit decides ``valid``);
      ``420``/``421`` + postal code + ``00`` + SSCC without GS (a QLineEdit drops
      GS) -> SSCC.
   e. a strong carrier format with a wrong check digit -> TRACKING, invalid.
   f. ``420`` + postal code or ``421`` + country + postal code alone (8-15 digits; the
      label's routing barcode, sent without its AIM identifier) -> UNKNOWN, no number.
7. Letters and digits (spaces dropped): carrier formats (UPS 1Z, S10, DHL ...).
8. Free text (spaces, mostly lower case) -> QR_OR_URL; anything else -> UNKNOWN.

``classify`` never raises.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from .carriers import dpd_barcode, match_carrier
from .checkdigits import gs1_is_valid
from .commands import parse_command
from .description import Description, Note, Said
from .model import Scan, ScanKind
from .normalize import (
    GS,
    GS1_AIM,
    TWO_D_AIM_LETTERS,
    has_bad_control,
    printed_compact,
    restore_gs,
    split_aim,
    strip_affixes,
)

if TYPE_CHECKING:
    import biip

DEFAULT_SHIPMENT_PATTERN = re.compile(r"\d{1,12}-\d{1,4}", re.ASCII)
MAX_SCAN_LENGTH = 100
_DASH_LOOKALIKE_RE = re.compile(r"(?<=\d)[+'ß)](?=\d)")
_PRODUCT_NAMES = {8: "EAN-8", 12: "UPC-A", 13: "EAN-13", 14: "GTIN-14"}
_URL_RE = re.compile(r"(?:https?://|www\.)", re.IGNORECASE)
_HRI_RE = re.compile(r"\(\d{2,4}\)\s*\d", re.ASCII)


def as_gtin14(code: str) -> str:
    """Zero-pad an EAN-8/UPC-A/EAN-13 to GTIN-14 so product codes compare equal."""
    return code.zfill(14)


def classify(
    raw: str,
    *,
    shipment_pattern: re.Pattern[str] | str = DEFAULT_SHIPMENT_PATTERN,
    prefix: str = "",
    suffix: str = "",
    gs_substitutes: str = "",
) -> Scan:
    """Classify ``raw`` scanner/keyboard text. See the module docstring for precedence.

    ``prefix``/``suffix``: the scanner's configured affixes, removed if present.
    ``gs_substitutes``: printable characters the scanner sends instead of GS
    (e.g. ``"~"``); they are always read as GS, so they must not occur in other data.
    """
    try:
        aim, text = split_aim(strip_affixes(raw, prefix, suffix))
        scan = _classify(text.strip(" "), aim, re.compile(shipment_pattern), gs_substitutes)
        return replace(scan, raw=raw, symbology=aim)
    except Exception as exc:  # the scan path must never crash the bench
        return Scan(ScanKind.UNKNOWN, "", raw, Description(Said.COULD_NOT_READ, str(exc)))


def _s(
    kind: ScanKind,
    value: str,
    description: Description | Said,
    valid: bool,
    carrier: str | None = None,
    alternatives: tuple[ScanKind, ...] = (),
) -> Scan:
    d = description if isinstance(description, Description) else Description(description)
    return Scan(kind, value, "", d, carrier, valid, alternatives)


def _unknown(said: Said, value: str = "") -> Scan:
    return _s(ScanKind.UNKNOWN, "", Description(said, value), False)


def _classify(text: str, aim: str | None, shipment_re: re.Pattern[str], gs_subs: str) -> Scan:
    if not text:
        return _unknown(Said.EMPTY)
    if text.startswith("[)>"):
        return _s(ScanKind.QR_OR_URL, text, Said.LABEL_DATA_2D, False)
    if aim is not None and aim[1] in TWO_D_AIM_LETTERS and aim not in GS1_AIM:
        return _s(ScanKind.QR_OR_URL, text, Said.CODE_2D, False)
    if _URL_RE.match(text):
        return _s(ScanKind.QR_OR_URL, text, Said.WEB_ADDRESS, False)
    text = restore_gs(text, gs_subs)
    if has_bad_control(text):
        return _unknown(Said.CONTROL_CHARACTERS)
    if len(text) > MAX_SCAN_LENGTH:
        return _unknown(Said.TOO_LONG, str(len(text)))

    is_cmd, cmd, word = parse_command(text)
    if is_cmd:
        if cmd is None:
            return _s(ScanKind.COMMAND, word, Description(Said.UNKNOWN_COMMAND, word), False)
        return _s(ScanKind.COMMAND, cmd.value, Description(Said.COMMAND, cmd.value), True)

    shipment = _DASH_LOOKALIKE_RE.sub("-", text) if "-" not in text else text
    if shipment_re.fullmatch(shipment):
        notes = () if shipment == text else (Note.LAYOUT_SEPARATOR,)
        return _s(ScanKind.SHIPMENT_ID, shipment, Description(Said.SHIPMENT_ID, notes=notes), True)

    if GS in text or aim in GS1_AIM:
        return _from_gs1(text)
    if _HRI_RE.match(text):
        return _from_gs1_hri(text)
    dpd = dpd_barcode(text)
    if dpd is not None:
        return _s(ScanKind.TRACKING, dpd.value, dpd.description, dpd.valid, dpd.carrier)

    if text.startswith("#") and text[1:].isdigit() and len(text) <= 10:
        text = text[1:]
    if text.isascii() and text.isdigit():
        return _digits(text)

    c = printed_compact(text)
    if c.isascii() and c.isdigit() and c != text:  # digits typed as printed: same rules
        return _digits(c)
    if c.isascii() and c.isalnum():
        m = match_carrier(c)
        if m is not None:
            return _s(ScanKind.TRACKING, m.value, m.description, m.valid, m.carrier)
    if any(ch.isspace() for ch in text) or _lowercase_heavy(text):
        return _s(ScanKind.QR_OR_URL, text, Said.FREE_TEXT, False)
    if not text.isascii():
        return _unknown(Said.UNEXPECTED_CHARACTERS)
    return _unknown(Said.NOT_RECOGNISED)


def _lowercase_heavy(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 4 and sum(c.islower() for c in letters) * 2 > len(letters)


def _digits(d: str) -> Scan:
    n = len(d)
    carrier = match_carrier(d)
    if n in _PRODUCT_NAMES and gs1_is_valid(d):
        alt: tuple[ScanKind, ...] = ()
        if n <= 9:
            alt = (ScanKind.ORDER_NUMBER,)
        elif carrier is not None and carrier.valid:
            alt = (ScanKind.TRACKING,)
        product = Description(Said.PRODUCT_CODE, _PRODUCT_NAMES[n])
        return _s(ScanKind.PRODUCT, d, product, True, alternatives=alt)
    if n <= 9:
        return _s(ScanKind.ORDER_NUMBER, d, Said.ORDER_NUMBER, True)
    if not d.strip("0"):  # passes every mod-10/mod-11 check, and is no parcel number
        return _unknown(Said.ALL_ZEROS)
    if carrier is not None and carrier.valid:
        if not carrier.value.strip("0"):
            return _unknown(Said.ALL_ZEROS)
        return _s(ScanKind.TRACKING, carrier.value, carrier.description, True, carrier.carrier)
    sscc = _sscc_in_digits(d)
    if sscc is not None:
        return sscc
    if carrier is not None:
        return _s(ScanKind.TRACKING, carrier.value, carrier.description, False, carrier.carrier)
    postal = _ship_to_postal_code(d)
    if postal is not None:  # the label's routing barcode, not its parcel number
        return _unknown_gs1_routing(postal)
    if n >= 16 and d[:2] in ("01", "02"):  # (01) GTIN + more AIs, no AIM identifier sent
        return _from_gs1(d)
    return _unknown(Said.DIGITS_UNKNOWN, str(n))


def _ship_to_postal_code(d: str) -> str | None:
    """GS1 AI 420 (ship-to postal code) or 421 (ISO 3166 numeric country + postal code)
    alone, as a scanner sends it without its AIM identifier: the routing barcode printed
    beside the tracking barcode on UPS, FedEx and USPS labels (``42075241101`` = Sweden
    41101). Only up to 15 digits, and only when no carrier reading fits (checked above)."""
    if not 8 <= len(d) <= 15 or d[:3] not in ("420", "421"):
        return None
    if d.startswith("420"):
        return d[3:]
    from .countries import NUMERIC  # pycountry: loaded on first use

    return d[6:] if d[3:6] in NUMERIC and len(d) > 6 else None


def _unknown_gs1_routing(postal: str) -> Scan:
    return _s(ScanKind.UNKNOWN, "", Description(Said.GS1_NO_NUMBER, postal_code=postal), False)


def _sscc_scan(sscc: str, postal: str = "") -> Scan:
    ok = gs1_is_valid(sscc)
    what = Description(Said.SSCC, wrong_check_digit=not ok, postal_code=postal)
    return _s(ScanKind.SSCC, sscc, what, ok)


def _sscc_in_digits(d: str) -> Scan | None:
    """SSCC as 18 digits, ``00`` + 18, or ``420``/``421`` + postal + ``00`` + 18 (GS lost)."""
    if len(d) == 18:
        return _sscc_scan(d)
    if len(d) == 20 and d.startswith("00"):
        return _sscc_scan(d[2:])
    if len(d) >= 24 and d[:3] in ("420", "421") and d[-20:-18] == "00" and gs1_is_valid(d[-18:]):
        postal = d[3:-20]
        return _sscc_scan(d[-18:], postal[3:] if d.startswith("421") else postal)
    return None


def _from_gs1_hri(text: str) -> Scan:
    """GS1 text as printed under a barcode, AIs in parentheses: ``(00)373400306809981733``."""
    import biip

    try:
        msg = biip.gs1_messages.GS1Message.parse_hri("".join(text.split()))
    except biip.ParseError as exc:
        return _unknown(Said.GS1_UNREADABLE, str(exc))
    return _from_message(msg)


def _from_gs1(text: str) -> Scan:
    """GS1 element string (GS-separated) via biip: SSCC, GTIN or consignment number."""
    import biip  # imported on first use: ~60 ms that the app's start need not pay

    try:
        result = biip.parse(text, config=biip.ParseConfig(separator_chars=[GS]))
    except biip.ParseError as exc:
        return _unknown(Said.GS1_UNREADABLE, str(exc))
    msg = result.gs1_message
    if msg is None:
        return _unknown(Said.GS1_UNREADABLE, str(result.gs1_message_error))
    return _from_message(msg)


def _from_message(msg: biip.gs1_messages.GS1Message) -> Scan:
    by_ai = {es.ai.ai: es for es in msg.element_strings}
    postal = by_ai["420"].value if "420" in by_ai else ""
    if not postal and "421" in by_ai:
        postal = by_ai["421"].value[3:]
    if "00" in by_ai:
        return _sscc_scan(by_ai["00"].value, postal)
    # USPS IMpb (after 420+ZIP and FNC1) and FedEx Ground "96" barcodes are GS1-128 with
    # "company internal" AIs 91-96: the carrier number is the AI and its data.
    for ai in ("91", "92", "93", "94", "95", "96"):
        if ai in by_ai:
            zip_code = "420" + by_ai["420"].value if "420" in by_ai else ""
            m = match_carrier(zip_code + ai + by_ai[ai].value)
            if m is not None and m.carrier is not None:
                d = replace(m.description, postal_code=postal)
                return _s(ScanKind.TRACKING, m.value, d, m.valid, m.carrier)
    for ai in ("01", "02"):
        if ai in by_ai:
            es = by_ai[ai]
            if es.gtin is not None:
                return _s(ScanKind.PRODUCT, es.gtin.value, Said.GS1_GTIN, True)
            wrong = Description(Said.GS1_GTIN, wrong_check_digit=True)
            return _s(ScanKind.PRODUCT, es.value, wrong, False)
    for ai, what in (("401", Said.GS1_CONSIGNMENT), ("402", Said.GS1_SHIPMENT)):
        if ai in by_ai:
            return _s(ScanKind.TRACKING, by_ai[ai].value, what, True)
    return _unknown(Said.GS1_NO_NUMBER)
