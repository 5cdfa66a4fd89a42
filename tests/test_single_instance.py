"""One Packstation per station: a second start brings the running window to the front
and exits (issue #14 case 2); the lock dies with the process that held it.

Real processes: the app runs offscreen against the simulator (in this test process)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from packstation.simulator import DEMO_API_KEY, CentraSimulator
from packstation.station.instance import LOCK_NAME, InstanceLock

REPO = Path(__file__).resolve().parents[1]

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="uses SIGKILL")


def _env(tmp: Path) -> dict[str, str]:
    return dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(REPO),
                PACKSTATION_API_KEY=DEMO_API_KEY, PACKSTATION_DATA_DIR=str(tmp / "data"),
                XDG_CONFIG_HOME=str(tmp / "config"), HOME=str(tmp / "home"))


def _app(tmp: Path, sim: CentraSimulator, *extra: str) -> subprocess.Popen[str]:
    cmd = [sys.executable, "-m", "packstation", "--base-url", sim.base_url,
           "--station", "Bench 1", *extra]
    return subprocess.Popen(cmd, env=_env(tmp), cwd=tmp, stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True)


def _wait(what: str, check: object, timeout: float) -> None:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if check():  # type: ignore[operator]
            return
        time.sleep(0.1)
    raise AssertionError(f"timed out waiting for {what}")


def _held_by_other(path: Path) -> bool:
    probe = InstanceLock(path)
    if probe.acquire():
        probe.release()
        return False
    return True


def _log_text(tmp: Path) -> str:
    logs = tmp / "data" / "logs"
    return "".join(p.read_text(errors="replace") for p in logs.glob("*.log*")) \
        if logs.exists() else ""


def test_the_lock_is_exclusive_and_dies_with_its_process(tmp_path: Path) -> None:
    path = tmp_path / LOCK_NAME
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys, time; from packstation.station.instance import "
         "InstanceLock; l = InstanceLock(sys.argv[1]); assert l.acquire(); print('held', "
         "flush=True); time.sleep(60)", str(path)],
        env=dict(os.environ, PYTHONPATH=str(REPO)), stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        mine = InstanceLock(path)
        assert not mine.acquire()
        assert mine.owner_pid() == holder.pid
        holder.send_signal(signal.SIGKILL)
        holder.wait(10)
        assert mine.acquire()  # no stale lock after a kill
        mine.release()
    finally:
        if holder.poll() is None:
            holder.kill()


def test_a_second_start_brings_the_first_to_the_front_and_exits(
        tmp_path: Path, simulator: CentraSimulator) -> None:
    first = _app(tmp_path, simulator, "--quit-after", "40")
    try:
        _wait("the first instance's lock", lambda: _held_by_other(
            tmp_path / "data" / LOCK_NAME), 30)
        _wait("the first instance to be wired",
              lambda: (tmp_path / "data" / "outbox.sqlite3").exists(), 30)
        second = _app(tmp_path, simulator)
        out, _ = second.communicate(timeout=30)
        assert second.returncode == 3, out
        assert "already open on this station" in out
        _wait("the first window to come to the front",
              lambda: "comes to the front" in _log_text(tmp_path), 10)
        assert first.poll() is None  # the first one runs on, untouched
        assert not any(r.method == "PUT" for r in simulator.requests)
        first.send_signal(signal.SIGKILL)
        first.wait(10)
        third = _app(tmp_path, simulator, "--quit-after", "1")
        out, _ = third.communicate(timeout=60)
        assert third.returncode == 0, out  # the killed instance left no lock behind
    finally:
        for proc in (first,):
            if proc.poll() is None:
                proc.kill()
                proc.communicate()
