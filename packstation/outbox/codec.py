"""How a ``Completion`` is written in the outbox's ``request`` column, by schema version.

Version 0 (no ``schema_version`` column, or 0 in it) is what the releases before the ports
wrote: the Order API's ``CompleteRequest`` as ``dataclasses.asdict``. Version 1 is the neutral
``domain.Completion`` (the same keys plus ``shipment_ref``). Version 2 stores ``request`` as
version 1 does; it says the row's step columns (``steps_done``, ``step_sending``,
``waiting_on``: the Integration API's sequence, see ``outbox/store.py``) are kept, so a
release that does not know them (up to version 1) refuses the row instead of losing them
silently. ``Outbox`` rewrites version-0 rows
(and version-1 rows) to the current version when it opens a file, in one transaction, touching nothing but the
``request`` text and the version (so a pending entry stays pending, a done one done). A row
from a *newer* version than this code knows is refused with a plain message, never guessed.

The key ``tracking`` keeps its name in every version: ``Outbox.used_tracking`` and its index
read it with ``json_extract(request, '$.tracking')``.
"""

from __future__ import annotations

import dataclasses
import json
from typing import Any

from packstation.centra.domain import Completion

SCHEMA_VERSION = 2  # 2: the ``request`` of 1, and the row's step columns are kept

# The release format (CompleteRequest's fields, 561348d and before).
_V0_FIELDS = frozenset({"order", "shipment", "capture", "gtg", "shipped", "carrier", "service",
                        "packages", "tracking", "return_slip_tracking", "send_email",
                        "internal_comment"})
_V1_FIELDS = frozenset(f.name for f in dataclasses.fields(Completion))
_TEXT = ("order", "shipment", "carrier", "service", "tracking", "return_slip_tracking",
         "internal_comment", "shipment_ref")
_FLAGS = ("capture", "gtg", "shipped")


class UnreadableEntry(ValueError):
    """A stored completion this code cannot read (corrupt, or from a newer version)."""


def encode(completion: Completion) -> str:
    """The current version's text (sorted keys: the same completion, the same text)."""
    return json.dumps(dataclasses.asdict(completion), sort_keys=True, ensure_ascii=True)


def decode(text: str, version: int) -> Completion:
    if version > SCHEMA_VERSION:
        raise UnreadableEntry(f"written by a newer Packstation (outbox format {version}; "
                              f"this one reads up to {SCHEMA_VERSION})")
    try:
        data = json.loads(text)
    except ValueError as exc:
        raise UnreadableEntry(f"not JSON ({exc})") from None
    if not isinstance(data, dict):
        raise UnreadableEntry("not a JSON object")
    allowed = _V1_FIELDS if version >= 1 else _V0_FIELDS
    unknown = sorted(set(data) - allowed)
    if unknown:
        raise UnreadableEntry(f"unknown fields {', '.join(unknown)} (format {version})")
    return _completion(data)


def _completion(data: dict[str, Any]) -> Completion:
    for name in ("order", "shipment"):
        if not isinstance(data.get(name), str) or not data[name]:
            raise UnreadableEntry(f"no {name}")
    for name in _TEXT:
        if name in data and not isinstance(data[name], str):
            raise UnreadableEntry(f"{name} is not text")
    for name in _FLAGS:
        if name in data and not isinstance(data[name], bool):
            raise UnreadableEntry(f"{name} is not true/false")
    packages = data.get("packages", 1)
    if isinstance(packages, bool) or not isinstance(packages, int) or packages < 0:
        raise UnreadableEntry("packages is not a whole number")
    if data.get("send_email") not in (None, True, False):
        raise UnreadableEntry("send_email is not true/false/null")
    return Completion(**data)
