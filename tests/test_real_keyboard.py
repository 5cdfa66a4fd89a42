"""Real keyboard events: the real app under Xvfb, scanned at with xdotool like a USB wedge.

``xdotool type --delay 1 'TEXT\\r'`` sends what a USB HID keyboard-wedge scanner sends: a
Shift press and release around every capital (AltGr or a remapped key for characters a
layout lacks), 1 ms apart, then Return. The app is started for real
(``python -m packstation --base-url … --station …``, the same start-up and composition a
packing PC runs, with ``QT_QPA_PLATFORM=xcb``) against a Centra simulator in this test
process, and every check is on what reaches the simulator's request log: the completion's
PUT body (tracking, shipment, order, packages, internal comment), never widget internals.

The corpus is ``tests/data/real_labels.tsv``: 73 real label contents (every carrier format
the bench knows, SSCCs with and without the AI, mixed and lower case, letters after
digits, check-digit typos that must be refused, shipment IDs, order numbers, badges,
command barcodes).

Matrix (about 3-4 minutes on a 2-core machine): every label in every X keyboard layout
(``us``, ``se``, ``de``, one test each, with a fresh app and simulator). The focus
position (Tracking, Packages, Carrier, the scan field, the Shipped checkbox) and the load
(idle, or two busy CPU loops beside the app) are rotated across the labels rather than
crossed with them: label *i* in layout *j* is scanned with the focus at position
``(i + j) % 5`` and under load when ``(i // 4 + j) % 2`` is 1, so each layout covers every
position under both loads, and each label meets three positions and both loads over the
three layouts. The busy loops are bounded (they exit by themselves after 10 minutes) and
killed when their block of labels is done.

Skips (with the reason) only when Xvfb, xdotool or setxkbmap is missing; ``.ci/system-deps.sh``
installs them, so in CI these tests run.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from packstation.scanning import validate_tracking
from packstation.scanning.checkdigits import ups_check_digit
from packstation.simulator import DEMO_API_KEY, CentraSimulator
from packstation.simulator.builders import build_shipment
from packstation.simulator.recording import RecordedRequest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = Path(__file__).with_name("data") / "real_labels.tsv"
LAYOUTS = ("us", "se", "de")
POSITIONS = ("tracking", "packages", "carrier", "scan field", "checkbox")
POOL_FIRST_ORDER = 700001
STATION = "Xvfb bench"

_missing = [tool for tool in ("Xvfb", "xdotool", "setxkbmap") if shutil.which(tool) is None]
needs_x = pytest.mark.skipif(
    bool(_missing), reason=f"real-keyboard tests need {', '.join(_missing)} "
                           "(installed by .ci/system-deps.sh)")
BOOKED = "PostNord"  # the carrier every test shipment is booked with (build_shipment)
# The app's activity log lines (its stderr is the test's app.log) that say a lookup's answer
# is shown (with the focus where it goes next) and a completion is finished at the bench.
LOOKUP_SHOWN = "packstation.activity: Lookup "
COMPLETION_DONE = "packstation.activity: Completion "
# The bench's refusals of a label whose start was lost (keys handed back after a stall,
# scanning/keystream.py; or a known number missing its first characters, scanning/tracking.py):
# the packer scans the same label again.
SHOWN = "packstation.activity: Shown: "  # a warning or refusal the packer was shown
READ_INCOMPLETELY = ("read incompletely: the start may be missing", "Missing its start?")


@dataclass(frozen=True)
class Label:
    kind: str
    text: str
    note: str


def corpus() -> list[Label]:
    rows = []
    for line in CORPUS.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        kind, text, note = line.split("\t")
        rows.append(Label(kind, text, note))
    return rows


def fresh_tracking(n: int) -> str:
    """A valid UPS number of our own (a label's own tracking must never repeat)."""
    body = f"999AB2{n:09d}"
    return f"1Z{body}{ups_check_digit(body)}"


def slip_shipments(labels: list[Label]) -> list[Any]:
    """The simulator's shipments for the slip rows (ID ``order-seq`` or order number)."""
    out = []
    for label in labels:
        if label.kind != "slip":
            continue
        order, _, seq = label.text.partition("-")
        out.append(build_shipment(int(order), int(seq or 1)))
    return out


# ------------------------------------------------------------------ X session


class XServer:
    """A private Xvfb (a free display number chosen by the server itself)."""

    def __init__(self) -> None:
        read, write = os.pipe()
        self.proc = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write), "-screen", "0", "1600x1000x24", "-nolisten",
             "tcp"], pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(write)
        with os.fdopen(read) as f:
            number = f.readline().strip()
        if not number:
            self.proc.kill()
            raise RuntimeError("Xvfb did not start")
        self.display = f":{number}"

    def env(self) -> dict[str, str]:
        return {**os.environ, "DISPLAY": self.display}

    def run(self, *args: str, check: bool = True) -> str:
        done = subprocess.run(args, env=self.env(), capture_output=True, text=True, timeout=30)
        if check and done.returncode != 0:
            raise RuntimeError(f"{' '.join(args)}: {done.stderr.strip()}")
        return done.stdout

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(5)
        except subprocess.TimeoutExpired:
            self.proc.kill()


@pytest.fixture(scope="module")
def xserver() -> Iterator[XServer]:
    server = XServer()
    try:
        yield server
    finally:
        server.stop()


def _pc_side() -> None:
    """The app and the busy loops are the PC; Xvfb and xdotool play the keyboard and the
    scanner, whose key timing is hardware's and does not suffer from the PC's load (run
    at normal priority, they would: xdotool itself would pause mid-scan). The app and
    the busy loops share one lower priority, so the loops still take the app's CPU."""
    os.nice(10)


class BusyLoops:
    """Two CPU-bound processes beside the app (each exits by itself after 10 minutes)."""

    CODE = "import time\nend = time.monotonic() + 600\nwhile time.monotonic() < end:\n    pass\n"

    def __init__(self) -> None:
        self.procs: list[subprocess.Popen[bytes]] = []

    @property
    def running(self) -> bool:
        return bool(self.procs)

    def start(self) -> None:
        if not self.procs:
            self.procs = [subprocess.Popen([sys.executable, "-c", self.CODE], preexec_fn=_pc_side)
                          for _ in range(2)]

    def stop(self) -> None:
        for p in self.procs:
            p.kill()
        for p in self.procs:
            p.wait(10)
        self.procs = []


# --------------------------------------------------------------------- the app


class RealBench:
    """The real app on the X server, a simulator, and a keyboard (xdotool)."""

    def __init__(self, x: XServer, layout: str, labels: list[Label], home: Path) -> None:
        self.x = x
        self.pool = [build_shipment(POOL_FIRST_ORDER + i) for i in range(len(labels) + 10)]
        self.next_pool = 0
        self.sim = CentraSimulator(api_key=DEMO_API_KEY,
                                   shipments=[*self.pool, *slip_shipments(labels)]).start()
        x.run("setxkbmap", layout)
        env = {**x.env(), "QT_QPA_PLATFORM": "xcb", "PYTHONPATH": str(ROOT),
               "PACKSTATION_API_KEY": DEMO_API_KEY, "HOME": str(home),
               "XDG_DATA_HOME": str(home / "data"), "XDG_CONFIG_HOME": str(home / "config"),
               "XDG_CACHE_HOME": str(home / "cache"), "PACKSTATION_DATA_DIR": str(home / "ps")}
        env.pop("QT_QPA_PLATFORMTHEME", None)
        self.log_path = home / "app.log"
        self.log = self.log_path.open("w")
        self.app = subprocess.Popen(
            [sys.executable, "-m", "packstation", "--base-url", self.sim.base_url,
             "--station", STATION, "--language", "en"],
            cwd=ROOT, env=env, stdout=self.log, stderr=subprocess.STDOUT, preexec_fn=_pc_side)
        self.busy = BusyLoops()
        try:
            self._wait_started()
        except BaseException:
            self.close()
            raise

    def _wait_started(self) -> None:
        # The ready list (every goodtogo shipment) is read once the bench is wired.
        self.wait_for(lambda: any(r.method == "GET" and r.path == "/shipments"
                                  and "order" not in r.query for r in self.sim.requests),
                      30, "the app never read the ready list")
        window = self.x.run("xdotool", "search", "--sync", "--onlyvisible", "--name",
                            "^Packstation").split()[0]
        self.window = window
        geometry = self.x.run("xdotool", "getwindowgeometry", "--shell", window)
        g = dict(line.split("=", 1) for line in geometry.split())
        self.origin = (int(g["X"]), int(g["Y"]))
        # No window manager: keyboard focus follows the pointer; keep it in the window.
        self.x.run("xdotool", "mousemove", "--window", window, "700", "400")
        self.x.run("xdotool", "windowfocus", "--sync", window, check=False)
        time.sleep(1.0)  # the ready list's answer is in

    def close(self) -> None:
        self.busy.stop()
        if self.app.poll() is None:
            self.app.terminate()
            try:
                self.app.wait(10)
            except subprocess.TimeoutExpired:
                self.app.kill()
                self.app.wait(5)
        self.log.close()
        self.sim.stop()

    # ---------------------------------------------------------------- keyboard

    def scan(self, text: str) -> None:
        """What a wedge scanner sends: the keys 1 ms apart, then Return."""
        self.x.run("xdotool", "type", "--delay", "1", "--", text + "\r")

    def keys(self, *names: str) -> None:
        self.x.run("xdotool", "key", "--delay", "20", *names)

    def focus(self, position: str) -> None:
        """Move the keyboard focus from Tracking (where a loaded slip puts it)."""
        if position == "packages":
            self.keys("Tab")
        elif position == "carrier":
            self.keys("Tab", "Tab")
        elif position == "checkbox":
            self.keys("shift+Tab")
        elif position == "scan field":  # a click into it, as a packer would
            x, y = self.scan_field_point()
            self.x.run("xdotool", "mousemove", str(x), str(y), "click", "1",
                       "mousemove", "--window", self.window, "700", "400")
        time.sleep(0.05)

    def scan_field_point(self) -> tuple[int, int]:
        # The scan field is the first thing in the window: left of centre at the top.
        return self.origin[0] + 300, self.origin[1] + 45

    # --------------------------------------------------------------- Centra log

    def wait_for(self, pred: Callable[[], bool], timeout: float, what: str) -> None:
        deadline = time.monotonic() + timeout
        while not pred():
            if self.app.poll() is not None:
                raise RuntimeError(f"the app exited ({self.app.returncode}): {what}")
            if time.monotonic() > deadline:
                raise TimeoutError(what)
            time.sleep(0.02)

    def mark(self) -> int:
        return len(self.sim.requests)

    def logged(self, text: str) -> int:
        """How many lines of the app's log contain ``text``."""
        return self.log_path.read_text(encoding="utf-8", errors="replace").count(text)

    def incomplete_reads(self) -> int:
        return sum(self.logged(text) for text in READ_INCOMPLETELY)

    def scan_label(self, text: str, mark: int) -> bool:
        """Scan a carrier label and press Ctrl+Enter, as a packer does; when the bench
        refuses it as read incompletely (and nothing was sent), scan it once more and
        press Ctrl+Enter again. True when it was scanned twice."""
        seen, shown = self.incomplete_reads(), self.logged(SHOWN)
        self.scan(text)
        self.keys("ctrl+Return")
        try:  # the first thing the bench says (or sends) after the scan
            self.wait_for(lambda: bool(self.puts(mark)) or self.logged(SHOWN) > shown, 3.0, "")
        except TimeoutError:
            return False  # neither: the caller's own checks say what happened
        if self.puts(mark) or self.incomplete_reads() == seen:
            return False
        self.scan(text)
        self.keys("ctrl+Return")
        return True

    def since(self, mark: int) -> list[RecordedRequest]:
        return self.sim.requests[mark:]

    def looked_up(self, mark: int, order: str) -> bool:
        return any(r.method == "GET" and r.query.get("order") == order
                   for r in self.since(mark))

    def puts(self, mark: int = 0) -> list[dict[str, Any]]:
        return [r.json() for r in self.since(mark) if r.method == "PUT" and r.path == "/shipment"]

    def load(self, slip: str) -> None:
        """Scan a packing slip and wait until Centra was asked for it and the answer is
        shown."""
        mark, shown = self.mark(), self.logged(LOOKUP_SHOWN)
        seen = self.incomplete_reads()
        self.scan(slip)
        order = slip.partition("-")[0]
        # A slip whose first keys stalled is refused, never looked up truncated; on a
        # timeout the wait below says what happened.
        with contextlib.suppress(TimeoutError):
            self.wait_for(lambda: self.looked_up(mark, order)
                          or self.incomplete_reads() > seen, 10, "")
        if not self.looked_up(mark, order) and self.incomplete_reads() > seen:
            self.scan(slip)  # as a packer does when the bench says "scan it again"
        self.wait_for(lambda: self.looked_up(mark, order), 10, f"slip {slip} was not looked up")
        self.wait_for(lambda: self.logged(LOOKUP_SHOWN) > shown, 10, f"slip {slip} not shown")
        self.hand_moves()

    def hand_moves(self) -> None:
        """The packer's hand goes from the slip to the label (the scenario, not a wait)."""
        time.sleep(0.3 if self.busy.running else 0.15)

    def pool_slip(self) -> str:
        sid = self.pool[self.next_pool].data["shipmentId"]
        self.next_pool += 1
        return str(sid)

    def completion(self, mark: int, timeout: float = 10.0) -> dict[str, Any]:
        self.wait_for(lambda: bool(self.puts(mark)), timeout, "nothing was completed")
        body = self.puts(mark)[-1]
        done = f"{COMPLETION_DONE}{body.get('shipment')}: "  # the bench is ready again
        self.wait_for(lambda: self.logged(done) > 0, timeout, f"{done} not in the app's log")
        return body


# ------------------------------------------------------------------ the rows


def run_label(bench: RealBench, label: Label, position: str, n: int) -> str | None:
    """Scan one corpus label with the focus at ``position``; None when all is right,
    else what went wrong."""
    bench.keys("Escape")  # from a clean bench, as after any earlier row
    mark = bench.mark()
    kind = label.kind
    if kind in ("tracking", "refused"):
        sid = bench.pool_slip()
        bench.load(sid)
        bench.focus(position)
        bench.scan_label(label.text, mark)
        if kind == "refused":
            time.sleep(0.4)
            bench.scan("PS:COMPLETE")  # no key, click or command may send it either
            time.sleep(0.6)
            sent = bench.puts(mark)
            return f"refused label was sent: {sent}" if sent else None
        body = bench.completion(mark)
        want = validate_tracking(label.text, booked_carrier=BOOKED).value
        got = body.get("tracking")
        return None if (got == want and body.get("shipment") == sid) else (
            f"tracking {got!r} for {body.get('shipment')}, expected {want!r} for {sid}")
    if kind == "slip":
        if position != "scan field":
            bench.load(bench.pool_slip())  # a loaded shipment: the form can take focus
            bench.focus(position)
        order = label.text.partition("-")[0]
        bench.load(label.text) if position == "scan field" else _scan_and_wait(
            bench, label.text, order)
        tracking = fresh_tracking(n)
        bench.scan_label(tracking, mark)
        body = bench.completion(mark)
        ok = body.get("tracking") == tracking and (
            body.get("shipment") == label.text if "-" in label.text
            else str(body.get("order")) == label.text)
        return None if ok else (f"completed {body.get('shipment')} (order {body.get('order')}) "
                                f"with {body.get('tracking')!r}")
    sid = bench.pool_slip()
    bench.load(sid)
    tracking = fresh_tracking(n)
    if kind == "badge":
        bench.focus(position)
        bench.scan(label.text)
        bench.scan_label(tracking, mark)
        body = bench.completion(mark)
        name = label.text[3:]
        comment = str(body.get("internalComment", ""))
        ok = f"Packed by {name} at {STATION}" in comment and body.get("tracking") == tracking
        return None if ok else f"comment {comment!r}, tracking {body.get('tracking')!r}"
    assert kind == "command", kind
    bench.scan(tracking)
    bench.focus(position)
    word = label.text[3:].lower()
    bench.scan(label.text)
    if word == "complete":
        body = bench.completion(mark)
    else:
        bench.keys("ctrl+Return")
        if word == "cancel":
            time.sleep(0.8)
            sent = bench.puts(mark)
            return f"cancelled shipment was sent: {sent}" if sent else None
        body = bench.completion(mark)
    want_packages = 2 if word == "next-package" else 1
    ok = (body.get("shipment") == sid and body.get("tracking") == tracking
          and body.get("packages") == want_packages)
    return None if ok else (f"completed {body.get('shipment')} tracking "
                            f"{body.get('tracking')!r} packages {body.get('packages')}")


def _scan_and_wait(bench: RealBench, text: str, order: str) -> None:
    mark, shown = bench.mark(), bench.logged(LOOKUP_SHOWN)
    bench.scan(text)
    bench.wait_for(lambda: bench.looked_up(mark, order), 10, f"slip {text} was not looked up")
    bench.wait_for(lambda: bench.logged(LOOKUP_SHOWN) > shown, 10, f"slip {text} not shown")
    bench.hand_moves()


def test_the_corpus_is_what_it_says() -> None:
    """At least 60 labels; tracking rows are numbers the bench takes, refused rows are
    refused (so a failure below is the keyboard path, not the classification)."""
    labels = corpus()
    assert len(labels) >= 60
    assert {label.kind for label in labels} == {"tracking", "refused", "slip", "badge",
                                                 "command"}
    for label in labels:
        if label.kind in ("tracking", "refused"):
            valid = validate_tracking(label.text, booked_carrier=BOOKED).valid
            assert valid == (label.kind == "tracking"), label


@needs_x
@pytest.mark.timeout(900)  # 73 labels, each with its own 10 s deadlines: 1-2 min usually
@pytest.mark.parametrize("layout", LAYOUTS)
def test_every_label_reaches_centra_whole(xserver: XServer, layout: str) -> None:
    labels = corpus()
    j = LAYOUTS.index(layout)
    failures: list[str] = []
    home = Path(tempfile.mkdtemp(prefix=f"packstation-xkb-{layout}-"))
    bench = RealBench(xserver, layout, labels, home)
    try:
        for i, label in enumerate(labels):
            position = POSITIONS[(i + j) % len(POSITIONS)]
            loaded = (i // 4 + j) % 2 == 1
            if loaded:
                bench.busy.start()
            else:
                bench.busy.stop()
            where = f"{label.text!r} ({label.note}) focus {position}, {'busy' if loaded else 'idle'}"
            try:
                problem = run_label(bench, label, position, 1000 * j + i)
            except (TimeoutError, RuntimeError) as exc:
                problem = str(exc)
            if problem:
                said = [line.split(SHOWN, 1)[1] for line in bench.log_path.read_text(
                    encoding="utf-8", errors="replace").splitlines() if SHOWN in line][-3:]
                failures.append(f"{where}: {problem} (the bench said: {said})")
    finally:
        bench.close()
        shutil.rmtree(home, ignore_errors=True)
    assert not failures, f"{len(failures)} of {len(labels)} labels in layout {layout}:\n" + \
        "\n".join(failures)
