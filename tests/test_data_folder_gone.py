"""The data folder removed while the bench runs (issue #14 case 5): completions stop, in
red, and what was queued before is still sent, never silently dropped.

SQLite keeps writing into an open file that was deleted, so without a check a completion
"saved" after the folder went would exist only in a file nobody can open again."""

from __future__ import annotations

import shutil
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from packstation.app.compose import Bench, BenchParts, build_bench
from packstation.centra.domain import Completion
from packstation.centra.order_api.client import CentraClient, Timeouts
from packstation.outbox import Outbox, OutboxUnavailable
from packstation.simulator import DEMO_API_KEY, CentraSimulator, Fault
from packstation.station.audit import AuditKind
from packstation.station.settings import BASE_URL
from packstation.ui.bench import BenchOptions
from packstation.ui.theme import Tone
from tests.bench_fixtures import NO_SETTLE, complete_puts, lookup, scan

UPS = "1Z999AA10123456784"
# Windows refuses to delete or rename a file another handle holds open (the outbox's), so
# there the folder cannot go while the bench runs: nothing to simulate.
POSIX_ONLY = pytest.mark.skipif(
    sys.platform == "win32",
    reason="Windows cannot delete or rename a file the outbox holds open")


@pytest.fixture
def data(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def gbench(qtbot: QtBot, simulator: CentraSimulator, data: Path) -> Iterator[Bench]:
    client = CentraClient(simulator.base_url, DEMO_API_KEY,
                          timeouts=Timeouts(connect=0.5, read=2.0, complete_read=2.0))
    box = Outbox(data / "outbox.sqlite3")
    b = build_bench(BenchParts(NO_SETTLE, client, outbox=box, options=BenchOptions()))
    qtbot.addWidget(b.window)
    b.window.show()
    qtbot.waitExposed(b.window)
    yield b
    b.shutdown(wait_ms=3000)
    box.close()


def _complete(qtbot: QtBot, b: Bench, sid: str, tracking: str = UPS) -> list[object]:
    lookup(qtbot, b, sid)
    scan(qtbot, b.window.form.tracking, tracking)
    with qtbot.waitSignal(b.controller.completion_finished, timeout=8000) as sig:
        qtbot.keyClick(b.window.form.tracking, Qt.Key.Key_Return,
                       Qt.KeyboardModifier.ControlModifier)
    return list(sig.args or [])


@POSIX_ONLY
def test_removed_data_folder_stops_completions_in_red_and_loses_nothing(
        qtbot: QtBot, gbench: Bench, simulator: CentraSimulator, data: Path) -> None:
    # Centra answers every completion with a 502: 41002-1 waits in the outbox.
    simulator.add_fault(Fault(kind="html502", method="PUT", path="/shipment", count=None))
    assert _complete(qtbot, gbench, "41002-1") == ["41002-1", True]
    panel = gbench.outbox_panel
    assert panel is not None
    qtbot.waitUntil(lambda: panel.waiting_count == 1, timeout=8000)

    shutil.rmtree(data)  # IT "cleans up" the folder while the bench runs

    # (another label: the same one twice would raise the label-reuse warning instead)
    assert _complete(qtbot, gbench, "41001-1", "1Z410E7W0392751591") == ["41001-1", False]
    banner = gbench.window.banner
    assert banner.tone is Tone.ERROR
    assert "nothing was sent" in banner.title.text()
    assert "disappeared" in banner.hint.text()
    assert gbench.window.form.loaded  # the packer's input is kept
    qtbot.waitUntil(lambda: panel.place_alarm.isVisible(), timeout=8000)
    assert "COMPLETIONS STOPPED" in panel.place_alarm.text()
    assert "do not close Packstation" in panel.place_alarm.text()

    # Centra is back: what was queued before the folder went is still sent, once.
    simulator.clear_faults()
    panel.retry.click()
    qtbot.waitUntil(lambda: simulator.completions("41002-1") == 1, timeout=8000)
    assert simulator.completions("41001-1") == 0
    assert [p["shipment"] for p in complete_puts(simulator)].count("41001-1") == 0


@pytest.mark.parametrize("how", [pytest.param("removed", marks=POSIX_ONLY), "moved",
                                 pytest.param("replaced", marks=POSIX_ONLY)])
def test_the_outbox_notices_its_file_is_gone(tmp_path: Path, how: str) -> None:
    folder = tmp_path / "data"
    box = Outbox(folder / "outbox.sqlite3")
    assert box.problem() is None
    if how == "removed":
        shutil.rmtree(folder)
    elif how == "moved":
        folder.rename(tmp_path / "elsewhere")
    else:
        (folder / "outbox.sqlite3").rename(folder / "old.sqlite3")
        Outbox(folder / "outbox.sqlite3").close()  # a fresh, empty file in its place
    assert box.problem() is not None
    with pytest.raises(OutboxUnavailable):
        box.add(Completion(order="1", shipment="1-1", tracking="T"),
                needs_capture=False)
    box.close()


def test_the_message_after_an_unrecorded_answer_tells_the_truth(tmp_path: Path) -> None:
    from packstation.outbox import AnswerNotRecorded
    from packstation.ui.text import messages

    box = Outbox(tmp_path / "o.sqlite3")
    entry = box.add(Completion(order="41001", shipment="41001-1", tracking="T"),
                    needs_capture=False)
    box.close()
    done = messages.for_error(AnswerNotRecorded(entry, "done", None, "The disk is full."),
                              doing="Completing 41001-1")
    assert done.tone is Tone.ERROR
    assert "Centra COMPLETED 41001-1" in done.title and "nothing was sent" not in done.title
    assert "may ship" in done.hint and "The disk is full." in done.hint
    lost = messages.for_error(AnswerNotRecorded(entry, "unknown", None, "The disk is full."),
                              doing="Completing 41001-1")
    assert "was sent to Centra" in lost.title and "Keep the parcel" in lost.hint


def test_a_data_folder_deleted_while_closed_is_red_at_the_next_start(
        qtbot: QtBot, tmp_path: Path, simulator: CentraSimulator) -> None:
    """The outbox went with the folder: say so at start instead of starting clean."""
    from tests.station_fixtures import FakeClock, MemoryKeyring, new_station, open_bench

    keys = MemoryKeyring()
    first = new_station(tmp_path, keys, FakeClock())
    first.settings.set(BASE_URL, simulator.base_url, supervisor=True)
    assert first.keys.save(simulator.base_url, DEMO_API_KEY).stored
    first.record(AuditKind.SIGN_IN, detail="Anna")
    shutil.rmtree(tmp_path / "data")
    again = new_station(tmp_path, keys, FakeClock())
    b = open_bench(qtbot, again)
    try:
        assert b.window.banner.tone is Tone.ERROR
        assert "audit log was deleted" in b.window.banner.title.text()
        assert "may be lost" in b.window.banner.hint.text()
    finally:
        b.shutdown(wait_ms=3000)
