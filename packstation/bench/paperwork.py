"""Which of Centra's documents a parcel needs at this station (Qt-free).

Per document a station setting says *never*, *always* or *outside_eu* (the destination
country is outside the EU customs union, ``packstation.bench.customs``), and how many copies.
A proforma invoice for a parcel leaving the customs union is a customs paper: without it
the parcel must not leave (``blocking``); everything else is a courtesy, never a blocker.

Some Centra APIs give no document links at all (``DocumentLinks.NONE``: the Integration
API). There nothing is downloaded, and a parcel leaving the customs union whose station
asks for the proforma cannot wait for a paper that can never come: the packer confirms
once that the customs papers (from Centra's admin or the carrier's system) are in the box
(``CustomsPapers.CONFIRM``, audited). Why a confirmation, not a supervisor or nothing:
docs/bundles-and-papers.md.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from packstation.bench.customs import needs_customs_papers
from packstation.centra.domain import DocumentKind, DocumentLinks, Shipment


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


class CustomsPapers(enum.Enum):
    """What the bench does about customs papers for one parcel."""

    NONE = "none"  # stays in the EU customs union
    REMIND = "remind"  # leaves it; the station prints no proforma: the banner reminds
    PRINT = "print"  # leaves it; the proforma prints here, and must before Complete
    CONFIRM = "confirm"  # leaves it; wanted, but this API gives no links: packer confirms


def customs_papers(shipment: Shipment, rules: PaperworkRules,
                   links: DocumentLinks = DocumentLinks.PER_SHIPMENT) -> CustomsPapers:
    if not needs_customs_papers(shipment.delivery_country):
        return CustomsPapers.NONE
    if not _wanted(rules.proforma, True):
        return CustomsPapers.REMIND
    return CustomsPapers.PRINT if links is DocumentLinks.PER_SHIPMENT else CustomsPapers.CONFIRM


def needed_documents(shipment: Shipment, rules: PaperworkRules,
                     links: DocumentLinks = DocumentLinks.PER_SHIPMENT,
                     ) -> list[NeededDocument]:
    """The documents to download and print for this parcel: none where the API gives no
    links (nothing could ever arrive)."""
    if links is DocumentLinks.NONE:
        return []
    outside = needs_customs_papers(shipment.delivery_country)
    out: list[NeededDocument] = []
    if _wanted(rules.proforma, outside):
        out.append(NeededDocument(DocumentKind.PROFORMA, shipment.proforma,
                                  rules.proforma_copies, blocking=outside))
    if _wanted(rules.delivery_note, outside):
        out.append(NeededDocument(DocumentKind.DELIVERY_NOTE, shipment.delivery_note,
                                  rules.delivery_note_copies, blocking=False))
    return out


def all_documents(shipment: Shipment, rules: PaperworkRules,
                  links: DocumentLinks = DocumentLinks.PER_SHIPMENT) -> list[NeededDocument]:
    """Every linked document, for a "print now" with nothing required by the rules."""
    if links is DocumentLinks.NONE:
        return []
    docs = [NeededDocument(DocumentKind.PROFORMA, shipment.proforma, rules.proforma_copies,
                           blocking=False),
            NeededDocument(DocumentKind.DELIVERY_NOTE, shipment.delivery_note,
                           rules.delivery_note_copies, blocking=False)]
    return [d for d in docs if d.url]
