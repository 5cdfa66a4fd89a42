"""The HTTP server: `CentraSimulator` runs a stdlib ThreadingHTTPServer on loopback that
speaks the Centra Order API under `/api/order-api` and the Integration API (GraphQL) at
`POST /graphql` (see `graphql/endpoint.py`), both over one store: a shipment completed
through either is completed for the other.

Per request, in this order:
1. read the body and record the request (every request, whatever happens next);
2. take the first matching fault (each request triggers at most one);
3. sleep `sim.latency` seconds (global);
4. fault with apply="before": "latency" sleeps `delay` then continues; any other kind happens
   now and the request is not processed;
5. /graphql goes to the Integration API (its own token check, 403, 400, 429: see
   graphql/endpoint.py); otherwise API-Authorization check (401 text/html), path outside
   the prefix (404), disabled endpoint (403 {"status": "Not Allowed"}), then the route;
6. fault with apply="after": replaces the response (the request has been processed).

HTTP/1.1 with keep-alive, like a real server; `stop()` also closes open keep-alive
connections and wakes hanging handlers. The handler never logs to stderr.
A simulator is started once; create a new one to serve again.
"""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from collections.abc import Callable, Iterable
from datetime import datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from packstation.simulator import faults as F
from packstation.simulator.demo_data import demo_shipments
from packstation.simulator.documents import DOCUMENT_PATHS, document_pdf
from packstation.simulator.faults import Fault, FaultList, path_matches
from packstation.simulator.graphql.endpoint import GRAPHQL_PATH, GraphQLEndpoint, root_fields
from packstation.simulator.graphql.events import EventHub
from packstation.simulator.graphql.options import IntegrationOptions
from packstation.simulator.graphql.ratelimit import RateLimitConfig, RateLimiter
from packstation.simulator.graphql.tokens import (
    READ_ONLY_PERMISSIONS,
    Token,
    TokenRegistry,
)
from packstation.simulator.recording import RecordedRequest, RequestLog
from packstation.simulator.routes import (
    NOT_ALLOWED,
    NOT_FOUND,
    UNAUTHORIZED,
    Response,
    json_response,
    route,
)
from packstation.simulator.store import ShipmentState, ShipmentStore, StoredShipment

API_PREFIX = "/api/order-api"
DEMO_API_KEY = "demo-key"
# Integration API demo tokens: every permission (integration "packstation-demo"), and a
# read-only one whose writes are refused with the permission they lack.
DEMO_TOKEN = "demo-token"
DEMO_LIMITED_TOKEN = "demo-token-limited"


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    sim: CentraSimulator

    def handle_error(self, request: Any, client_address: Any) -> None:
        """Stay silent: clients that hang up mid-response are part of the job."""


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "CentraSimulator/1.0"
    timeout = 60
    server: _Server

    def log_message(self, format: str, *args: Any) -> None:
        """No logging to stderr."""

    def setup(self) -> None:
        super().setup()
        # Headers and body go out in separate writes; without this, Nagle plus the
        # client's delayed ACK adds ~40 ms to every response.
        with contextlib.suppress(OSError):
            self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self.server.sim._track(self.connection, opened=True)

    def finish(self) -> None:
        with contextlib.suppress(OSError):
            super().finish()
        self.server.sim._untrack(self.connection)

    def do_GET(self) -> None:
        self._handle()

    def do_PUT(self) -> None:
        self._handle()

    def do_POST(self) -> None:
        self._handle()

    def do_DELETE(self) -> None:
        self._handle()

    def do_PATCH(self) -> None:
        self._handle()

    # ----- the pipeline -------------------------------------------------------------------

    def _handle(self) -> None:
        sim = self.server.sim
        try:
            length = int(self.headers.get("Content-Length") or 0)
        except ValueError:
            length = 0
        body = self.rfile.read(length) if length > 0 else b""
        split = urlsplit(self.path)
        in_api = split.path == API_PREFIX or split.path.startswith(API_PREFIX + "/")
        path = (split.path[len(API_PREFIX):] or "/") if in_api else split.path
        method = self.command.upper()
        if sim.record_requests:
            sim._log.append(RecordedRequest(
                method=method, path=path,
                query=dict(parse_qsl(split.query, keep_blank_values=True)),
                headers={k.lower(): v for k, v in self.headers.items()},
                body=body, received_at=time.time(),
            ))
        fields = (lambda: root_fields(body)) if path == GRAPHQL_PATH else None
        fault = sim._faults.take(method, path, fields)
        if sim.latency > 0:
            sim._stop.wait(sim.latency)
        if fault is not None and fault.apply == "before":
            if fault.kind == "latency":
                sim._stop.wait(fault.delay)
            else:
                self._perform(fault, None)
                return
        response = self._process(method, path, in_api, split.query, body)
        if fault is not None and fault.apply == "after":
            if fault.kind == "latency":
                sim._stop.wait(fault.delay)
            else:
                self._perform(fault, response)
                return
        self._send(response)

    def _process(self, method: str, path: str, in_api: bool, raw_query: str,
                 body: bytes) -> Response:
        sim = self.server.sim
        if not in_api and path == GRAPHQL_PATH:
            headers = {k.lower(): v for k, v in self.headers.items()}
            return sim._graphql.handle(method, headers, body)
        keyed = self.headers.get("API-Authorization") == sim.api_key
        if not in_api and method == "GET" and path in DOCUMENT_PATHS and (
                keyed or not sim.documents_need_key):
            return self._document(path, raw_query)
        if not keyed:
            return UNAUTHORIZED
        if not in_api:
            return NOT_FOUND
        for dis_method, dis_path in sim._disabled_snapshot():
            if dis_method.upper() == method and path_matches(dis_path, path):
                return NOT_ALLOWED
        query = dict(parse_qsl(raw_query, keep_blank_values=True))
        return route(sim._store, method, path, query, body)

    def _document(self, path: str, raw_query: str) -> Response:
        """GET /proforma?shipment=ID or /delnote?shipment=ID: the shipment's PDF."""
        wanted = dict(parse_qsl(raw_query)).get("shipment", "")
        shipment = self.server.sim._store.get(wanted)
        if shipment is None:
            return NOT_FOUND
        return Response(200, "application/pdf", document_pdf(DOCUMENT_PATHS[path], shipment))

    def _send(self, response: Response, *, declared_length: int | None = None) -> None:
        try:
            self.send_response(response.status)
            self.send_header("Content-Type", response.content_type)
            length = len(response.body) if declared_length is None else declared_length
            self.send_header("Content-Length", str(length))
            for name, value in response.headers:
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(response.body)
            self.wfile.flush()
        except OSError:
            self.close_connection = True

    def _perform(self, fault: Fault, response: Response | None) -> None:
        kind = fault.kind
        if kind == "html502":
            self._send(Response(502, "text/html", F.HTML_502))
        elif kind == "error500":
            self._send(Response(500, "text/html", F.HTML_500))
        elif kind == "status_no":
            self._send(Response(200, "application/json", F.status_no_body(fault.msg)))
        elif kind == "badjson":
            self._send(Response(200, "application/json", F.BAD_JSON))
        elif kind == "reset":
            self.close_connection = True
            F.send_rst(self.connection)
        elif kind == "close":
            self.close_connection = True
        elif kind == "truncated":
            full = response or json_response({"status": "ok", "shipments": [], "pad": "x" * 64})
            half = Response(full.status, full.content_type, full.body[: len(full.body) // 2])
            self.close_connection = True
            self._send(half, declared_length=len(full.body) + 1)
        elif kind == "hang":
            F.hang(self.server.sim._stop, fault.delay)
            self.close_connection = True
        elif kind == "trickle":
            self.close_connection = True
            self._trickle(response or json_response({"status": "ok", "shipments": []}),
                          fault.delay or F.TRICKLE_GAP_S)

    def _trickle(self, response: Response, gap: float) -> None:
        """Send the whole answer one byte at a time, ``gap`` seconds apart."""
        head = (f"HTTP/1.1 {response.status} OK\r\nContent-Type: {response.content_type}\r\n"
                f"Content-Length: {len(response.body)}\r\n\r\n").encode()
        stop = self.server.sim._stop
        for i, byte in enumerate(head + response.body):
            if i and stop.wait(gap):
                return
            try:
                self.connection.sendall(bytes([byte]))
            except OSError:
                return  # the client gave up: that is what this fault is for


class CentraSimulator:
    """A fake Centra Order API on loopback. See the package docstring for the API."""

    def __init__(
        self,
        api_key: str = DEMO_API_KEY,
        port: int = 0,
        host: str = "127.0.0.1",
        shipments: Iterable[StoredShipment] | None = None,
        *,
        latency: float = 0.0,
        send_email_default: bool = True,
        record_requests: bool = True,
        graphql_token: str | None = DEMO_TOKEN,
        rate_limits: RateLimitConfig | None = None,
        integration: IntegrationOptions | None = None,
        rate_limit_clock: Callable[[], float] | None = None,
        store_clock: Callable[[], datetime] | None = None,
    ) -> None:
        self.api_key = api_key
        self.latency = latency
        # False: keep no request log (long benchmarks would otherwise grow it without end).
        self.record_requests = record_requests
        self.disabled_endpoints: set[tuple[str, str]] = set()
        # Centra's document links (proforma, delivery note) want the API key too (the
        # docs do not say; False serves them to anyone, like a public link).
        self.documents_need_key = True
        self._server = _Server((host, port), _Handler)
        self._server.sim = self
        self._store = ShipmentStore(
            demo_shipments() if shipments is None else shipments,
            send_email_default=send_email_default,
            document_origin=f"http://{self.host}:{self.port}",
            # store_clock: Centra's own times (updatedAt, ...); a benchmark's simulated one.
            **({"clock": store_clock} if store_clock is not None else {}),
        )
        # The Integration API: options for the open questions, tokens, the shared rate
        # limit and the events queues, over the same store.
        self.integration = integration or IntegrationOptions()
        self.tokens = TokenRegistry()
        if graphql_token:
            self.tokens.add(graphql_token, None, integration_name="packstation-demo",
                            ttl=None)
            self.tokens.add(DEMO_LIMITED_TOKEN, READ_ONLY_PERMISSIONS, ttl=None)
        # rate_limit_clock: monotonic seconds (a benchmark's simulated clock; default real).
        self.rate_limiter = (RateLimiter(rate_limits) if rate_limit_clock is None
                             else RateLimiter(rate_limits, clock=rate_limit_clock))
        self.events = EventHub()
        self._graphql = GraphQLEndpoint(self._store, options=self.integration,
                                        limiter=self.rate_limiter, tokens=self.tokens,
                                        events=self.events)
        self._log = RequestLog()
        self._faults = FaultList()
        self._stop = threading.Event()
        self._conns: set[socket.socket] = set()
        self._conns_opened = 0
        self._conns_lock = threading.Lock()
        self._thread: threading.Thread | None = None

    # ----- lifecycle ----------------------------------------------------------------------

    def start(self) -> CentraSimulator:
        if self._thread is not None or self._stop.is_set():
            raise RuntimeError("a simulator can be started only once")
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05},
            name=f"centra-sim-{self.port}", daemon=True,
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._stop.is_set():
            return
        self._stop.set()
        if self._thread is not None:
            self._server.shutdown()
        with self._conns_lock:
            conns = list(self._conns)
        for conn in conns:
            with contextlib.suppress(OSError):
                conn.shutdown(socket.SHUT_RDWR)
        self._server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=1.0)

    def __enter__(self) -> CentraSimulator:
        return self.start()

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.stop()

    def _disabled_snapshot(self) -> list[tuple[str, str]]:
        # Tests may add to the set while a handler thread iterates it.
        for _ in range(5):
            try:
                return list(self.disabled_endpoints)
            except RuntimeError:
                continue
        return list(self.disabled_endpoints)

    def _track(self, conn: socket.socket, *, opened: bool = False) -> None:
        with self._conns_lock:
            self._conns.add(conn)
            self._conns_opened += opened

    @property
    def connections_opened(self) -> int:
        """TCP connections accepted so far (keep-alive reuses one for many requests)."""
        with self._conns_lock:
            return self._conns_opened

    def _untrack(self, conn: socket.socket) -> None:
        with self._conns_lock:
            self._conns.discard(conn)

    # ----- addresses ----------------------------------------------------------------------

    @property
    def host(self) -> str:
        return str(self._server.server_address[0])

    @property
    def port(self) -> int:
        return int(self._server.server_address[1])

    @property
    def base_url(self) -> str:
        """e.g. "http://127.0.0.1:8765/api/order-api" (no trailing slash)."""
        return f"http://{self.host}:{self.port}{API_PREFIX}"

    @property
    def graphql_url(self) -> str:
        """The Integration API endpoint, e.g. "http://127.0.0.1:8765/graphql"."""
        return f"http://{self.host}:{self.port}{GRAPHQL_PATH}"

    # ----- request log and faults ---------------------------------------------------------

    @property
    def requests(self) -> list[RecordedRequest]:
        """A snapshot of every request received, in arrival order."""
        return self._log.snapshot()

    def clear_requests(self) -> None:
        self._log.clear()

    def add_fault(self, fault: Fault) -> Fault:
        self._faults.add(fault)
        return fault

    def clear_faults(self) -> None:
        self._faults.clear()

    @property
    def faults(self) -> list[Fault]:
        """Faults still waiting to fire."""
        return self._faults.active()

    # ----- shipment state -----------------------------------------------------------------

    def shipment(self, shipment_id: str) -> dict[str, Any]:
        """A copy of the stored shipment JSON plus "state", "captureOutcome", "completions",
        "emailSent" and "packages". KeyError for an unknown ID."""
        return self._store.snapshot(shipment_id)

    def shipment_ids(self) -> list[str]:
        return self._store.ids()

    def completions(self, shipment_id: str) -> int:
        return self._store.completions(shipment_id)

    def set_state(self, shipment_id: str, state: ShipmentState) -> None:
        self._store.set_state(shipment_id, state)

    def set_capture_outcome(self, shipment_id: str, ok: bool) -> None:
        self._store.set_capture_outcome(shipment_id, ok)

    def add_shipment(self, shipment: StoredShipment) -> None:
        """Add (or replace) a shipment; build one with `builders.build_shipment`."""
        self._store.add(shipment)

    def remove_shipment(self, shipment_id: str) -> None:
        """Delete a shipment (a Shipment DELETED event; the event's object is null)."""
        self._store.remove(shipment_id)

    def set_hold(self, shipment_id: str, hold: bool = True) -> None:
        """Put a shipment on hold or release it (as Centra's admin or an ERP would)."""
        self._store.set_hold(shipment_id, hold)

    # ----- Integration API ----------------------------------------------------------------

    def add_token(self, token: str, permissions: Iterable[str] | None = None, *,
                  integration_name: str | None = None, ttl: float | None = None) -> Token:
        """Issue an Integration API token (permissions None: all; ttl None: no expiry)."""
        return self.tokens.add(token, permissions, integration_name=integration_name, ttl=ttl)

    def expire_token(self, token: str) -> None:
        self.tokens.expire(token)

    def configure_rate_limits(self, config: RateLimitConfig) -> None:
        """New quotas for the whole environment (every bucket starts full)."""
        self.rate_limiter.configure(config)

    def gql_id(self, shipment_id: str) -> int:
        """The Integration API's Int id of a shipment ("41001-1" -> 4100101)."""
        return int(self._store.snapshot(shipment_id)["gqlId"])

    def set_capture_failure(self, shipment_id: str, reason: str) -> None:
        """Make captures of the shipment fail with the provider's `reason`."""
        with self._store.lock:
            s = self._store.live(shipment_id)
            if s is None:
                raise KeyError(shipment_id)
            s.capture_ok = False
            s.capture_failure = reason

    def settle_capture(self, shipment_id: str, ok: bool) -> None:
        """The provider's late verdict on a pending capture request."""
        self._store.settle_capture(shipment_id, ok)

    def set_order_locked(self, order_id: int, locked: bool = True) -> None:
        with self._store.lock:
            for s in self._store.live_order(order_id):
                s.data["x_locked"] = int(locked)

    def emails(self, shipment_id: str) -> int:
        """Shipping confirmation e-mails sent for the shipment (either API)."""
        return int(self._store.snapshot(shipment_id)["emails"])

    def graphql_stats(self) -> dict[str, int]:
        """Counts at /graphql: http_requests, requests (executed), mutations, 400, 429,
        403_token and field:<root field> per root field asked for."""
        return self._graphql.stats_snapshot()

    @property
    def order_api_gtg_field(self) -> bool:
        """Open question 9: Order API shipments also carry "gtg": 0|1 (default False)."""
        return self._store.gtg_field

    @order_api_gtg_field.setter
    def order_api_gtg_field(self, value: bool) -> None:
        self._store.gtg_field = value

    @property
    def send_email_default(self) -> bool:
        return self._store.send_email_default

    @send_email_default.setter
    def send_email_default(self, value: bool) -> None:
        self._store.send_email_default = value
