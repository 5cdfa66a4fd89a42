"""The audit log's hash chain (issue #14 case 8): rows edited, deleted or inserted with the
sqlite3 CLI (triggers dropped first), a deleted or replaced file, all reported with the
first broken link, never silently accepted or recreated."""

from __future__ import annotations

import csv
import io
import sqlite3
from pathlib import Path

import pytest

from packstation.station.audit import AnchorStore, AuditKind, AuditLog


def _log(tmp: Path) -> AuditLog:
    return AuditLog(tmp / "audit.sqlite3", anchor=AnchorStore(tmp / "cfg" / "anchor.txt"))


def _fill(log: AuditLog, n: int = 5) -> None:
    for i in range(n):
        log.record(AuditKind.COMPLETION_ATTEMPT, station="S1", operator="Anna",
                   shipment=f"4100{i}-1", detail="carrier=UPS")


def _cli(tmp: Path, *sql: str) -> None:
    """What someone with the sqlite3 CLI does: drop the triggers, then edit."""
    with sqlite3.connect(tmp / "audit.sqlite3") as db:
        db.execute("DROP TRIGGER IF EXISTS events_no_update")
        db.execute("DROP TRIGGER IF EXISTS events_no_delete")
        for statement in sql:
            db.execute(statement)


def test_an_untouched_log_verifies(tmp_path: Path) -> None:
    log = _log(tmp_path)
    _fill(log)
    check = log.verify()
    assert check.ok and check.rows == 5 and "Chain verified" in check.words()


@pytest.mark.parametrize(("sql", "broken"), [
    ("UPDATE events SET detail = 'carrier=DHL' WHERE id = 3", 3),
    ("DELETE FROM events WHERE id = 2", 3),
    ("INSERT INTO events(id, ts, station, operator, kind, shipment, detail, prev_hash, "
     "row_hash) VALUES (10, '2026-01-01T00:00:00+00:00', 'S1', 'Bob', 'sign_in', NULL, '', "
     "'x', 'y')", 10),
])
def test_an_edit_with_the_sqlite_cli_is_found_with_its_first_broken_link(
        tmp_path: Path, sql: str, broken: int) -> None:
    _fill(_log(tmp_path))
    _cli(tmp_path, sql)
    log = _log(tmp_path)  # the next start: triggers put back and reported
    check = log.verify()
    assert not check.ok and check.first_broken == broken
    assert any("triggers had been removed" in p for p in log.problems)
    kinds = [e.kind for e in log.entries()]
    assert AuditKind.AUDIT_TAMPERING in kinds
    out = io.StringIO()
    log.export_csv(out)
    rows = list(csv.reader(io.StringIO(out.getvalue())))
    assert rows[0][-1] == "chain"
    by_id = {r[0]: r[-1] for r in rows[1:] if r[0]}
    assert by_id[str(broken)].startswith("BROKEN")
    assert rows[-1][-1] == "BROKEN" and "AUDIT LOG TAMPERED" in rows[-1][6]


def test_removing_the_last_rows_is_found_by_the_anchor(tmp_path: Path) -> None:
    _fill(_log(tmp_path))
    _cli(tmp_path, "DELETE FROM events WHERE id >= 4")
    log = _log(tmp_path)
    assert any("rows up to 5 were removed or changed" in p for p in log.problems)
    assert not log.verify().ok


def test_a_deleted_audit_file_is_reported_not_silently_recreated(tmp_path: Path) -> None:
    log = _log(tmp_path)
    _fill(log, 3)
    (tmp_path / "audit.sqlite3").unlink()
    for extra in ("-wal", "-shm"):
        (tmp_path / f"audit.sqlite3{extra}").unlink(missing_ok=True)
    again = _log(tmp_path)
    assert any("audit log file was missing" in p for p in again.problems)
    [row] = again.entries()
    assert row.kind is AuditKind.AUDIT_TAMPERING and "3 rows" in row.detail
    assert not again.verify().ok


def test_a_replaced_audit_file_is_reported(tmp_path: Path) -> None:
    _fill(_log(tmp_path), 3)
    other = tmp_path / "other"
    other.mkdir()
    _fill(AuditLog(other / "audit.sqlite3"), 3)
    for extra in ("", "-wal", "-shm"):
        (tmp_path / f"audit.sqlite3{extra}").unlink(missing_ok=True)
    (other / "audit.sqlite3").rename(tmp_path / "audit.sqlite3")
    assert any("replaced" in p for p in _log(tmp_path).problems)


def test_a_log_from_before_the_chain_still_opens_and_chains_new_rows(
        tmp_path: Path) -> None:
    with sqlite3.connect(tmp_path / "audit.sqlite3") as db:
        db.executescript("""CREATE TABLE events(id INTEGER PRIMARY KEY, ts TEXT NOT NULL,
            station TEXT NOT NULL, operator TEXT NOT NULL, kind TEXT NOT NULL, shipment TEXT,
            detail TEXT NOT NULL DEFAULT '');
            CREATE TRIGGER events_no_update BEFORE UPDATE ON events
            BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
            CREATE TRIGGER events_no_delete BEFORE DELETE ON events
            BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
            INSERT INTO events(ts, station, operator, kind) VALUES
              ('2026-01-01T00:00:00+00:00', 'S', 'A', 'sign_in');""")
    log = _log(tmp_path)
    _fill(log, 2)
    check = log.verify()
    assert check.ok and check.unchained == 1 and check.rows == 3


def test_the_audit_view_shows_the_first_broken_link(qtbot: object, tmp_path: Path) -> None:
    from pytestqt.qtbot import QtBot

    from packstation.ui.dialogs.audit_view import AuditDialog

    assert isinstance(qtbot, QtBot)
    _fill(_log(tmp_path))
    view = AuditDialog(_log(tmp_path), station="S1", on_activity=lambda: None)
    qtbot.addWidget(view)
    assert view.chain.text().startswith("Chain verified: 5 rows")
    _cli(tmp_path, "UPDATE events SET operator = 'Bob' WHERE id = 4")
    view = AuditDialog(_log(tmp_path), station="S1", on_activity=lambda: None)
    qtbot.addWidget(view)
    assert "AUDIT LOG TAMPERED" in view.chain.text()
    assert "First broken link: row 4." in view.chain.text()
