"""Check-digit algorithms: known-good numbers, wrong digits, and properties."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from packstation.scanning.checkdigits import (
    dhl_express_check_digit,
    dhl_express_is_valid,
    fedex_express_check_digit,
    fedex_express_is_valid,
    gs1_check_digit,
    gs1_is_valid,
    s10_check_digit,
    s10_is_valid,
    ups_char_value,
    ups_check_digit,
    ups_is_valid,
)

digits = st.text(alphabet="0123456789", min_size=1, max_size=1)


@pytest.mark.parametrize(
    "code",
    [
        "96385074",  # EAN-8
        "5901234123457",  # EAN-13
        "4006381333931",  # EAN-13
        "036000291452",  # UPC-A
        "10614141000415",  # GTIN-14
        "340123451234567895",  # SSCC from platform-notes §5
        "9400111201080805483016",  # USPS IMpb uses the same mod 10
        "568283610012000",  # FedEx Ground 15 uses the same mod 10
    ],
)
def test_gs1_known_good(code: str) -> None:
    assert gs1_is_valid(code)


@pytest.mark.parametrize("code", ["96385075", "5901234123458", "340123451234567890", "", "1", "12a4"])
def test_gs1_rejects(code: str) -> None:
    assert not gs1_is_valid(code)


def test_gs1_check_digit_payload_errors() -> None:
    with pytest.raises(ValueError):
        gs1_check_digit("")
    with pytest.raises(ValueError):
        gs1_check_digit("12x")
    with pytest.raises(ValueError):
        gs1_check_digit("١٢٣")  # Arabic-Indic digits are not barcode digits


@given(st.text(alphabet="0123456789", min_size=1, max_size=30))
def test_gs1_computed_digit_validates(payload: str) -> None:
    assert gs1_is_valid(payload + str(gs1_check_digit(payload)))


@given(st.text(alphabet="0123456789", min_size=1, max_size=30), st.data())
def test_gs1_detects_every_single_substitution(payload: str, data: st.DataObject) -> None:
    code = payload + str(gs1_check_digit(payload))
    i = data.draw(st.integers(0, len(code) - 1))
    new = data.draw(digits.filter(lambda d: d != code[i]))
    assert not gs1_is_valid(code[:i] + new + code[i + 1 :])


# UPS ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "code",
    [
        "1Z999AA10123456784",  # platform-notes §5
        "1Z5R89390357567127",  # jkeen/tracking_number_data samples
        "1Z879E930346834440",
        "1Z410E7W0392751591",
        "1Z8V92A70367203024",
    ],
)
def test_ups_known_good(code: str) -> None:
    assert ups_is_valid(code)


@pytest.mark.parametrize(
    "code", ["1Z999AA10123456785", "1Z1111111111111111", "2Z5R89390357567127", "1z999aa10123456784"]
)
def test_ups_rejects(code: str) -> None:
    assert not ups_is_valid(code)


def test_ups_letter_mapping() -> None:
    assert [ups_char_value(c) for c in "ABHIJKZ"] == [2, 3, 9, 0, 1, 2, 7]
    with pytest.raises(ValueError):
        ups_char_value("a")


ups_body = st.text(alphabet="0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=15, max_size=15)


@given(ups_body)
def test_ups_computed_digit_validates(body: str) -> None:
    code = "1Z" + body + str(ups_check_digit(body))
    assert ups_is_valid(code)
    wrong = str((ups_check_digit(body) + 1) % 10)
    assert not ups_is_valid(code[:-1] + wrong)


def test_ups_does_not_catch_0_5_swap_at_doubled_position() -> None:
    """Documented weakness: doubling without digit sum maps 0 and 5 to 0 mod 10."""
    assert ups_check_digit("000000000000000") == ups_check_digit("050000000000000")


# UPU S10 ------------------------------------------------------------------------------------


def test_s10_known_good() -> None:
    # 1*8+2*6+3*4+4*2+5*3+6*5+7*9+8*7 = 204; 204 % 11 = 6; 11 - 6 = 5
    assert s10_check_digit("12345678") == 5
    assert s10_is_valid("RR123456785SE")
    assert not s10_is_valid("RR123456784SE")
    assert not s10_is_valid("rr123456785se")
    assert not s10_is_valid("RR12345678SE")


@pytest.mark.parametrize(("serial", "expected"), [("00000000", 5), ("00000001", 4)])
def test_s10_special_cases(serial: str, expected: int) -> None:
    assert s10_check_digit(serial) == expected


def test_s10_remainder_one_gives_zero() -> None:
    # find a serial with S % 11 == 1 -> C = 10 -> 0
    serial = next(f"{n:08d}" for n in range(1000) if _s10_sum(f"{n:08d}") % 11 == 1)
    assert s10_check_digit(serial) == 0


def _s10_sum(serial: str) -> int:
    return sum(int(d) * w for d, w in zip(serial, (8, 6, 4, 2, 3, 5, 9, 7), strict=True))


@given(st.text(alphabet="0123456789", min_size=8, max_size=8))
def test_s10_computed_digit_validates(serial: str) -> None:
    assert s10_is_valid(f"RR{serial}{s10_check_digit(serial)}SE")


# DHL / FedEx (sourced from jkeen/tracking_number_data; see module docstring) ----------------


@pytest.mark.parametrize("code", ["3318810025", "8487135506", "1099255990", "3821724944"])
def test_dhl_express_known_good(code: str) -> None:
    assert dhl_express_is_valid(code)


def test_dhl_express_rejects() -> None:
    assert not dhl_express_is_valid("3318810010")
    assert not dhl_express_is_valid("331881002")


@given(st.text(alphabet="0123456789", min_size=9, max_size=9))
def test_dhl_computed_digit_validates(payload: str) -> None:
    assert dhl_express_is_valid(payload + str(dhl_express_check_digit(payload)))


@pytest.mark.parametrize(
    "code", ["986578788855", "477179081230", "799531274483", "790535312317", "974367662710"]
)
def test_fedex_express_known_good(code: str) -> None:
    assert fedex_express_is_valid(code)


def test_fedex_express_rejects() -> None:
    assert not fedex_express_is_valid("996578788855")


@given(st.text(alphabet="0123456789", min_size=11, max_size=11))
def test_fedex_computed_digit_validates(payload: str) -> None:
    assert fedex_express_is_valid(payload + str(fedex_express_check_digit(payload)))
