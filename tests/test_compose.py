"""The composition root (``packstation.app.compose``) and its profiles: where each profile
puts its files, what shutdown releases, and the test hooks it injects."""

from __future__ import annotations

import dataclasses
import os
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from packstation.app import compose
from packstation.app.compose import Bench, BenchParts, build_bench, compose_bench, open_client
from packstation.app.profiles import (
    BENCHMARK,
    DEMO,
    PROFILES,
    REAL,
    SCREENSHOT,
    SMOKE,
    TEST,
    Centra,
    KeyPlace,
    SettingsPlace,
)
from packstation.centra.order_api.client import CentraClient
from packstation.outbox import Outbox
from packstation.outbox.dispatcher import CHECKPOINTS
from packstation.outbox.faults import kill_at, parse_crash_points
from packstation.simulator import DEMO_API_KEY, CentraSimulator
from packstation.station.settings import BASE_URL, DOCUMENT_PRINTER, STATION_NAME
from tests.bench_fixtures import complete_puts, lookup, scan


def _open_files_under(folder: Path) -> list[str]:
    """The files under ``folder`` this process holds open. Linux: from /proc; Windows
    cannot delete a file a process holds open, so there a file that will not go is open."""
    if sys.platform == "win32":
        held = []
        for path in sorted(folder.rglob("*"), reverse=True):
            if path.is_file():
                try:
                    path.rename(path.with_name(path.name + ".probe"))
                    path.with_name(path.name + ".probe").rename(path)
                except OSError:
                    held.append(str(path))
        return held
    found = []
    for fd in Path("/proc/self/fd").iterdir():
        try:
            target = os.readlink(fd)
        except OSError:
            continue
        if target.startswith(str(folder)):
            found.append(target)
    return found


def test_every_profile_is_named_and_only_the_real_app_uses_the_os_keyring() -> None:
    assert set(PROFILES) == {"real", "demo", "smoke", "test", "benchmark", "screenshot"}
    for profile in PROFILES.values():
        real = profile is REAL
        assert (profile.keys is KeyPlace.OS_KEYRING) == real, profile.name
        assert (profile.settings is SettingsPlace.NATIVE) == real, profile.name
        assert profile.data_dir is None  # a folder is always given explicitly (Profile.at)
        assert profile.checkpoint is None  # no test hook in any shipped profile
    assert {p.name for p in PROFILES.values() if p.centra is Centra.EMBEDDED_SIMULATOR} == {
        "demo", "smoke", "screenshot"}


@pytest.mark.parametrize("profile", [DEMO, SMOKE, SCREENSHOT], ids=lambda p: p.name)
def test_a_throwaway_profile_never_falls_back_to_the_users_data_folder(profile: object) -> None:
    with pytest.raises(ValueError, match="data folder of its own"):
        compose.open_station(profile)  # type: ignore[arg-type]


def test_a_bench_without_station_or_folder_is_refused_not_put_in_a_temp_folder(
        qapp: object, simulator: CentraSimulator) -> None:
    client = open_client(TEST, simulator.base_url, DEMO_API_KEY)
    try:
        with pytest.raises(ValueError, match="say where its outbox lives"):
            build_bench(BenchParts(TEST, client))
    finally:
        client.close()


def test_the_demo_station_lives_in_its_folder_with_papers_printed_there(
        tmp_path: Path, simulator: CentraSimulator) -> None:
    station = compose.open_station(DEMO.at(tmp_path), simulator=simulator)
    assert station.paths.data_dir == tmp_path
    assert station.settings.get(BASE_URL) == simulator.base_url
    assert station.settings.get(STATION_NAME) == "Demo station"
    assert station.settings.get(DOCUMENT_PRINTER) == f"file:{tmp_path / 'printed'}"
    assert station.keys.load(station.base_url).key is not None  # the demo key, not stored
    assert station.lock.has_pin  # the demo PIN


def test_the_demo_on_the_integration_api_asks_only_for_papers_it_can_get(
        tmp_path: Path, simulator: CentraSimulator) -> None:
    from packstation.station.settings import CENTRA_API, DELIVERY_NOTE_PRINT, PROFORMA_PRINT

    order = compose.open_station(DEMO.at(tmp_path / "order"), simulator=simulator)
    assert (order.settings.get(PROFORMA_PRINT), order.settings.get(DELIVERY_NOTE_PRINT)) == (
        "outside_eu", "always")
    gql = compose.open_station(dataclasses.replace(DEMO, api="integration").at(tmp_path / "gql"),
                               simulator=simulator)
    assert gql.settings.get(CENTRA_API) == "integration"
    # No document links there: no delivery note to wait for; the proforma setting stands for
    # the packer's confirmation of a parcel leaving the EU.
    assert (gql.settings.get(PROFORMA_PRINT), gql.settings.get(DELIVERY_NOTE_PRINT)) == (
        "outside_eu", "never")


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="lists open files (Linux)")
def test_shutdown_stops_the_delivery_timer_and_closes_the_outbox(
        qtbot: QtBot, tmp_path: Path, simulator: CentraSimulator) -> None:
    b = compose_bench(TEST.at(tmp_path), base_url=simulator.base_url, key=DEMO_API_KEY)
    qtbot.addWidget(b.window)
    assert b.deliveries is not None and b.owned_outbox is not None
    assert _open_files_under(tmp_path)  # the outbox is open while the bench runs
    assert b.deliveries.running  # the periodic drain
    assert b.shutdown(wait_ms=3000)
    assert not b.deliveries.running
    assert _open_files_under(tmp_path) == []  # outbox.sqlite3, -wal and -shm released


def test_shutdown_leaves_an_outbox_the_caller_opened_open(
        qtbot: QtBot, tmp_path: Path, simulator: CentraSimulator, outbox: Outbox) -> None:
    client = open_client(TEST, simulator.base_url, DEMO_API_KEY)
    b = build_bench(BenchParts(TEST, client, outbox=outbox))
    qtbot.addWidget(b.window)
    assert b.owned_outbox is None
    assert b.shutdown(wait_ms=3000)
    assert outbox.waiting_count() == 0  # still usable


def test_the_test_profile_injects_its_checkpoint_into_the_send_path(
        qtbot: QtBot, tmp_path: Path, simulator: CentraSimulator) -> None:
    reached: list[str] = []
    profile = dataclasses.replace(TEST, checkpoint=reached.append).at(tmp_path)
    b = compose_bench(profile, base_url=simulator.base_url, key=DEMO_API_KEY)
    qtbot.addWidget(b.window)
    b.window.show()
    qtbot.waitExposed(b.window)
    b.window.scan_bar.focus()
    try:
        lookup(qtbot, b, "41001-1")
        scan(qtbot, b.window.form.tracking, "1Z999AA10123456784")
        with qtbot.waitSignal(b.controller.completion_finished, timeout=5000):
            b.controller.request_action()
        assert len(complete_puts(simulator)) == 1
        assert reached == ["claimed", "answered"]
    finally:
        b.shutdown(wait_ms=3000)


def test_kill_at_fires_only_at_its_points_with_its_probability() -> None:
    kills: list[str] = []
    rolls = iter([0.9, 0.1])
    hook = kill_at("claimed, answered:0.5", rng=lambda: next(rolls),
                   kill=lambda: kills.append("kill"))
    hook("reconciled")  # not named: no roll, no kill
    assert kills == []
    hook("answered")  # 0.9 >= 0.5: lives
    assert kills == []
    hook("answered")  # 0.1 < 0.5: killed
    assert kills == ["kill"]
    assert parse_crash_points("claimed") == {"claimed": 1.0}
    assert set(parse_crash_points(",".join(CHECKPOINTS))) == set(CHECKPOINTS)
    with pytest.raises(ValueError, match="no checkpoint 'sent'"):
        kill_at("sent")
    with pytest.raises(ValueError, match="not between 0 and 1"):
        kill_at("claimed:1.5")


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_kill_at_really_kills_the_process() -> None:
    import subprocess

    code = ("from packstation.outbox.faults import kill_at; hook = kill_at('answered'); "
            "hook('claimed'); print('alive', flush=True); hook('answered'); print('not dead')")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=60)
    assert done.stdout.split() == ["alive"]
    assert done.returncode == -9


def test_the_benchmark_profile_is_a_bare_bench_on_the_callers_centra(
        qtbot: QtBot, tmp_path: Path, simulator: CentraSimulator) -> None:
    profile = dataclasses.replace(BENCHMARK, ready_list=False).at(tmp_path)
    b: Bench = compose_bench(profile, base_url=simulator.base_url, key=DEMO_API_KEY)
    qtbot.addWidget(b.window)
    try:
        assert b.station is None and b.simulator is None and b.ready is None
        assert isinstance(b.client, CentraClient)
        assert b.client.base_url.startswith(simulator.base_url.rstrip("/"))
        assert (tmp_path / "outbox.sqlite3").is_file()
    finally:
        b.shutdown(wait_ms=3000)
