"""The log file tells a supporter what happened (issue #17, point 1).

The real app runs as a process against the simulator; the test scripts a session
(a completion, a failed capture, a completion that waits in the outbox while Centra
answers 502) and then reads ``packstation.log``: start line, lookups, completions,
outbox transitions and every refusal are there; the API key and the customers' names,
addresses and e-mail addresses are not. ``--demo`` writes its log into its throwaway
folder, never into the real data folder.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from packstation.simulator import DEMO_API_KEY, CentraSimulator, Fault
from packstation.simulator.demo_data import CUSTOMERS, DEMO_LABELS

REPO = Path(__file__).resolve().parents[1]
UPS = "1Z999AA10123456784"
S10 = "RR123456785SE"


def _env(tmp: Path, **extra: str) -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(REPO),
               PACKSTATION_DATA_DIR=str(tmp / "data"), XDG_CONFIG_HOME=str(tmp / "config"),
               XDG_DATA_HOME=str(tmp / "xdg"), HOME=str(tmp / "home"), TMPDIR=str(tmp),
               **extra)
    env.pop("PACKSTATION_API_KEY", None)
    env.update(extra)
    return env


def _run(tmp: Path, env: dict[str, str], *args: str, timeout: float = 90) -> str:
    done = subprocess.run([sys.executable, "-m", "packstation", *args], env=env, cwd=tmp,
                          capture_output=True, text=True, timeout=timeout)
    assert done.returncode == 0, done.stderr[-3000:]
    return done.stderr


def test_log_after_a_scripted_session(tmp_path: Path, simulator: CentraSimulator) -> None:
    # 41002-1's first completion meets a proxy error page: it waits in the outbox.
    simulator.add_fault(Fault(kind="html502", method="PUT", path="/shipment", count=1,
                              apply="before"))
    simulator.add_fault(Fault(kind="latency", method="PUT", path="/shipment", count=None,
                              delay=0.0))
    scans = ["41002-1", UPS, "PS:COMPLETE",  # Centra answers 502: queued
             "41001-1", S10, "PS:COMPLETE",  # completed
             "41005-1", UPS, "PS:COMPLETE"]  # capture fails: DO NOT SHIP
    env = _env(tmp_path, PACKSTATION_API_KEY=DEMO_API_KEY)
    _run(tmp_path, env, "--base-url", simulator.base_url, "--station", "Log test",
         "--operator", "Anna", "--feed-scans", ";".join(scans), "--quit-after", "40")
    log = (tmp_path / "data" / "logs" / "packstation.log").read_text(encoding="utf-8")

    assert "Packstation 0." in log and "'Log test'" in log
    assert "Centra http://127.0.0.1:" in log and "API key from environment" in log
    assert "Lookup 41002-1: ready" in log and "Lookup 41005-1: needs_capture" in log
    assert "Outbox: saved 41002-1" in log
    # The 502 came after the request was sent: the outcome is unknown, to be checked.
    assert "41002-1 (order 41002, entry 1) unknown, attempt 1" in log
    assert "HTTP 502" in log
    assert f"41001-1 (order 41001, entry 2) done, attempt 1, tracking {S10}" in log
    assert "ERROR" in log and "DO NOT SHIP: payment capture failed" in log
    assert "ERROR   packstation.bench.delivery: Outbox: sent 41005-1 (order 41005, entry 3) " \
        "refused" in log
    # Nothing a supporter must not see.
    assert DEMO_API_KEY not in log
    for customer in (CUSTOMERS[0], CUSTOMERS[1], CUSTOMERS[4]):
        for personal in (customer.name, customer.email, customer.address, customer.phone):
            assert personal not in log


def test_wrong_key_is_in_the_log(tmp_path: Path, simulator: CentraSimulator) -> None:
    env = _env(tmp_path, PACKSTATION_API_KEY="wrong-key-0000")
    _run(tmp_path, env, "--base-url", simulator.base_url, "--station", "Log test",
         "--feed-scans", "41001-1", "--quit-after", "4")
    log = (tmp_path / "data" / "logs" / "packstation.log").read_text(encoding="utf-8")
    assert "Centra rejected the API key" in log
    assert "KeyRejected HTTP 401" in log or "KeyRejected HTTP 403" in log
    assert "wrong-key-0000" not in log


def test_demo_logs_into_its_own_folder(tmp_path: Path) -> None:
    # The demo window's "Try:" line: a slip, its PostNord label, the complete command.
    postnord = next(code for code, words in DEMO_LABELS if "PostNord" in words)
    stderr = _run(tmp_path, _env(tmp_path), "--demo", "--feed-scans",
                  f"41001-1;{postnord};PS:COMPLETE", "--quit-after", "7")
    assert not (tmp_path / "data" / "logs").exists(), "the demo wrote into the real data folder"
    assert not (tmp_path / "xdg").exists()
    demo_logs = list(tmp_path.glob("packstation-demo-*/logs/packstation.log"))
    assert len(demo_logs) == 1, stderr[-2000:]
    text = demo_logs[0].read_text(encoding="utf-8")
    assert "(DEMO)" in text and "Lookup 41001-1: ready" in text
    assert f"Outbox: sent 41001-1 (order 41001, entry 1) done, attempt 1, tracking {postnord}" \
        in text  # a completed demo parcel, with no number made up


def test_demo_on_the_integration_api_completes_through_graphql(tmp_path: Path) -> None:
    # ``packstation --demo --api integration``: the same "Try:" line, against the embedded
    # simulator's GraphQL endpoint with the demo token.
    postnord = next(code for code, words in DEMO_LABELS if "PostNord" in words)
    stderr = _run(tmp_path, _env(tmp_path), "--demo", "--api", "integration", "--feed-scans",
                  f"41001-1;{postnord};PS:COMPLETE", "--quit-after", "7")
    demo_logs = list(tmp_path.glob("packstation-demo-*/logs/packstation.log"))
    assert len(demo_logs) == 1, stderr[-2000:]
    text = demo_logs[0].read_text(encoding="utf-8")
    assert "(DEMO)" in text and "(Integration API), token from environment" in text
    assert "Lookup 41001-1: ready" in text
    assert f"Outbox: sent 41001-1 (order 41001, entry 1) done, attempt 1, tracking {postnord}" \
        in text
    assert "demo-token" not in text
