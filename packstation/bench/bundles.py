"""What physically goes in the box when a shipment holds bundles (Qt-free).

Centra's Order API sends bundles in one of four shapes, chosen by the plugin setting
"Bundles in shipments" (``shared/centra-order-api.md`` §3.3, §6.3; Centra's own Get
shipments example shows the last two at once):

* only the components, each a line of its own with ``isPartOfBundle`` = the bundle's id;
* only the bundle line (``isBundle``), nothing about its contents;
* the bundle line with its components in ``bundle[]`` (quantity *per bundle*);
* the bundle line with ``bundle[]`` *and* the components again as lines of their own
  (``isPartOfBundle`` set, same ``lineId`` as in ``bundle[]``).

:func:`pack_plan` turns any of these into :class:`PackRow` s, the things a packer finds and
scans, each counted once: a component inside ``bundle[]`` counts its quantity per bundle
times the bundle quantity, a component repeated as its own line is not counted twice, and
the bundle's own code is a row only when the station packs bundles pre-packed (or Centra
sent nothing about its contents).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from packstation.centra.domain import ProductLine


@dataclass(frozen=True)
class PackRow:
    """One thing to find and put in the box; ``line.qty`` is how many."""

    line: ProductLine
    bundle: ProductLine | None = None  # the bundle this component belongs to
    per_bundle: int = 0  # components: how many in one bundle (0 for other rows)
    prepacked: bool = False  # the row is a whole bundle, packed as it is

    @property
    def is_component(self) -> bool:
        return self.bundle is not None


@dataclass(frozen=True)
class PackGroup:
    """A block of rows as the packer sees it: a plain line, or one bundle."""

    bundle: ProductLine | None  # None: a plain line (one row)
    rows: tuple[int, ...]  # indexes into ``PackPlan.rows``
    contents: tuple[ProductLine, ...] = ()  # a pre-packed bundle's contents (not scanned)
    contents_unknown: bool = False  # a bundle line without any component data


@dataclass(frozen=True)
class PackPlan:
    rows: tuple[PackRow, ...]
    groups: tuple[PackGroup, ...]

    @property
    def lines(self) -> list[ProductLine]:
        """What the verifier counts, in row order (``qty`` = physical items)."""
        return [r.line for r in self.rows]

    @property
    def item_count(self) -> int:
        return sum(max(0, r.line.qty) for r in self.rows)

    @property
    def has_bundles(self) -> bool:
        return any(g.bundle is not None for g in self.groups)


def _per_bundle(component: ProductLine) -> int:
    # A component always ships at least once per bundle; a missing qty means one.
    return component.qty if component.qty > 0 else 1


def pack_plan(products: Sequence[ProductLine], *, bundles_prepacked: bool = False) -> PackPlan:
    """The rows to pack and scan, grouped for display (see the module docstring)."""
    bundles = [p for p in products if p.is_bundle]
    with_parts = {b.line_id for b in bundles if b.bundle and b.line_id}
    part_ids = {c.line_id for b in bundles for c in b.bundle if c.line_id}
    bundle_ids = {b.line_id for b in bundles if b.line_id}
    # Components sent as lines of their own, for bundles that carry no bundle[]:
    loose: dict[str, list[ProductLine]] = {}
    for p in products:
        if (not p.is_bundle and p.part_of_bundle in bundle_ids
                and p.part_of_bundle not in with_parts):
            loose.setdefault(p.part_of_bundle, []).append(p)

    rows: list[PackRow] = []
    groups: list[PackGroup] = []

    def add(row: PackRow) -> int:
        rows.append(row)
        return len(rows) - 1

    for p in products:
        if p.is_bundle:
            groups.append(_bundle_group(p, loose.get(p.line_id, []), bundles_prepacked, add))
            continue
        if p.part_of_bundle and (p.line_id in part_ids or p.part_of_bundle in with_parts
                                 or p.part_of_bundle in loose):
            continue  # shown (and counted) inside its bundle
        groups.append(PackGroup(None, (add(PackRow(p)),)))
    return PackPlan(tuple(rows), tuple(groups))


def _bundle_group(bundle: ProductLine, loose: list[ProductLine], prepacked: bool,
                  add: Callable[[PackRow], int]) -> PackGroup:
    if bundle.bundle:
        parts = [dataclasses.replace(c, qty=_per_bundle(c) * max(0, bundle.qty))
                 for c in bundle.bundle]
        per = [_per_bundle(c) for c in bundle.bundle]
    else:
        parts = list(loose)  # already the shipment's quantities
        per = [c.qty // bundle.qty if bundle.qty and c.qty % bundle.qty == 0 else 0
               for c in loose]
    if prepacked or not parts:
        index = add(PackRow(bundle, prepacked=True))
        return PackGroup(bundle, (index,), tuple(parts), contents_unknown=not parts)
    indexes = tuple(add(PackRow(c, bundle, n)) for c, n in zip(parts, per, strict=True))
    return PackGroup(bundle, indexes)

