"""The command-barcode vocabulary, shared by the app and the printed command sheet.

Barcodes read ``PS:<WORD>``. Keyboard wedges translate key codes with the
*host* layout, so ``:`` and ``-`` can arrive as other characters (Swedish
layout: ``-`` becomes ``+``; German: ``ß``). Matching therefore accepts any
single non-alphanumeric character in those places. Command words avoid Y and Z,
which German QWERTZ swaps.
"""

from __future__ import annotations

import enum
import re

PREFIX = "PS"


class Command(enum.Enum):
    """Value = the word after ``PS:`` (lower case). Label = text for the command sheet."""

    COMPLETE = "complete"
    CANCEL = "cancel"
    NEXT_PACKAGE = "next-package"
    GTG = "gtg"
    PRINT_SHEET = "print-sheet"
    PRINT = "print"  # print this parcel's papers (proforma, delivery note) now

    @property
    def barcode(self) -> str:
        """Exact text to encode (Code 128) on the printed command sheet."""
        return f"{PREFIX}:{self.value.upper()}"

    @property
    def label(self) -> str:
        return COMMAND_LABELS[self]


COMMAND_LABELS: dict[Command, str] = {
    Command.COMPLETE: "Complete shipment",
    Command.CANCEL: "Cancel / start over",
    Command.NEXT_PACKAGE: "Next package",
    Command.GTG: "Good to go (mark shipment ready)",
    Command.PRINT_SHEET: "Print this command sheet",
    Command.PRINT: "Print the parcel's papers",
}

_COMMAND_RE = re.compile(
    r"^PS[^A-Z0-9]([A-Z0-9]+(?:[^A-Z0-9][A-Z0-9]+)*)$", re.IGNORECASE | re.ASCII
)
_SEP_RE = re.compile(r"[^A-Z0-9]", re.IGNORECASE | re.ASCII)


def parse_command(text: str) -> tuple[bool, Command | None, str]:
    """Return ``(looks_like_command, command_or_None, normalised_word)``."""
    m = _COMMAND_RE.match(text)
    if m is None:
        return False, None, ""
    word = _SEP_RE.sub("-", m.group(1)).lower()
    try:
        return True, Command(word), word
    except ValueError:
        return True, None, word
