from __future__ import annotations

from collections.abc import Iterator

import pytest

from packstation.simulator import DEMO_API_KEY, CentraSimulator

# Shared fixtures (bench, station, station_bench, clock, ...) for every test module, so a
# module no longer imports them by name just to make pytest see them.
pytest_plugins = ("tests.bench_fixtures", "tests.station_fixtures", "tests.gql_support",
                  "tests.integration_api_support")


@pytest.fixture
def simulator() -> Iterator[CentraSimulator]:
    """A started CentraSimulator with the demo data and key "demo-key"; stopped afterwards."""
    sim = CentraSimulator(api_key=DEMO_API_KEY).start()
    try:
        yield sim
    finally:
        sim.stop()
