"""KeyStream (Qt-free): the decisions of the scan router on key streams with timestamps."""

from __future__ import annotations

from packstation.scanning.keystream import Key, KeyRole, KeyStream, alt_code_char

C, T, MOD = KeyRole.CHAR, KeyRole.TERMINATOR, KeyRole.MODIFIER


def feed(stream: KeyStream[None], events: list[tuple[KeyRole, bool, str, float]]) -> tuple[
        list[str], str]:
    scans, typed = [], ""
    for role, press, text, t in events:
        step = stream.key(Key(role, press, text, t, t))
        typed += "".join(h.char for h in step.typed)
        if step.scan is not None:
            scans.append(step.scan)
    return scans, typed


def wedge(text: str, t0: float, step: float = 1.0, stall_after: int = -1,
          stall: float = 0.0) -> list[tuple[KeyRole, bool, str, float]]:
    out, t = [], t0
    for i, ch in enumerate(text):
        if ch.isupper():
            out.append((MOD, True, "Shift", t))
            t += step
        out += [(C, True, ch, t), (C, False, ch, t + step)]
        t += 2 * step
        if ch.isupper():
            out.append((MOD, False, "Shift", t))
            t += step
        if i == stall_after:
            t += stall
    out.append((T, True, "enter", t))
    return out


def test_shifted_scan_with_one_stall_is_one_scan() -> None:
    scans, typed = feed(KeyStream(), wedge("JVGL0599999999", 0, stall_after=0, stall=45))
    assert scans == ["JVGL0599999999"] and typed == ""


def test_a_pause_longer_than_the_stall_allowance_splits() -> None:
    scans, typed = feed(KeyStream(), wedge("JVGL0599999999", 0, stall_after=0, stall=200))
    assert scans == ["VGL0599999999"] and typed == "J"


def test_a_typists_last_key_never_joins_the_next_scan() -> None:
    """A person types at 80 ms a key (releases in between), then a scan follows within
    the stall allowance: the typed keys stay typing, the scan stays whole."""
    events, t = [], 0.0
    for ch in "fragile":
        events += [(C, True, ch, t), (C, False, ch, t + 40)]
        t += 80
    events += wedge("41002-1", t - 40 + 55)
    scans, typed = feed(KeyStream(), events)
    assert scans == ["41002-1"] and typed == "fragile"


def test_alt_codes() -> None:
    assert alt_code_char("0029") == "\x1d" and alt_code_char("29") == "\x1d"
    assert alt_code_char("0064") == "@" and alt_code_char("64") == "@"
    assert alt_code_char("0228") == "ä" and alt_code_char("132") == "ä"  # ANSI vs OEM
