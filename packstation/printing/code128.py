"""Code 128 bar patterns (Qt-free), from python-barcode's encoder.

We only take the module pattern ("1" = bar, "0" = space, start/check/stop included) and
draw the rectangles ourselves, so no image library or writer is involved.
"""

from __future__ import annotations

from barcode import Code128

QUIET_ZONE_MODULES = 10


def bar_modules(text: str) -> str:
    """The bars for ``text`` as "1"/"0" modules, without quiet zones."""
    if not text or not text.isascii() or not text.isprintable():
        raise ValueError(f"Code 128 here takes printable ASCII, got {text!r}")
    pattern = "".join(Code128(text).build())
    if not pattern or set(pattern) - {"0", "1"}:
        raise ValueError(f"unexpected Code 128 pattern for {text!r}")
    return pattern


def bar_runs(modules: str) -> list[tuple[int, int]]:
    """(start module, width in modules) for each bar."""
    runs: list[tuple[int, int]] = []
    i = 0
    while i < len(modules):
        if modules[i] == "1":
            j = i
            while j < len(modules) and modules[j] == "1":
                j += 1
            runs.append((i, j - i))
            i = j
        else:
            i += 1
    return runs
