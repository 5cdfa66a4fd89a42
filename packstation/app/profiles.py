"""The ways Packstation is put together (``compose.py`` builds each): what differs between
the real app, the demo, the smoke test, the tests, the benchmarks and the screenshots.

This module is light on purpose (no Qt, no httpx/pydantic/keyring): ``startup`` picks the
profile right after the first frame, before the heavy modules load (``warmup.py``).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

DEMO_PIN = "123456"
DEMO_BADGE = ("OP:Anna", "packer badge: signs Anna in")

class Centra(Enum):
    REAL = "real"  # the address the station is set up for (or one the caller gives)
    EMBEDDED_SIMULATOR = "embedded simulator"  # started by compose, stopped at shutdown


class SettingsPlace(Enum):
    NATIVE = "native"  # the machine-wide station.ini over the user's own INI/registry
    MEMORY = "memory"  # gone when the process ends (demo, smoke, screenshots)


class KeyPlace(Enum):
    OS_KEYRING = "os keyring"  # or PACKSTATION_API_KEY (secrets.py)
    DEMO_KEY = "demo key"  # the embedded simulator's key, never stored


Checkpoint = Callable[[str], None]
"""A test hook the outbox calls at named points of a delivery ("claimed", "answered",
"reconciled"); the fault tests kill the process there (``outbox/faults.py``)."""


@dataclass(frozen=True)
class Profile:
    """What one way of running Packstation needs wired differently."""

    name: str
    centra: Centra = Centra.REAL
    settings: SettingsPlace = SettingsPlace.MEMORY
    keys: KeyPlace = KeyPlace.DEMO_KEY
    data_dir: Path | None = None
    """The folder for the outbox, audit log and printed PDFs. ``None`` is the user's data
    folder and only the real app may use it: every other profile is given a folder of its
    own with :meth:`at` (nothing falls back to a silent temporary folder)."""
    station: bool = True  # supervisor strip, audit log, badge sign-in, papers
    station_name: str = "Demo station"
    operator: str = ""  # signed in at start
    demo_papers: bool = False  # papers printed as PDF files into the data folder
    ready_list: bool = True  # slip scans answered from the local ready list at once
    refresh_s: float | None = None  # the ready list's refresh (None: ReadyList's default)
    settle_s: float | None = None  # the outbox settle window (None: the dispatcher's)
    timeouts: tuple[float, float] | None = None  # (connect, read) s; None: the client's
    sounds: bool = False  # beeps (the station's SOUNDS setting) or silent
    demo_barcodes: bool = False  # the demo's shipment and label barcodes beside the bench
    window_title: str = ""
    checkpoint: Checkpoint | None = None  # test hook on the outbox's send path
    api: str = "order"  # which Centra API: "order" (REST, key) or "integration" (GraphQL)

    def at(self, data_dir: Path) -> Profile:
        """This profile with its files in ``data_dir``."""
        return dataclasses.replace(self, data_dir=data_dir)

    @property
    def simulated(self) -> bool:
        return self.centra is Centra.EMBEDDED_SIMULATOR


REAL = Profile("real", settings=SettingsPlace.NATIVE, keys=KeyPlace.OS_KEYRING,
               station_name="", sounds=True)
DEMO = Profile("demo", centra=Centra.EMBEDDED_SIMULATOR, demo_papers=True, sounds=True,
               demo_barcodes=True,
               window_title=f"Packstation — DEMO (simulated Centra) · supervisor PIN {DEMO_PIN}")
SMOKE = Profile("smoke", centra=Centra.EMBEDDED_SIMULATOR, station_name="Smoke test",
                ready_list=False)
SCREENSHOT = Profile("screenshot", centra=Centra.EMBEDDED_SIMULATOR, station_name="Station 3",
                     operator="Anna", timeouts=(1.0, 3.0), demo_barcodes=True)
# A bare bench (no station) on a Centra the caller runs: the benchmarks' simulator
# subprocess, the tests' simulator fixture.
BENCHMARK = Profile("benchmark", station=False, timeouts=(5.0, 30.0))
TEST = Profile("test", station=False, ready_list=False, timeouts=(1.0, 3.0))

PROFILES: dict[str, Profile] = {p.name: p for p in (REAL, DEMO, SMOKE, SCREENSHOT, BENCHMARK,
                                                      TEST)}
