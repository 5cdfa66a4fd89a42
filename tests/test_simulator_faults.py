"""Each simulator fault kind, seen through a real httpx client over loopback, plus the
before/after and count semantics and the CLI subprocess."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from packstation.simulator import CentraSimulator, Fault

ROOT = Path(__file__).resolve().parent.parent
COMPLETE = {"order": 41001, "shipment": "41001-1", "gtg": True, "shipped": True,
            "tracking": "T-1"}


@pytest.fixture
def client(simulator: CentraSimulator) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=simulator.base_url, timeout=2.0,
                      headers={"API-Authorization": "demo-key"}) as c:
        yield c


def test_unknown_fault_kind_is_rejected() -> None:
    with pytest.raises(ValueError):
        Fault(kind="explode")  # type: ignore[arg-type]


@pytest.mark.parametrize(("kind", "error"), [
    # A reset (SO_LINGER 0) arrives as ECONNRESET on Linux; Winsock as wine runs it may
    # report the same reset as a connection closed without a response.
    ("reset", (httpx.ReadError, httpx.RemoteProtocolError) if sys.platform == "win32"
     else httpx.ReadError),
    ("close", httpx.RemoteProtocolError),
    ("truncated", httpx.RemoteProtocolError),
])
def test_transport_faults_raise(simulator: CentraSimulator, client: httpx.Client, kind: Any,
                                error: type[Exception] | tuple[type[Exception], ...]) -> None:
    simulator.add_fault(Fault(kind=kind, method="PUT", path="/shipment"))
    with pytest.raises(error):
        client.put("/shipment", json=COMPLETE)
    assert simulator.completions("41001-1") == 0        # apply="before": not processed
    assert client.put("/shipment", json=COMPLETE).json()["status"] == "ok"   # count=1 used up


def test_hang_times_out_and_stop_releases_it(simulator: CentraSimulator,
                                             client: httpx.Client) -> None:
    simulator.add_fault(Fault(kind="hang", path="/shipments"))
    started = time.monotonic()
    with pytest.raises(httpx.ReadTimeout):
        client.get("/shipments", timeout=0.3)
    assert time.monotonic() - started < 1.5
    stop_started = time.monotonic()
    simulator.stop()
    assert time.monotonic() - stop_started < 0.3


def test_html_and_error_pages(simulator: CentraSimulator, client: httpx.Client) -> None:
    simulator.add_fault(Fault(kind="html502", path="/shipments"))
    simulator.add_fault(Fault(kind="error500", path="/shipments"))
    r = client.get("/shipments")
    assert r.status_code == 502 and r.headers["content-type"].startswith("text/html")
    r = client.get("/shipments")
    assert r.status_code == 500 and r.headers["content-type"].startswith("text/html")
    with pytest.raises(httpx.HTTPStatusError):
        r.raise_for_status()
    assert client.get("/shipments").status_code == 200


def test_badjson_and_status_no(simulator: CentraSimulator, client: httpx.Client) -> None:
    simulator.add_fault(Fault(kind="badjson", path="/shipments/"))
    simulator.add_fault(Fault(kind="status_no", path="/shipments/", msg="database busy"))
    r = client.get("/shipments/41001-1")
    assert r.status_code == 200 and r.headers["content-type"] == "application/json"
    with pytest.raises(json.JSONDecodeError):
        r.json()
    assert client.get("/shipments/41002-1").json() == {"status": "no", "msg": "database busy"}


def test_latency_fault(simulator: CentraSimulator, client: httpx.Client) -> None:
    simulator.add_fault(Fault(kind="latency", delay=0.3))
    with pytest.raises(httpx.ReadTimeout):
        client.get("/shipments", timeout=0.1)
    assert client.get("/shipments", timeout=0.1).status_code == 200


@pytest.mark.parametrize("kind", ["reset", "close", "truncated", "html502", "hang"])
def test_apply_after_completes_although_the_client_got_an_error(
    simulator: CentraSimulator, client: httpx.Client, kind: Any
) -> None:
    simulator.add_fault(Fault(kind=kind, method="PUT", path="/shipment", apply="after",
                              delay=0.5))
    with pytest.raises(httpx.HTTPError):
        r = client.put("/shipment", json=COMPLETE, timeout=0.3)
        r.raise_for_status()
    assert simulator.shipment("41001-1")["state"] == "completed"
    assert simulator.completions("41001-1") == 1
    retry = client.put("/shipment", json=COMPLETE).json()
    assert retry["msg"] == "shipment is already completed"
    assert simulator.completions("41001-1") == 1


def test_count_semantics(simulator: CentraSimulator, client: httpx.Client) -> None:
    simulator.add_fault(Fault(kind="error500", method="GET", path="/shipments", count=2))
    assert [client.get("/shipments").status_code for _ in range(3)] == [500, 500, 200]
    simulator.add_fault(Fault(kind="html502", method="GET", path="/orders", count=None))
    assert [client.get("/orders").status_code for _ in range(4)] == [502] * 4
    assert client.get("/shipments").status_code == 200       # other paths unaffected
    assert client.put("/shipment", json={}).status_code == 200  # other methods unaffected
    simulator.clear_faults()
    assert client.get("/orders").status_code == 200
    assert simulator.faults == []


def test_prefix_path_and_faulted_requests_are_logged(simulator: CentraSimulator,
                                                     client: httpx.Client) -> None:
    simulator.add_fault(Fault(kind="close", path="/shipments/"))
    assert client.get("/shipments").status_code == 200      # "/shipments/" != "/shipments"
    with pytest.raises(httpx.RemoteProtocolError):
        client.get("/shipments/41001-1")
    assert [r.path for r in simulator.requests] == ["/shipments", "/shipments/41001-1"]


def test_stop_is_fast_with_open_keepalive_connection(simulator: CentraSimulator,
                                                     client: httpx.Client) -> None:
    client.get("/shipments")
    started = time.monotonic()
    simulator.stop()
    assert time.monotonic() - started < 0.3
    with pytest.raises(httpx.TransportError):
        client.get("/shipments")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_cli_serves_and_refuses_wrong_key() -> None:
    port = _free_port()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen(
        [sys.executable, "-m", "packstation.simulator", "--port", str(port), "--key", "k1"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, cwd=ROOT,
    )
    base = f"http://127.0.0.1:{port}/api/order-api"
    try:
        deadline = time.monotonic() + 10
        while True:
            try:
                r = httpx.get(base + "/shipments", headers={"API-Authorization": "k1"},
                              timeout=0.5)
                break
            except httpx.TransportError:
                if time.monotonic() > deadline or proc.poll() is not None:
                    raise
                time.sleep(0.05)
        assert r.status_code == 200 and r.json()["status"] == "ok"
        bad = httpx.get(base + "/shipments", headers={"API-Authorization": "demo-key"})
        assert bad.status_code == 401
    finally:
        proc.terminate()
        out, err = proc.communicate(timeout=5)
    # POSIX: SIGTERM, the CLI's handler stops the server and exits 0. Windows: terminate()
    # is TerminateProcess, which ends the process with exit code 1 and runs no handler.
    assert proc.returncode == (1 if sys.platform == "win32" else 0)
    assert base in out.decode() and "41005-1" in out.decode()
    assert err == b""
