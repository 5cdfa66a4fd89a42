"""Kill the real app while a completion is in flight, start it again: Centra sees one PUT.

The app runs as a real process against the simulator (in this test process, so it
outlives the app). The completion's PUT is held by the simulator for a few seconds;
the app is SIGKILLed while it waits, and Centra (the simulator) completes it anyway.
On the next start the outbox finds the entry it was sending, looks the shipment up
instead of resending, and records it done.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from packstation.simulator import DEMO_API_KEY, CentraSimulator, Fault
from packstation.simulator.recording import RecordedRequest

REPO = Path(__file__).resolve().parents[1]
UPS = "1Z999AA10123456784"

pytestmark = [pytest.mark.skipif(sys.platform == "win32", reason="uses SIGKILL"),
              pytest.mark.timeout(300)]  # two app starts and Centra's held PUT: 20-40 s


def _app(tmp: Path, sim: CentraSimulator, *extra: str) -> subprocess.Popen[bytes]:
    env = dict(os.environ,
               QT_QPA_PLATFORM="offscreen",
               PYTHONPATH=str(REPO),
               PACKSTATION_API_KEY=DEMO_API_KEY,
               PACKSTATION_DATA_DIR=str(tmp / "data"),
               XDG_CONFIG_HOME=str(tmp / "config"),
               HOME=str(tmp / "home"))
    cmd = [sys.executable, "-m", "packstation", "--base-url", sim.base_url,
           "--station", "Crash test", *extra]
    return subprocess.Popen(cmd, env=env, cwd=tmp, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)


def _wait(what: str, check: object, timeout: float) -> None:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if check():  # type: ignore[operator]
            return
        time.sleep(0.05)
    raise AssertionError(f"timed out waiting for {what}")


def _puts(sim: CentraSimulator) -> int:
    return sum(1 for r in sim.requests if r.method == "PUT" and r.path == "/shipment")


def test_kill_during_completion_then_restart_completes_exactly_once(
    tmp_path: Path, simulator: CentraSimulator
) -> None:
    # Centra takes 3 s to answer the completion (it does complete it).
    simulator.add_fault(Fault(kind="latency", method="PUT", path="/shipment", count=1,
                              delay=3.0))
    _complete_then_kill(tmp_path, simulator)
    _wait("Centra to finish the completion", lambda: simulator.completions("41001-1") == 1, 10)
    killed_at = time.time()

    _run_until_it_quits(tmp_path, simulator, quit_after=8, timeout=30)

    assert _puts(simulator) == 1
    assert simulator.completions("41001-1") == 1
    assert _completed_lookups_since(simulator, killed_at), \
        "the restarted app must look the shipment up, not resend"
    assert _outbox_rows(tmp_path) == [("41001-1", "done")]


def test_restart_while_centra_still_holds_the_put_does_not_send_it_again(
    tmp_path: Path, simulator: CentraSimulator
) -> None:
    """Issue #14 case 1: the PUT is held 6 s by Centra, the app is killed after 1.5 s and
    restarted at once. The restarted app looks the shipment up (not completed yet), keeps
    looking at growing gaps and finds it completed: one PUT, never two."""
    simulator.add_fault(Fault(kind="latency", method="PUT", path="/shipment", count=1,
                              delay=6.0))
    _complete_then_kill(tmp_path, simulator, after=1.5)
    assert simulator.completions("41001-1") == 0  # Centra is still working on it
    restarted_at = time.time()
    _run_until_it_quits(tmp_path, simulator, quit_after=16, timeout=40)
    assert _puts(simulator) == 1
    assert simulator.completions("41001-1") == 1
    # not completed at first, completed later
    assert len(_completed_lookups_since(simulator, restarted_at)) >= 2
    assert _outbox_rows(tmp_path) == [("41001-1", "done")]


def _complete_then_kill(tmp_path: Path, simulator: CentraSimulator, *, after: float = 0.0) -> None:
    """Start the app, scan 41001-1, its label and PS:COMPLETE; SIGKILL it ``after`` seconds
    after its completing PUT reached Centra."""
    first = _app(tmp_path, simulator, "--feed-scans", f"41001-1;{UPS};PS:COMPLETE")
    try:
        _wait("the completing PUT", lambda: _puts(simulator) == 1, 30)
        time.sleep(after)
        first.send_signal(signal.SIGKILL)
        first.wait(10)
    finally:
        if first.poll() is None:
            first.kill()


def _run_until_it_quits(tmp_path: Path, simulator: CentraSimulator, *, quit_after: int,
                        timeout: float) -> None:
    second = _app(tmp_path, simulator, "--quit-after", str(quit_after))
    try:
        assert second.wait(timeout) == 0
    finally:
        if second.poll() is None:
            second.kill()


def _completed_lookups_since(simulator: CentraSimulator, since: float) -> list[RecordedRequest]:
    return [r for r in simulator.requests
            if r.method == "GET" and r.query.get("status") == "completed"
            and r.query.get("order") == "41001" and r.received_at >= since]


def _outbox_rows(tmp_path: Path) -> list[tuple[str, str]]:
    with sqlite3.connect(tmp_path / "data" / "outbox.sqlite3") as conn:
        return conn.execute("SELECT shipment_id, state FROM outbox").fetchall()
