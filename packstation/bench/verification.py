"""Item verification: which lines of a shipment have been scanned into the box (Qt-free).

A line matches a scanned code by EAN, UPC or full SKU (``sku + variantSku + sizeSku``,
see :attr:`ProductLine.full_sku`). Digit codes compare as GTIN-14, so a UPC-A scanned
as a 13-digit EAN (leading ``0``) still matches. SKUs compare case-insensitively with
spaces dropped (a scanner under another keyboard layout changes neither digits nor
letters, see shared/platform-notes.md §5).

Every scan yields one :class:`Outcome`; the verifier never raises on bad input.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from packstation.centra.domain import ProductLine

MODES = ("off", "warn", "require")


class Outcome(enum.Enum):
    COUNTED = "counted"              # one more of a line that still needs more
    LINE_COMPLETE = "line_complete"  # this scan finished its line, other lines remain
    ALL_VERIFIED = "all_verified"    # this scan finished the last open line
    WRONG_ITEM = "wrong_item"        # not in this shipment
    ONE_TOO_MANY = "one_too_many"    # in the shipment, but its line is already full


@dataclass(frozen=True)
class LineProgress:
    index: int
    name: str
    expected: int
    scanned: int

    @property
    def complete(self) -> bool:
        return self.scanned >= self.expected

    @property
    def text(self) -> str:
        return f"{self.scanned} / {self.expected}"


@dataclass(frozen=True)
class VerifyResult:
    outcome: Outcome
    code: str
    line: LineProgress | None = None  # None for WRONG_ITEM

    @property
    def ok(self) -> bool:
        return self.outcome in (Outcome.COUNTED, Outcome.LINE_COMPLETE, Outcome.ALL_VERIFIED)


def normalise_code(code: str) -> str:
    """The key a code is compared by: GTIN-14 for 8-14 digits, else upper case, no spaces."""
    c = "".join(code.split()).upper()
    if c.isascii() and c.isdigit() and 8 <= len(c) <= 14:
        return c.zfill(14)
    return c


def line_codes(line: ProductLine) -> tuple[str, ...]:
    """The codes that identify ``line`` on the item's label, normalised, without blanks."""
    found = [normalise_code(c) for c in (line.ean, line.upc, line.full_sku) if c.strip()]
    return tuple(dict.fromkeys(found))


class PackVerifier:
    """Counts scanned items against the lines of one shipment."""

    def __init__(self, lines: Sequence[ProductLine]) -> None:
        self.lines = tuple(lines)
        self.scanned = [0] * len(self.lines)
        self._index: dict[str, list[int]] = {}
        for i, line in enumerate(self.lines):
            for code in line_codes(line):
                self._index.setdefault(code, []).append(i)

    def match(self, code: str) -> list[int]:
        """Indexes of the lines ``code`` belongs to (several when two lines share a code)."""
        return list(self._index.get(normalise_code(code), ()))

    def matches_any(self, codes: Iterable[str]) -> str | None:
        """The first of ``codes`` that belongs to a line, or None."""
        return next((c for c in codes if c and self.match(c)), None)

    def scan(self, code: str) -> VerifyResult:
        """Record one scanned item."""
        rows = self.match(code)
        if not rows:
            return VerifyResult(Outcome.WRONG_ITEM, code)
        # Two lines may carry the same product (split lines): fill them in order.
        open_rows = [i for i in rows if self.scanned[i] < self.lines[i].qty]
        if not open_rows:
            return VerifyResult(Outcome.ONE_TOO_MANY, code, self.progress(rows[0]))
        i = open_rows[0]
        self.scanned[i] += 1
        progress = self.progress(i)
        if self.all_verified:
            return VerifyResult(Outcome.ALL_VERIFIED, code, progress)
        if progress.complete:
            return VerifyResult(Outcome.LINE_COMPLETE, code, progress)
        return VerifyResult(Outcome.COUNTED, code, progress)

    def undo(self, index: int) -> None:
        """Take one item of line ``index`` back out (never below zero)."""
        self.scanned[index] = max(0, self.scanned[index] - 1)

    def progress(self, index: int) -> LineProgress:
        line = self.lines[index]
        name = " ".join(p for p in (line.name, line.variant, line.size) if p)
        return LineProgress(index, name, line.qty, self.scanned[index])

    def all_progress(self) -> list[LineProgress]:
        return [self.progress(i) for i in range(len(self.lines))]

    @property
    def expected_total(self) -> int:
        return sum(max(0, line.qty) for line in self.lines)

    @property
    def scanned_total(self) -> int:
        return sum(min(n, max(0, line.qty)) for n, line in zip(self.scanned, self.lines,
                                                              strict=True))

    @property
    def all_verified(self) -> bool:
        return all(n >= line.qty for n, line in zip(self.scanned, self.lines, strict=True))

    def missing(self) -> list[LineProgress]:
        return [p for p in self.all_progress() if not p.complete]

    def summary(self) -> str:
        """e.g. ``3 of 5 items scanned`` (for the audit log and the banner)."""
        return f"{self.scanned_total} of {self.expected_total} items scanned"
