"""Supervisor PIN hashing and the SupervisorLock state machine (fake clock, no sleeping)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from packstation.station.pin import (
    LockEvent,
    PinFormatError,
    SupervisorLock,
    UnlockResult,
    UnlockStatus,
    hash_pin,
    is_pin_hash,
    is_valid_pin,
    verify_pin,
)

PIN = "482916"


@pytest.fixture(scope="module")
def pin_hash() -> str:
    return hash_pin(PIN)


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def test_hash_format_and_salt(pin_hash: str) -> None:
    parts = pin_hash.split("$")
    assert parts[:4] == ["scrypt", str(2**14), "8", "1"]
    assert PIN not in pin_hash
    assert hash_pin(PIN) != pin_hash  # fresh salt every time
    assert is_pin_hash(pin_hash)


def test_verify(pin_hash: str) -> None:
    assert verify_pin(PIN, pin_hash)
    assert not verify_pin("482917", pin_hash)
    assert not verify_pin("", pin_hash)
    assert not verify_pin("abcd", pin_hash)


@pytest.mark.parametrize("bad", ["", "garbage", "scrypt$1$8$1$AAAA$BBBB",
                                 "scrypt$1073741824$8$1$c2FsdHNhbHQ=$aGFzaGhhc2hoYXNoaGFzaA==",
                                 "bcrypt$16384$8$1$c2FsdA==$aGFzaA=="])
def test_verify_rejects_malformed_or_tampered(bad: str) -> None:
    assert not verify_pin(PIN, bad)
    assert not is_pin_hash(bad)


@pytest.mark.parametrize("bad", ["123", "1234", "12345", "1234567890123", "12a456", " 123456",
                                 "١٢٣٤٥٦", ""])
def test_pin_format(bad: str) -> None:
    assert not is_valid_pin(bad)
    with pytest.raises(PinFormatError) as info:
        hash_pin(bad)
    if bad.strip():
        assert bad not in str(info.value)


@given(st.from_regex(r"[0-9]{6,12}", fullmatch=True))
def test_valid_pins(pin: str) -> None:
    assert is_valid_pin(pin)


def test_unlock_and_lock(pin_hash: str) -> None:
    events: list[tuple[LockEvent, UnlockResult | None]] = []
    lock = SupervisorLock(pin_hash, clock=FakeClock())
    lock.add_observer(lambda e, r: events.append((e, r)))
    assert not lock.is_unlocked()
    assert lock.unlock(PIN).ok
    assert lock.is_unlocked()
    lock.lock()
    assert not lock.is_unlocked()
    lock.lock()  # already locked: no second event
    assert [e for e, _ in events] == [LockEvent.UNLOCKED, LockEvent.LOCKED]


def test_wrong_pins_then_lockout_then_recovery(pin_hash: str) -> None:
    clock = FakeClock()
    events: list[LockEvent] = []
    lock = SupervisorLock(pin_hash, clock=clock, max_attempts=5, lockout_s=300)
    lock.add_observer(lambda e, r: events.append(e))
    for left in (4, 3, 2, 1):
        result = lock.unlock("000000")
        assert result.status is UnlockStatus.WRONG and result.attempts_left == left
    assert "1 try left" in result.message
    result = lock.unlock("000000")
    assert result.status is UnlockStatus.LOCKED_OUT
    assert result.retry_after_s == 300
    assert "5 min" in result.message
    assert events == [LockEvent.WRONG_PIN] * 4 + [LockEvent.LOCKED_OUT]

    clock.advance(299)
    during = lock.unlock(PIN)  # even the right PIN is refused while locked out
    assert during.status is UnlockStatus.LOCKED_OUT
    assert during.retry_after_s == pytest.approx(1)
    assert events[-1] is LockEvent.REFUSED_LOCKED_OUT
    assert not lock.is_unlocked()

    clock.advance(1)
    assert lock.lockout_remaining() == 0
    assert lock.unlock("000000").attempts_left == 4  # counter was reset
    assert lock.unlock(PIN).ok


def test_success_resets_failures(pin_hash: str) -> None:
    lock = SupervisorLock(pin_hash, clock=FakeClock())
    for _ in range(4):
        lock.unlock("111111")
    assert lock.unlock(PIN).ok
    lock.lock()
    assert lock.unlock("111111").attempts_left == 4


def test_idle_auto_lock_and_touch(pin_hash: str) -> None:
    clock = FakeClock()
    events: list[LockEvent] = []
    lock = SupervisorLock(pin_hash, clock=clock, idle_s=120)
    lock.add_observer(lambda e, r: events.append(e))
    assert lock.unlock(PIN).ok
    clock.advance(100)
    lock.touch()
    clock.advance(100)
    assert lock.is_unlocked()  # 100 s since the touch
    clock.advance(20)
    assert not lock.is_unlocked()  # 120 s idle
    assert events[-1] is LockEvent.IDLE_LOCKED
    lock.touch()  # touching a locked lock does not unlock it
    assert not lock.is_unlocked()


def test_no_pin_set_fails_closed() -> None:
    lock = SupervisorLock("", clock=FakeClock())
    result = lock.unlock("1234")
    assert result.status is UnlockStatus.NO_PIN and not result.ok
    assert not lock.is_unlocked()
    assert not lock.has_pin


def test_set_pin_hash(pin_hash: str) -> None:
    lock = SupervisorLock("", clock=FakeClock())
    lock.set_pin_hash(pin_hash)
    assert lock.unlock(PIN).ok


def test_a_pin_set_before_six_digits_were_required_still_unlocks() -> None:
    """A station upgraded with a 4-digit PIN: the supervisor can still get in (and is
    asked to set a 6-digit one); a new 4-digit PIN cannot be set."""
    import base64
    import hashlib

    salt = b"0123456789abcdef"
    digest = hashlib.scrypt(b"4711", salt=salt, n=2**14, r=8, p=1, maxmem=64 * 1024 * 1024,
                            dklen=32)
    legacy = (f"scrypt${2**14}$8$1${base64.b64encode(salt).decode()}$"
              f"{base64.b64encode(digest).decode()}")
    assert verify_pin("4711", legacy) and not verify_pin("4712", legacy)
    with pytest.raises(PinFormatError):
        hash_pin("4711")
