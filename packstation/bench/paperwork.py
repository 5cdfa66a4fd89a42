"""Which of Centra's documents a parcel needs at this station (Qt-free).

Per document a station setting says *never*, *always* or *outside_eu* (the destination
country is outside the EU customs union, ``packstation.bench.customs``), and how many copies.
A proforma invoice for a parcel leaving the customs union is a customs paper: without it
the parcel must not leave (``blocking``); everything else is a courtesy, never a blocker.
"""

from __future__ import annotations

from dataclasses import dataclass

from packstation.bench.customs import needs_customs_papers
from packstation.centra.domain import DocumentKind, Shipment


@dataclass(frozen=True)
class PaperworkRules:
    delivery_note: str = "never"  # never | always | outside_eu
    delivery_note_copies: int = 1
    proforma: str = "never"
    proforma_copies: int = 2
    printer: str = ""  # "" default printer, a name, or file:<folder>


@dataclass(frozen=True)
class NeededDocument:
    kind: DocumentKind
    url: str
    copies: int
    blocking: bool  # customs papers: the parcel waits until they are printed


def _wanted(when: str, outside: bool) -> bool:
    return when == "always" or (when == "outside_eu" and outside)


def needed_documents(shipment: Shipment, rules: PaperworkRules) -> list[NeededDocument]:
    outside = needs_customs_papers(shipment.delivery_country)
    out: list[NeededDocument] = []
    if _wanted(rules.proforma, outside):
        out.append(NeededDocument(DocumentKind.PROFORMA, shipment.proforma,
                                  rules.proforma_copies, blocking=outside))
    if _wanted(rules.delivery_note, outside):
        out.append(NeededDocument(DocumentKind.DELIVERY_NOTE, shipment.delivery_note,
                                  rules.delivery_note_copies, blocking=False))
    return out


def all_documents(shipment: Shipment, rules: PaperworkRules) -> list[NeededDocument]:
    """Every linked document, for a "print now" with nothing required by the rules."""
    docs = [NeededDocument(DocumentKind.PROFORMA, shipment.proforma, rules.proforma_copies,
                           blocking=False),
            NeededDocument(DocumentKind.DELIVERY_NOTE, shipment.delivery_note,
                           rules.delivery_note_copies, blocking=False)]
    return [d for d in docs if d.url]
