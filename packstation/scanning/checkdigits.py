"""Check-digit algorithms for the barcodes a packing bench sees.

Exactness, by algorithm:

* ``gs1_*`` (EAN-8, EAN-13, UPC-A, GTIN-14, SSCC, and also USPS IMpb and
  FedEx Ground 15-digit numbers, which use the same weighting): **exact**, per
  the GS1 General Specifications (weights 3,1,3,... from the right, mod 10);
  computed by ``biip.checksums.gs1_standard_check_digit``.
  Detects every single-digit substitution.
* ``ups_*``: **exact** for the 1Z format as published by UPS developer docs and
  reproduced by jkeen/tracking_number_data: over the 15 characters after "1Z",
  letters map to ``(ord(c) - 3) % 10`` (A=2 ... H=9, I=0, J=1 ...), characters
  at odd 0-based positions are doubled (no digit sum), check = (10 - sum % 10) % 10.
  Because doubling is not injective mod 10 (0 and 5 both give 0) some
  substitutions go undetected.
* ``s10_*``: **exact**, UPU standard S10 (weights 8,6,4,2,3,5,9,7;
  C = 11 - (S mod 11); 10 -> 0, 11 -> 5). Remainders 0 and 6 both give 5, so it
  does not catch every substitution.
* ``dhl_express_*``: mod 7 of the first 9 digits. Not published by DHL; taken
  from jkeen/tracking_number_data (community data, verified against its sample
  waybills). Treat as **likely**, not authoritative. DHL JJD/JVGL/3S piece IDs
  and eCommerce numbers are **pattern-only** (no check digit is applied).
* ``fedex_express_*``: weights 3,1,7 repeating over the first 11 digits,
  sum mod 11 mod 10. From jkeen/tracking_number_data (FedEx does not publish
  it); the 34-digit FedEx barcodes end in this 12-digit number. **Likely**.
"""

from __future__ import annotations

from biip.checksums import gs1_standard_check_digit

__all__ = [
    "dhl_express_check_digit",
    "dhl_express_is_valid",
    "dhl_identcode_check_digit",
    "dhl_identcode_is_valid",
    "fedex_express_check_digit",
    "fedex_express_is_valid",
    "fedex_serial_is_valid",
    "gls_check_digit",
    "gls_is_valid",
    "gs1_check_digit",
    "gs1_is_valid",
    "iso7064_mod37_36_check",
    "iso7064_mod37_36_is_valid",
    "leitcode_is_valid",
    "luhn_is_valid",
    "s10_check_digit",
    "s10_is_valid",
    "ups_char_value",
    "ups_check_digit",
    "ups_is_valid",
]

_S10_WEIGHTS = (8, 6, 4, 2, 3, 5, 9, 7)
_FEDEX_WEIGHTS = (3, 1, 7)


def _is_ascii_digits(s: str) -> bool:
    return s.isascii() and s.isdigit()


def gs1_check_digit(payload: str) -> int:
    """GS1 mod-10 check digit for ``payload`` (the digits *without* the check digit):
    biip's, behind our stricter input rule (ASCII digits only; biip also takes any
    Unicode decimal digit such as full-width ``１``, which no barcode carries)."""
    if not payload or not _is_ascii_digits(payload):
        raise ValueError(f"GS1 payload must be ASCII digits, got {payload!r}")
    return gs1_standard_check_digit(payload)


def gs1_is_valid(code: str) -> bool:
    """True if ``code`` (digits, check digit last) has a correct GS1 check digit."""
    if len(code) < 2 or not _is_ascii_digits(code):
        return False
    return gs1_check_digit(code[:-1]) == int(code[-1])


def ups_char_value(ch: str) -> int:
    """UPS value of one character: digits as themselves, letters ``(ord - 3) % 10``."""
    if ch.isascii() and ch.isdigit():
        return int(ch)
    if ch.isascii() and ch.isupper():
        return (ord(ch) - 3) % 10
    raise ValueError(f"Not a UPS tracking character: {ch!r}")


def ups_check_digit(body: str) -> int:
    """Check digit over the 15 characters after "1Z" (without the check digit)."""
    if len(body) != 15:
        raise ValueError(f"UPS body must be 15 characters, got {len(body)}")
    total = sum(ups_char_value(c) * (2 if i % 2 else 1) for i, c in enumerate(body))
    return (10 - total % 10) % 10


def ups_is_valid(tracking: str) -> bool:
    """True for ``1Z`` + 15 alphanumerics (upper case) + a correct check digit."""
    if len(tracking) != 18 or not tracking.startswith("1Z") or not tracking.isascii():
        return False
    body, check = tracking[2:17], tracking[17]
    if not check.isdigit() or not all(c.isdigit() or c.isupper() for c in body):
        return False
    return ups_check_digit(body) == int(check)


def s10_check_digit(serial: str) -> int:
    """UPU S10 check digit for the 8 serial digits."""
    if len(serial) != 8 or not _is_ascii_digits(serial):
        raise ValueError(f"S10 serial must be 8 digits, got {serial!r}")
    c = 11 - sum(int(d) * w for d, w in zip(serial, _S10_WEIGHTS, strict=True)) % 11
    return {10: 0, 11: 5}.get(c, c)


def s10_is_valid(code: str) -> bool:
    """True for ``AA`` + 8 digits + check digit + ``CC`` (upper case) with a correct check digit."""
    if len(code) != 13 or not code.isascii():
        return False
    head, digits, tail = code[:2], code[2:11], code[11:]
    if not (head.isalpha() and head.isupper() and tail.isalpha() and tail.isupper()):
        return False
    if not digits.isdigit():
        return False
    return s10_check_digit(digits[:8]) == int(digits[8])


def dhl_express_check_digit(payload: str) -> int:
    """DHL Express waybill check digit: the first 9 digits as a number, mod 7."""
    if len(payload) != 9 or not _is_ascii_digits(payload):
        raise ValueError(f"DHL Express payload must be 9 digits, got {payload!r}")
    return int(payload) % 7


def dhl_express_is_valid(code: str) -> bool:
    if len(code) != 10 or not _is_ascii_digits(code):
        return False
    return dhl_express_check_digit(code[:9]) == int(code[9])


def fedex_express_check_digit(payload: str) -> int:
    """FedEx 12-digit check digit over the first 11 digits (weights 3,1,7; mod 11 mod 10)."""
    if len(payload) != 11 or not _is_ascii_digits(payload):
        raise ValueError(f"FedEx payload must be 11 digits, got {payload!r}")
    total = sum(int(d) * _FEDEX_WEIGHTS[i % 3] for i, d in enumerate(payload))
    return total % 11 % 10


def fedex_serial_is_valid(code: str) -> bool:
    """FedEx 34-digit barcode: the 13-digit serial before the last digit, weights 1,7,3
    repeating, sum mod 11 mod 10 (tracking_number_data "FedEx Express (34)" and "Ground
    GSN"). Equals :func:`fedex_express_is_valid` on the last 12 digits when the serial
    starts "00", as in every published example."""
    if len(code) != 34 or not _is_ascii_digits(code):
        return False
    serial = code[-14:-1]
    total = sum(int(d) * (1, 7, 3)[i % 3] for i, d in enumerate(serial))
    return total % 11 % 10 == int(code[-1])


def fedex_express_is_valid(code: str) -> bool:
    if len(code) != 12 or not _is_ascii_digits(code):
        return False
    return fedex_express_check_digit(code[:11]) == int(code[11])


def gls_check_digit(payload: str) -> int:
    """GLS check digit: weights 3,1 from the right over ``payload``, plus one, mod 10."""
    if not payload or not _is_ascii_digits(payload):
        raise ValueError(f"GLS payload must be ASCII digits, got {payload!r}")
    total = sum(int(ch) * (3 if i % 2 == 0 else 1) for i, ch in enumerate(reversed(payload)))
    return (10 - (total + 1) % 10) % 10


def gls_is_valid(code: str) -> bool:
    if len(code) < 2 or not _is_ascii_digits(code):
        return False
    return gls_check_digit(code[:-1]) == int(code[-1])


def dhl_identcode_check_digit(payload: str) -> int:
    """Deutsche Post Identcode check digit over 11 digits: weights 4,9 from the left, mod 10."""
    if len(payload) != 11 or not _is_ascii_digits(payload):
        raise ValueError(f"Identcode payload must be 11 digits, got {payload!r}")
    total = sum(int(ch) * (4 if i % 2 == 0 else 9) for i, ch in enumerate(payload))
    return (10 - total % 10) % 10


def dhl_identcode_is_valid(code: str) -> bool:
    if len(code) != 12 or not _is_ascii_digits(code):
        return False
    return dhl_identcode_check_digit(code[:11]) == int(code[11])


def leitcode_is_valid(code: str) -> bool:
    """DHL Paket routing code (Leitcode), 14 digits: postcode, street, house number, product,
    then a check digit over the 13 with weights 4 and 9 from the left, as the Identcode."""
    if len(code) != 14 or not _is_ascii_digits(code):
        return False
    total = sum(int(ch) * (4 if i % 2 == 0 else 9) for i, ch in enumerate(code[:13]))
    return (10 - total % 10) % 10 == int(code[13])


_ALNUM36 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def iso7064_mod37_36_check(data: str) -> str:
    """ISO/IEC 7064 MOD 37,36 check character for ``data`` (digits and A-Z)."""
    if not data or any(c not in _ALNUM36 for c in data):
        raise ValueError(f"MOD 37,36 data must be 0-9 A-Z, got {data!r}")
    p = 36
    for c in data:
        s = (p + _ALNUM36.index(c)) % 36 or 36
        p = (s * 2) % 37
    return _ALNUM36[(37 - p) % 36]


def iso7064_mod37_36_is_valid(code: str) -> bool:
    """True if the last character of ``code`` is the MOD 37,36 check of the rest."""
    if len(code) < 2 or any(c not in _ALNUM36 for c in code):
        return False
    return iso7064_mod37_36_check(code[:-1]) == code[-1]


def luhn_is_valid(code: str) -> bool:
    """Luhn check (weights 2,1 from the right of the payload; digit sums), check digit last."""
    if len(code) < 2 or not _is_ascii_digits(code):
        return False
    total = 0
    for i, ch in enumerate(reversed(code)):
        d = int(ch) * (2 if i % 2 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0
