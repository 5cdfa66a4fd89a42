"""A small fleet against one tightly rate-limited simulator (benchmarks/fleet.py, issue #16):
3 benches, a few simulated minutes, quotas small enough that the benches run out of them.
Whatever the limit does, every parcel is completed exactly once after the drain, each
capture parcel captured once, and nothing completed that no bench sent. No timing here:
the figures are the benchmark's."""

from __future__ import annotations

import pytest

from benchmarks.fleet import Config, Fleet
from packstation.centra.integration_api.pacing import Plan

TIGHT = Plan(requests_10s=6, requests_1h=150, mutations_10s=2, mutations_1h=20)


@pytest.mark.parametrize("paced", [False, True], ids=["unpaced", "paced"])
def test_a_small_fleet_over_its_quota_loses_nothing_and_sends_nothing_twice(
        paced: bool) -> None:
    result = Fleet(Config(benches=3, hours=0.1, capture=0.5, ready=20, plan=TIGHT,
                          paced=paced, steady=False, seed=3)).run()
    assert result["parcels"] >= 15
    # More mutations were needed than the hour's quota holds: the rate limit was met.
    assert result["mutations"] > TIGHT.mutations_1h
    if not paced:
        assert result["429"] > 0
    assert result["lost"] == 0
    assert result["duplicates"] == 0
    assert result["completed_not_sent"] == 0
    assert result["open_entries"] == 0 and result["refused"] == 0
    # Every parcel was packed, and done in Centra only after the drain for some.
    periods = result["periods"]
    assert sum(p["packed"] for p in periods) == result["parcels"]
    assert sum(p["done"] for p in periods) == result["parcels"]
    assert periods[-1]["done"] > 0
