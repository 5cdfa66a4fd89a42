"""What the two outbox fault suites share (``test_outbox_faults.py``: the Order API;
``test_outbox_faults_integration.py``: the Integration API): the scaled time, the fault
timings, the drain worker subprocess with its kills, and writing a section of
``docs/reliability.md``."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

from packstation.simulator import Fault
from packstation.simulator.faults import FaultApply

REPO = Path(__file__).resolve().parent.parent
REPORT = REPO / "docs" / "reliability.md"
TIMEOUT = 0.5  # the worker's overall deadline per request
SETTLE = 1.0  # the settle window from a claim: longer than any request lives (0.5 s)
# Every kind the simulator injects; "slow" is a latency past the client's deadline that
# the simulator still processes (the "70 s PUT" of issue #14, scaled).
KINDS: tuple[str, ...] = (
    "latency", "html502", "error500", "reset", "close", "truncated", "badjson", "hang",
    "trickle", "slow")
CHECKPOINTS = ("claimed", "answered", "answered", "reconciled")
# A sequence's steps too: killed with a step's "sending" on disk but its mutation not sent,
# or between two steps (the Integration API).
SEQUENCE_CHECKPOINTS = (*CHECKPOINTS, "step", "step")
SKIP_ON_WINDOWS = ("kills the worker with SIGKILL (and its crash hook SIGKILLs itself); "
                   "Windows has no signals")


def timed_fault(rng: random.Random, kind: str, *, method: str, path: str,
                field: str | None = None) -> Fault:
    """One fault of ``kind`` for the next matching request, with a delay that fits the
    scaled time (a hang outlives the deadline, a trickle's bytes each come inside it)."""
    apply: FaultApply = rng.choice(("before", "after"))
    delay = 0.0
    if kind == "latency":
        delay = rng.uniform(0.02, 0.25)
    elif kind == "hang":
        delay = rng.uniform(TIMEOUT + 0.1, 1.0)
    elif kind == "trickle":
        delay = rng.uniform(0.1, 0.3)  # each byte inside the read timeout
    elif kind == "slow":  # the scaled "70 s PUT": Centra does it after we gave up
        return Fault(kind="latency", method=method, path=path, count=1, apply="before",
                     delay=rng.uniform(TIMEOUT + 0.05, SETTLE - 0.2), field=field)
    return Fault(kind=kind, method=method, path=path, count=1,  # type: ignore[arg-type]
                 apply=apply, delay=delay, field=field)


def is_slow(f: Fault) -> bool:
    return f.kind == "latency" and f.delay > TIMEOUT


def run_worker(db: Path, base_url: str, rng: random.Random, *, chaos: bool,
               figures: Counter[str], api: str = "order", key: str = "demo-key",
               points: tuple[str, ...] = CHECKPOINTS) -> int:
    """One ``python -m packstation.outbox.drain`` run over ``db``. With ``chaos``: in 70 %
    of the runs the crash hook SIGKILLs it at one of ``points``, in 60 % a timer SIGKILLs it
    from outside, in 30 % a second worker drains the same file at the same time. Counts
    worker runs, second instances and kills (by hook, by timer) in ``figures``."""
    env = {**os.environ, "PYTHONPATH": str(REPO), "PACKSTATION_API_KEY": key}
    crash_at: list[str] = []  # the dispatcher checkpoint the worker kills itself at
    if chaos and rng.random() < 0.7:
        point = rng.choice(points)
        crash_at = ["--crash-at", f"{point}:{rng.uniform(0.05, 0.4):.2f}"]
    base = [sys.executable, "-m", "packstation.outbox.drain", "--db", str(db),
            "--base-url", base_url, "--api", api, "--until-empty",
            "--timeout", str(TIMEOUT), "--base-backoff", "0.02", "--max-backoff", "0.2",
            "--settle", str(SETTLE)]
    cmd = [*base, "--seed", str(rng.randrange(1 << 30)), "--max-seconds", "10", *crash_at]
    proc = subprocess.Popen(cmd, env=env, cwd=REPO, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE)
    figures["worker runs"] += 1
    twin = None
    if chaos and rng.random() < 0.3:
        # A second process on the same outbox file at the same time (a double-clicked icon
        # before the single-instance guard, the drain CLI next to the app): claims must
        # keep it from ever sending what the first has in flight.
        twin_cmd = [*base, "--seed", str(rng.randrange(1 << 30)), "--max-seconds", "10"]
        time.sleep(rng.uniform(0.0, 0.3))
        twin = subprocess.Popen(twin_cmd, env=env, cwd=REPO, stdout=subprocess.DEVNULL,
                                stderr=subprocess.PIPE)
        figures["second instances (two workers at once)"] += 1
    kill_after = rng.uniform(0.2, 1.5) if chaos and rng.random() < 0.6 else None
    by_timer = False
    try:
        if kill_after is not None:
            try:
                proc.wait(timeout=kill_after)
            except subprocess.TimeoutExpired:
                proc.send_signal(signal.SIGKILL)
                by_timer = True
                figures["kills by timer"] += 1
        _, err = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    if twin is not None:
        try:
            _, twin_err = twin.communicate(timeout=60)
        finally:
            if twin.poll() is None:
                twin.kill()
                twin.wait()
        assert twin.returncode in (0, 1), twin_err.decode()[-2000:]
    if proc.returncode == -signal.SIGKILL and not by_timer:
        figures[f"kills by hook ({crash_at[1].split(':')[0]})"] += 1
    assert proc.returncode in (0, 1, -signal.SIGKILL), err.decode()[-2000:]
    return proc.returncode


def kill_rows(figures: Counter[str]) -> list[str]:
    kills = sorted(k for k in figures if k.startswith("kills"))
    rows = [f"| {k} | {figures[k]} |" for k in kills]
    return [*rows, f"| kills total | {sum(figures[k] for k in kills)} |"]


def write_section(body: str, heading: str | None, *, before: str | None = None,
                  path: Path = REPORT) -> None:
    """Replace one part of ``path`` with ``body`` and keep the rest (hand-written
    sections, the other suite's figures). ``heading=None``: the part before the first
    ``## `` heading (the file's title and first figures). Otherwise the ``heading`` line
    up to the next ``## `` heading; a heading not there yet goes before the heading line
    ``before`` (or at the end)."""
    text = path.read_text(encoding="utf-8") if path.exists() else ""
    lines = text.splitlines()

    def next_heading(start: int) -> int:
        return next((i for i in range(start, len(lines)) if lines[i].startswith("## ")),
                    len(lines))

    new = [*body.rstrip("\n").splitlines(), ""]
    if heading is None:
        start, end = 0, next_heading(0)
    elif heading in lines:
        start = lines.index(heading)
        end = next_heading(start + 1)
    else:
        start = end = lines.index(before) if before in lines else len(lines)
    lines[start:end] = new
    path.parent.mkdir(exist_ok=True)
    path.write_text("\n".join(lines).rstrip("\n") + "\n", encoding="utf-8")
