"""The PIN lockout survives a restart (issue #14 case 7): wrong PINs and a lockout are
replayed from the hash-chained audit log when the station is built again."""

from __future__ import annotations

from pathlib import Path

from packstation.station.pin import UnlockStatus
from tests.station_fixtures import PIN, FakeClock, MemoryKeyring, new_station


def test_five_wrong_pins_then_a_restart_is_still_locked_out(tmp_path: Path) -> None:
    first = new_station(tmp_path, MemoryKeyring(), FakeClock())
    first.set_pin(PIN)
    for _ in range(5):
        first.lock.unlock("000000")
    assert first.lock.lockout_remaining() > 0

    again = new_station(tmp_path, MemoryKeyring(), FakeClock())  # the app restarted
    result = again.lock.unlock(PIN)  # the right PIN, 8 s later: still refused
    assert result.status is UnlockStatus.LOCKED_OUT
    assert 250 < result.retry_after_s <= 300


def test_wrong_pins_before_a_restart_still_count(tmp_path: Path) -> None:
    first = new_station(tmp_path, MemoryKeyring(), FakeClock())
    first.set_pin(PIN)
    for _ in range(3):
        first.lock.unlock("000000")
    again = new_station(tmp_path, MemoryKeyring(), FakeClock())
    assert again.lock.unlock("000000").attempts_left == 1
    assert again.lock.unlock("000000").status is UnlockStatus.LOCKED_OUT


def test_a_right_pin_resets_the_count_across_a_restart(tmp_path: Path) -> None:
    first = new_station(tmp_path, MemoryKeyring(), FakeClock())
    first.set_pin(PIN)
    for _ in range(4):
        first.lock.unlock("000000")
    assert first.lock.unlock(PIN).ok
    again = new_station(tmp_path, MemoryKeyring(), FakeClock())
    assert again.lock.unlock("000000").attempts_left == 4
