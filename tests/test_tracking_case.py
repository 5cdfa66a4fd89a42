"""A number of a carrier the app does not know is saved exactly as its label has it (case
included); a known carrier's number is saved in its carrier's canonical upper case."""

from __future__ import annotations

import pytest

from packstation.scanning import validate_tracking


@pytest.mark.parametrize("label", ["Ab12Cd34Ef", "ABC123def456", "trk0000x000", "1000xZ20"])
def test_unknown_carrier_keeps_the_labels_case(label: str) -> None:
    s = validate_tracking(label)
    assert s.valid and s.carrier is None
    assert s.value == label


def test_spaces_typed_from_a_label_are_dropped_but_case_kept() -> None:
    assert validate_tracking("ab 12 cd 34").value == "ab12cd34"


@pytest.mark.parametrize(
    ("label", "canonical"),
    [("1z999aa10123456784", "1Z999AA10123456784"), ("rr123456785se", "RR123456785SE")],
)
def test_known_carriers_are_saved_in_canonical_case(label: str, canonical: str) -> None:
    s = validate_tracking(label)
    assert s.valid and s.carrier is not None
    assert s.value == canonical
