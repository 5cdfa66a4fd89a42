"""A scanner set to one keyboard layout on a PC set to another trades letters: the
number that comes out is not the label's, and must not be saved as "carrier not
recognised" (the wrong number would reach Centra)."""

from __future__ import annotations

import pytest

from packstation.scanning import validate_tracking
from packstation.scanning.description import Said


@pytest.mark.parametrize(
    ("typed", "meant", "carrier"),
    [
        ("1Y999AA10123456784", "1Z999AA10123456784", "UPS"),  # US scanner, German PC (QWERTZ)
        ("1y999aa10123456784", "1Z999AA10123456784", "UPS"),  # ... with Caps Lock on
        ("&W999QQ&0&23456784", "1Z999AA10123456784", "UPS"),  # US scanner, French PC (AZERTY)
    ],
)
def test_a_known_number_through_a_mismatched_layout_is_refused_and_named(
    typed: str, meant: str, carrier: str
) -> None:
    s = validate_tracking(typed)
    assert not s.valid
    assert s.description.said is Said.LAYOUT_MISMATCH
    assert s.description.value == meant
    assert s.carrier == carrier
    assert "keyboard layout" in s.detail and meant in s.detail


@pytest.mark.parametrize(
    "text",
    ["1Z999AA10123456784", "ABCDEFY12345", "ZY12345678", "JJD000390007762913"],
)
def test_numbers_that_are_right_as_typed_are_not_taken_for_a_slip(text: str) -> None:
    s = validate_tracking(text)
    assert s.valid
    assert s.description.said is not Said.LAYOUT_MISMATCH
