"""The station ledger (issue #14, supervisor control): a machine-wide append-only file
keeps wrong PINs, lockouts and the audit chain's head where the packer's account cannot
erase them. Deleting the audit file and its anchor no longer resets a lockout or goes
unreported; a ledger shortened, edited or not appendable is reported loudly."""

from __future__ import annotations

import ctypes
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from packstation.station import ledger as ledger_mod
from packstation.station.audit import AuditKind
from packstation.station.ledger import (
    FILE_APPEND_DATA,
    FILE_WRITE_DATA,
    GENERIC_WRITE,
    ICACLS_GRANTS,
    LEDGER_FILE,
    OPEN_EXISTING,
    SYNCHRONIZE,
    StationLedger,
    create_ledger,
    windows_open_args,
)
from packstation.station.paths import AppPaths
from packstation.station.pin import UnlockStatus
from packstation.station.qsettings_store import QSettingsStorage
from packstation.station.station import Station, build_station
from tests.station_fixtures import PIN, FakeClock, MemoryKeyring

WRONG = "000000"


def _machine(tmp: Path, *, ledger: bool = True) -> Path:
    """What IT sets up at install: the machine folder, with an empty ledger file."""
    folder = tmp / "machine"
    folder.mkdir(exist_ok=True)
    if ledger:
        (folder / LEDGER_FILE).touch()
    return folder


def _station(tmp: Path, *, user: str = "user", machine: Path | None = None) -> Station:
    """One start of Packstation for the Windows account ``user`` (its own data folder
    and settings file) on a PC whose machine folder is ``machine``."""
    return build_station(AppPaths(tmp / user / "data"),
                         QSettingsStorage.at_path(tmp / user / "settings.ini"),
                         keyring_backend=MemoryKeyring(), environ={}, lock_clock=FakeClock(),
                         machine_dir=machine if machine is not None else tmp / "machine")


def _locked_out(tmp: Path) -> Station:
    """A start in which the supervisor PIN was set, then mistyped five times."""
    station = _station(tmp)
    station.set_pin(PIN)
    for _ in range(5):
        station.lock.unlock(WRONG)
    return station


def _wipe_user_files(tmp: Path, user: str = "user") -> None:
    """What the packer's own account can do: delete the audit file, its anchor and every
    other file in its data folder and settings folder."""
    for name in ("data/audit.sqlite3", "data/audit.sqlite3-wal", "data/audit.sqlite3-shm",
                 "audit-anchor.txt", "ledger-seen.txt"):
        (tmp / user / name).unlink(missing_ok=True)


def _lines(machine: Path) -> list[dict[str, object]]:
    return [json.loads(x) for x in (machine / LEDGER_FILE).read_text().splitlines() if x]


def _tampering(station: Station) -> list[str]:
    return [e.detail for e in station.audit.entries() if e.kind is AuditKind.AUDIT_TAMPERING]


# ---------------------------------------------------------------- the lockout


def test_lockout_survives_deleting_the_audit_file_and_its_anchor(tmp_path: Path) -> None:
    machine = _machine(tmp_path)
    first = _locked_out(tmp_path)
    assert first.lock.lockout_remaining() > 0
    kinds = [line["k"] for line in _lines(machine)]
    assert kinds.count("wrong_pin") == 4 and "locked_out" in kinds

    _wipe_user_files(tmp_path)
    again = _station(tmp_path)  # restarted with a fresh, empty audit file
    result = again.lock.unlock(PIN)
    assert result.status is UnlockStatus.LOCKED_OUT
    assert 250 < result.retry_after_s <= 300
    assert any("audit log file was missing" in p and "station ledger" in p
               for p in again.audit.problems)
    assert _tampering(again)


def test_a_restart_reads_only_the_new_lines_and_still_finds_the_lockout(
        tmp_path: Path) -> None:
    """The checkpoint left in the data folder: lines before it are not verified again,
    but the lockout and the audit file's head are still read from them."""
    _machine(tmp_path)
    first = _locked_out(tmp_path)
    for i in range(45):  # routine rows: heads after the lockout lines
        first.record(AuditKind.COMPLETION_ATTEMPT, shipment=f"4100{i}-1")
    for name in ("data/audit.sqlite3", "data/audit.sqlite3-wal", "data/audit.sqlite3-shm",
                 "audit-anchor.txt"):
        (tmp_path / "user" / name).unlink(missing_ok=True)
    assert (tmp_path / "user" / "ledger-seen.txt").is_file()
    again = _station(tmp_path)
    assert again.lock.unlock(PIN).status is UnlockStatus.LOCKED_OUT
    assert any("audit log file was missing" in p and "at least 4" in p
               for p in again.audit.problems)


def test_without_a_ledger_file_deleting_them_still_resets_the_lockout(
        tmp_path: Path) -> None:
    """Today's behaviour where IT has not created the ledger (documented as not done)."""
    _machine(tmp_path, ledger=False)
    _locked_out(tmp_path)
    _wipe_user_files(tmp_path)
    again = _station(tmp_path)
    assert again.lock.unlock(PIN).ok
    assert not (tmp_path / "machine" / LEDGER_FILE).exists()  # never created by the app


def test_wrong_pins_count_across_a_wipe_and_a_right_pin_resets_them(tmp_path: Path) -> None:
    _machine(tmp_path)
    first = _station(tmp_path)
    first.set_pin(PIN)
    for _ in range(3):
        first.lock.unlock(WRONG)
    _wipe_user_files(tmp_path)
    again = _station(tmp_path)
    assert again.lock.unlock(WRONG).attempts_left == 1
    assert again.lock.unlock(PIN).ok
    third = _station(tmp_path)
    assert third.lock.unlock(WRONG).attempts_left == 4


def test_an_unlock_line_appended_during_a_lockout_does_not_lift_it(tmp_path: Path) -> None:
    """Anyone who can read the ledger can append a well-formed line: an unlock while
    locked out (which Packstation never writes) is refused and reported."""
    machine = _machine(tmp_path)
    first = _locked_out(tmp_path)
    forged = StationLedger(machine / LEDGER_FILE)
    forged.append("unlocked", pin=first.lock.pin_fingerprint, station="")
    _wipe_user_files(tmp_path)
    again = _station(tmp_path)
    assert again.lock.unlock(PIN).status is UnlockStatus.LOCKED_OUT
    assert any("unlock" in p and "during a PIN lockout" in p for p in again.audit.problems)


def test_a_new_pin_set_by_it_starts_afresh(tmp_path: Path) -> None:
    _machine(tmp_path)
    first = _locked_out(tmp_path)
    first.set_pin("135790")  # IT, with write access to station.ini
    again = _station(tmp_path)
    assert again.lock.unlock("135790").ok


# ---------------------------------------------------------------- the audit chain's head


def test_a_replaced_audit_file_is_reported_without_the_anchor(tmp_path: Path) -> None:
    _machine(tmp_path)
    first = _station(tmp_path)
    first.record(AuditKind.CAPTURE_RETRY, shipment="41005-1", detail="slip scanned again")
    other = _station(tmp_path, user="elsewhere", machine=tmp_path / "nowhere")
    other.record(AuditKind.SIGN_IN, detail="Bob")
    _wipe_user_files(tmp_path)
    os.replace(tmp_path / "elsewhere" / "data" / "audit.sqlite3",
               tmp_path / "user" / "data" / "audit.sqlite3")
    again = _station(tmp_path)
    assert any("replaced by another file" in p and "station ledger" in p
               for p in again.audit.problems)


def test_two_windows_users_of_one_pc_share_the_ledger_without_false_alarms(
        tmp_path: Path) -> None:
    _machine(tmp_path)
    anna, bob = _station(tmp_path, user="anna"), _station(tmp_path, user="bob")
    anna.record(AuditKind.SETTING_CHANGED, detail="a")
    bob.record(AuditKind.SETTING_CHANGED, detail="b")
    assert not _station(tmp_path, user="anna").audit.problems
    assert not _station(tmp_path, user="bob").audit.problems


def test_routine_rows_do_not_each_add_a_line(tmp_path: Path) -> None:
    machine = _machine(tmp_path)
    station = _station(tmp_path)
    before = len(_lines(machine))
    for i in range(60):
        station.record(AuditKind.COMPLETION_ATTEMPT, shipment=f"4100{i}-1")
    heads = [x for x in _lines(machine)[before:] if x["k"] == "head"]
    assert 2 <= len(heads) <= 4  # one for every 20 routine rows, not 60
    station.record(AuditKind.VERIFICATION_BYPASS, shipment="41001-1")
    last = _lines(machine)[-1]
    assert last["k"] == "head" and last["row"] == station.audit.entries()[-1].id


# ---------------------------------------------------------------- the ledger itself


def test_a_shortened_ledger_is_reported(tmp_path: Path) -> None:
    machine = _machine(tmp_path)
    first = _station(tmp_path)
    first.set_pin(PIN)
    first.lock.unlock(WRONG)
    first.lock.unlock(WRONG)
    text = (machine / LEDGER_FILE).read_bytes()
    keep = text[: text.rstrip(b"\n").rfind(b"\n") + 1]  # the last line removed, cleanly
    (machine / LEDGER_FILE).write_bytes(keep)
    again = _station(tmp_path)
    assert any("was shortened" in p for p in again.audit.problems)
    assert any("was shortened" in d for d in _tampering(again))
    assert not again.audit.verify().ok  # the audit view and the CSV say so too


def test_an_edited_ledger_line_is_reported_even_without_the_checkpoint(
        tmp_path: Path) -> None:
    machine = _machine(tmp_path)
    first = _station(tmp_path)
    first.set_pin(PIN)
    for _ in range(3):
        first.lock.unlock(WRONG)
    lines = (machine / LEDGER_FILE).read_text().splitlines(keepends=True)
    target = next(i for i, x in enumerate(lines) if '"k":"wrong_pin"' in x)
    lines[target] = lines[target].replace('"k":"wrong_pin"', '"k":"unlocked"')
    (machine / LEDGER_FILE).write_text("".join(lines))
    _wipe_user_files(tmp_path)
    again = _station(tmp_path)
    assert any(f"line {target + 1} of the station ledger" in p for p in again.audit.problems)
    assert again.lock.unlock(WRONG).attempts_left == 2  # the edited line does not count


def test_a_problem_is_said_once_not_at_every_start(tmp_path: Path) -> None:
    machine = _machine(tmp_path)
    first = _station(tmp_path)
    first.set_pin(PIN)
    with open(machine / LEDGER_FILE, "ab") as fh:
        fh.write(b'{"k":"wrong_pin","half a line')  # a write cut off by a power cut
    again = _station(tmp_path)
    assert any("cut off" in p for p in again.audit.problems)
    again.lock.unlock(WRONG)  # appends after it, on a line of its own
    third = _station(tmp_path)
    assert not third.audit.problems
    assert third.lock.unlock(WRONG).attempts_left == 3


def test_a_ledger_this_account_cannot_append_to_is_reported(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    machine = _machine(tmp_path)
    _station(tmp_path).set_pin(PIN)
    os.chmod(machine / LEDGER_FILE, 0o444)  # Windows: the read-only attribute
    try:
        ledger_mod.append_bytes(machine / LEDGER_FILE, b"")
    except OSError:
        pass  # refused for real
    else:  # root (CI, wine run as root) ignores the mode: play the refusal
        def refused(path: Path, data: bytes) -> None:
            raise PermissionError(13, "Permission denied")

        monkeypatch.setattr(ledger_mod, "append_bytes", refused)
    try:
        again = _station(tmp_path)
        problems = " ".join(again.audit.problems)
        assert "cannot be appended to" in problems and "--machine-settings" in problems
        assert any("cannot be appended to" in d for d in _tampering(again))
        again.lock.unlock(WRONG)  # said once at start, not again for every line
        assert len([d for d in _tampering(again) if "appended" in d]) == 1
    finally:
        os.chmod(machine / LEDGER_FILE, 0o644)


def test_the_banner_at_start_names_the_ledger_problem(qtbot: object, tmp_path: Path) -> None:
    from pytestqt.qtbot import QtBot

    from packstation.simulator import DEMO_API_KEY, CentraSimulator
    from packstation.station.settings import BASE_URL, STATION_NAME
    from packstation.ui.theme import Tone
    from tests.station_fixtures import open_bench

    assert isinstance(qtbot, QtBot)
    machine = _machine(tmp_path)
    first = _station(tmp_path)
    first.set_pin(PIN)
    first.lock.unlock(WRONG)
    (machine / LEDGER_FILE).write_bytes(b"")  # emptied by someone with write access
    sim = CentraSimulator(api_key=DEMO_API_KEY, port=0).start()
    try:
        station = _station(tmp_path)
        station.settings.set(BASE_URL, sim.base_url, supervisor=True)
        station.settings.set(STATION_NAME, "Station 3", supervisor=True)
        assert station.keys.save(sim.base_url, DEMO_API_KEY).stored
        bench = open_bench(qtbot, station)
        try:
            assert bench.window.banner.tone is Tone.ERROR
            assert "station ledger" in bench.window.banner.hint.text()
        finally:
            bench.shutdown(wait_ms=3000)
    finally:
        sim.stop()


# ---------------------------------------------------------------- Windows


def test_windows_opens_for_append_data_only_and_never_creates() -> None:
    access, share, disposition, _flags = windows_open_args()
    assert access & FILE_APPEND_DATA and access & SYNCHRONIZE
    assert not access & GENERIC_WRITE and not access & FILE_WRITE_DATA
    assert disposition == OPEN_EXISTING  # IT creates the file, the app never does
    assert share & 0x1  # others may read it meanwhile


def test_the_windows_path_passes_those_flags_to_createfilew(tmp_path: Path) -> None:
    calls: list[tuple[object, ...]] = []
    written: list[bytes] = []

    class Fn:
        def __init__(self, impl: object) -> None:
            self.impl = impl

        def __call__(self, *args: object) -> object:
            return self.impl(*args)  # type: ignore[operator]

    def create(*args: object) -> int:
        calls.append(args)
        return 1234

    def write(handle: int, data: bytes, size: int, done: object, _o: object) -> int:
        written.append(data[:size])
        done._obj.value = size  # type: ignore[attr-defined]
        return 1

    class Kernel32:
        CreateFileW = Fn(create)
        WriteFile = Fn(write)
        CloseHandle = Fn(lambda handle: 1)

    ledger_mod._append_windows(tmp_path / "ledger.log", b"line\n", kernel32=Kernel32())
    [(path, access, share, security, disposition, flags, template)] = calls
    assert path == str(tmp_path / "ledger.log")
    assert (access, share, disposition, flags) == windows_open_args()
    assert security is None and template is None
    assert written == [b"line\n"]


@pytest.mark.skipif(sys.platform != "win32", reason="Windows CreateFileW (the wine CI job)")
def test_windows_appends_for_real(tmp_path: Path) -> None:  # pragma: no cover - Windows
    path = tmp_path / LEDGER_FILE
    path.write_bytes(b"")
    ledger = StationLedger(path)
    ledger.append("wrong_pin", pin="x")
    ledger.append("unlocked", pin="x")
    found = StationLedger(path).read()
    assert [line.kind for line in found.lines] == ["wrong_pin", "unlocked"]
    assert not found.problems
    assert ctypes.sizeof(ctypes.c_void_p) in (4, 8)


# ---------------------------------------------------------------- IT: --machine-settings


class Recorded:
    def __init__(self, rc: int = 0, err: str = "") -> None:
        self.commands: list[list[str]] = []
        self.rc, self.err = rc, err

    def __call__(self, command: list[str], **_kw: object) -> subprocess.CompletedProcess[str]:
        self.commands.append(command)
        return subprocess.CompletedProcess(command, self.rc, "", self.err)


def test_machine_settings_creates_the_ledger_with_users_read_and_append_only(
        tmp_path: Path) -> None:
    run = Recorded()
    ok, words = create_ledger(tmp_path / "m", platform="win32", run=run)
    assert ok and "ready" in words
    assert (tmp_path / "m" / LEDGER_FILE).read_bytes() == b""
    [command] = run.commands
    assert command[:2] == ["icacls", str(tmp_path / "m" / LEDGER_FILE)]
    users = [g for g in command if g.startswith("*S-1-5-32-545:")]
    assert users == ["*S-1-5-32-545:(RD,REA,RA,RC,S,AD)"]  # no WD, no D(E), no F/M/W
    assert "/inheritance:r" in command and tuple(command[2:]) == ICACLS_GRANTS


def test_machine_settings_never_empties_an_existing_ledger(tmp_path: Path) -> None:
    (tmp_path / LEDGER_FILE).write_bytes(b"kept\n")
    run = Recorded()
    ok, _ = create_ledger(tmp_path, platform="linux", run=run)
    assert ok and (tmp_path / LEDGER_FILE).read_bytes() == b"kept\n"
    assert run.commands == [["chattr", "+a", str(tmp_path / LEDGER_FILE)]]


def test_machine_settings_says_when_the_ledger_is_not_protected(tmp_path: Path) -> None:
    ok, words = create_ledger(tmp_path, platform="linux",
                              run=Recorded(1, "Operation not permitted"))
    assert not ok and "NOT protected" in words and "Operation not permitted" in words


def test_the_installer_grants_the_same_as_machine_settings() -> None:
    nsi = Path(__file__).resolve().parents[1] / "installer" / "packstation.nsi"
    if not nsi.is_file():
        pytest.skip("no installer script in this checkout")
    [line] = [x for x in nsi.read_text().splitlines()
              if "icacls" in x and "ledger.log" in x and "nsExec" in x]
    assert " ".join(ICACLS_GRANTS) in line


def test_the_smoke_test_checks_the_ledger_it_finds(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from packstation.app import smoke

    machine = _machine(tmp_path)
    monkeypatch.setenv("PACKSTATION_MACHINE_DIR", str(machine))
    StationLedger(machine / LEDGER_FILE).append("wrong_pin", pin="x")
    assert "1 lines, chain intact, open for append" in smoke.check_ledger()
    with open(machine / LEDGER_FILE, "ab") as fh:
        fh.write(b'{"k":"unlocked"}\n')  # not a line Packstation wrote
    with pytest.raises(smoke.SmokeFailure, match="damaged or was edited"):
        smoke.check_ledger()


def _line(prev: str, **data: object) -> bytes:
    body: dict[str, object] = {"k": "head", "p": prev, "ts": "2026-11-30T07:00:00+00:00",
                               **data}
    body["h"] = ledger_mod._line_hash(body)
    return json.dumps(body, sort_keys=True, separators=(",", ":")).encode() + b"\n"


def _h(line: bytes) -> str:
    return str(json.loads(line)["h"])


def test_two_processes_appending_at_once_is_no_tampering(tmp_path: Path) -> None:
    """Two Windows users' Packstations appending in the same instant both chain to the
    same line (a fork): accepted. A line removed is still found."""
    path = _machine(tmp_path) / LEDGER_FILE
    first = _line(ledger_mod.GENESIS, row=1)
    anna, bob = _line(_h(first), place="anna", row=2), _line(_h(first), place="bob", row=2)
    after = _line(_h(bob), row=3)
    path.write_bytes(first + anna + bob + after)
    found = StationLedger(path).read()
    assert not found.problems and len(found.lines) == 4

    second = _line(_h(first), row=2)
    third = _line(_h(second), row=3)
    path.write_bytes(first + third)  # the second line removed
    assert any("removed or edited before line 2" in p
               for p in StationLedger(path).read().problems)
