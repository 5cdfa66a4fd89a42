"""Centra's documents: which parcels need customs papers, and downloading the PDFs over HTTP
from the simulator, with the API key going to the Centra host only."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, HTTPServer
from typing import Any, ClassVar

import pypdfium2 as pdfium
import pytest

from packstation.bench.customs import EU_CUSTOMS_UNION, in_customs_union
from packstation.bench.paperwork import (
    CustomsPapers,
    PaperworkRules,
    all_documents,
    customs_papers,
    needed_documents,
)
from packstation.centra.domain import DocumentLinks, Shipment
from packstation.centra.order_api.adapter import shipment_from_json
from packstation.centra.order_api.client import CentraClient
from packstation.centra.order_api.documents import (
    DocumentError,
    DocumentKind,
    FetchProblem,
    fetch_document,
    same_origin,
)
from packstation.simulator import DEMO_API_KEY, CentraSimulator, Fault
from packstation.simulator.builders import build_shipment
from packstation.simulator.documents import document_urls


@pytest.mark.parametrize("country", ["SE", "DE", "FI", "GR", "EL", "IE", "HR", "MC", "se"])
def test_inside_the_customs_union(country: str) -> None:
    assert in_customs_union(country)


@pytest.mark.parametrize("country", ["NO", "CH", "GB", "US", "IS", "LI", "XI", "", "??"])
def test_outside_the_customs_union(country: str) -> None:
    assert not in_customs_union(country)


def test_the_kept_list_is_the_27_member_states_and_monaco() -> None:
    assert len(EU_CUSTOMS_UNION) == 28 and "GB" not in EU_CUSTOMS_UNION


def shipment(country: str) -> Shipment:
    return shipment_from_json({"orderId": 1, "shipmentId": "1-1",
                                    "deliveryCountry": country, "proforma": "p",
                                    "deliveryNote": "d"})


@pytest.mark.parametrize(("rules", "country", "expected"), [
    (PaperworkRules(), "NO", []),
    (PaperworkRules(proforma="outside_eu"), "NO", [("proforma", 2, True)]),
    (PaperworkRules(proforma="outside_eu"), "SE", []),
    (PaperworkRules(proforma="always", proforma_copies=1), "SE", [("proforma", 1, False)]),
    (PaperworkRules(proforma="outside_eu", delivery_note="always"), "CH",
     [("proforma", 2, True), ("delivery_note", 1, False)]),
    (PaperworkRules(delivery_note="outside_eu", delivery_note_copies=3), "DE", []),
    (PaperworkRules(delivery_note="outside_eu", delivery_note_copies=3), "US",
     [("delivery_note", 3, False)]),
])
def test_needed_documents(rules: PaperworkRules, country: str,
                          expected: list[tuple[str, int, bool]]) -> None:
    got = needed_documents(shipment(country), rules)
    assert [(d.kind.value, d.copies, d.blocking) for d in got] == expected
    # An API that gives no document links (the Integration API): nothing to download.
    assert needed_documents(shipment(country), rules, DocumentLinks.NONE) == []


LINKS, NO_LINKS = DocumentLinks.PER_SHIPMENT, DocumentLinks.NONE


@pytest.mark.parametrize(("proforma", "country", "links", "expected"), [
    ("outside_eu", "SE", LINKS, CustomsPapers.NONE),
    ("outside_eu", "SE", NO_LINKS, CustomsPapers.NONE),
    ("always", "DE", NO_LINKS, CustomsPapers.NONE),
    ("outside_eu", "NO", LINKS, CustomsPapers.PRINT),
    ("always", "CH", LINKS, CustomsPapers.PRINT),
    ("outside_eu", "NO", NO_LINKS, CustomsPapers.CONFIRM),
    ("always", "", NO_LINKS, CustomsPapers.CONFIRM),   # unknown country: the cautious side
    ("never", "NO", LINKS, CustomsPapers.REMIND),
    ("never", "US", NO_LINKS, CustomsPapers.REMIND),
])
def test_customs_papers(proforma: str, country: str, links: DocumentLinks,
                        expected: CustomsPapers) -> None:
    assert customs_papers(shipment(country), PaperworkRules(proforma=proforma), links) is expected


def test_print_now_offers_nothing_without_links() -> None:
    rules = PaperworkRules()
    assert [d.kind.value for d in all_documents(shipment("NO"), rules)] == [
        "proforma", "delivery_note"]
    assert all_documents(shipment("NO"), rules, DocumentLinks.NONE) == []


# ---------------------------------------------------------------------- downloads

@pytest.fixture
def client(simulator: CentraSimulator) -> Iterator[CentraClient]:
    with CentraClient(simulator.base_url, DEMO_API_KEY) as c:
        yield c


def pdf_text(pdf: bytes) -> str:
    doc = pdfium.PdfDocument(pdf)
    try:
        return str(doc[0].get_textpage().get_text_range())
    finally:
        doc.close()


def test_documents_come_from_the_simulator_with_the_key(client: CentraClient,
                                                        simulator: CentraSimulator) -> None:
    s = client.lookup("41102-1").shipment
    assert s is not None and s.proforma.startswith(f"http://127.0.0.1:{simulator.port}/")
    simulator.clear_requests()
    doc = fetch_document(client, DocumentKind.PROFORMA, s.proforma)
    assert doc.pdf.startswith(b"%PDF-")
    assert "PROFORMA INVOICE 41102-1" in pdf_text(doc.pdf)
    note = fetch_document(client, DocumentKind.DELIVERY_NOTE, s.delivery_note)
    assert "DELIVERY NOTE 41102-1" in pdf_text(note.pdf)
    sent = simulator.requests
    assert [r.path for r in sent] == ["/proforma", "/delnote"]
    assert all(r.headers.get("api-authorization") == DEMO_API_KEY for r in sent)


def test_a_wrong_key_is_refused(simulator: CentraSimulator) -> None:
    url = document_urls(f"http://127.0.0.1:{simulator.port}", "41102-1")["proforma"]
    with CentraClient(simulator.base_url, "wrong-key") as c, pytest.raises(DocumentError) as e:
        fetch_document(c, DocumentKind.PROFORMA, url)
    assert e.value.problem is FetchProblem.REFUSED


def test_the_key_never_goes_to_another_host(client: CentraClient) -> None:
    other = CentraSimulator(api_key="other-key").start()  # another origin (port)
    try:
        other.documents_need_key = False
        url = document_urls(f"http://127.0.0.1:{other.port}", "41102-1")["deliveryNote"]
        assert not same_origin(url, client.base_url)
        doc = fetch_document(client, DocumentKind.DELIVERY_NOTE, url)
        assert doc.pdf.startswith(b"%PDF-")
        (request,) = other.requests
        assert "api-authorization" not in request.headers
        other.documents_need_key = True  # a host that wants a key gets none from us
        with pytest.raises(DocumentError) as e:
            fetch_document(client, DocumentKind.DELIVERY_NOTE, url)
        assert e.value.problem is FetchProblem.REFUSED
    finally:
        other.stop()


class _Redirect(BaseHTTPRequestHandler):
    target = ""
    seen: ClassVar[list[dict[str, str]]] = []

    def do_GET(self) -> None:
        type(self).seen.append({k.lower(): v for k, v in self.headers.items()})
        self.send_response(302)
        self.send_header("Location", type(self).target)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, format: str, *args: Any) -> None:
        pass


def test_a_redirect_to_another_host_drops_the_key(client: CentraClient,
                                                  simulator: CentraSimulator) -> None:
    """The Centra host (the simulator) redirects to storage elsewhere: the key stays home."""
    server = HTTPServer(("127.0.0.1", 0), _Redirect)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    other = CentraSimulator(api_key="x").start()
    try:
        other.documents_need_key = False
        _Redirect.target = document_urls(f"http://127.0.0.1:{other.port}", "41101-1")["proforma"]
        _Redirect.seen = []
        doc = fetch_document(client, DocumentKind.PROFORMA,
                             f"http://127.0.0.1:{server.server_address[1]}/doc")
        assert "PROFORMA INVOICE 41101-1" in pdf_text(doc.pdf)
        assert "api-authorization" not in _Redirect.seen[0]  # another host than <base>
        assert "api-authorization" not in other.requests[0].headers
    finally:
        server.shutdown()
        server.server_close()
        other.stop()


@pytest.mark.parametrize(("fault", "problem"), [
    (Fault("status_no", path="/proforma"), FetchProblem.NOT_PDF),
    (Fault("html502", path="/proforma"), FetchProblem.SERVER_ERROR),
    (Fault("reset", path="/proforma"), FetchProblem.UNREACHABLE),
])
def test_failures_have_a_reason(client: CentraClient, simulator: CentraSimulator,
                                fault: Fault, problem: FetchProblem) -> None:
    simulator.add_fault(fault)
    url = document_urls(f"http://127.0.0.1:{simulator.port}", "41102-1")["proforma"]
    with pytest.raises(DocumentError) as e:
        fetch_document(client, DocumentKind.PROFORMA, url)
    assert e.value.problem is problem
    assert DEMO_API_KEY not in str(e.value)


def test_unknown_shipment_and_missing_link(client: CentraClient,
                                           simulator: CentraSimulator) -> None:
    url = document_urls(f"http://127.0.0.1:{simulator.port}", "99999-1")["proforma"]
    with pytest.raises(DocumentError) as e:
        fetch_document(client, DocumentKind.PROFORMA, url)
    assert e.value.problem is FetchProblem.NOT_FOUND
    with pytest.raises(DocumentError) as e:
        fetch_document(client, DocumentKind.PROFORMA, "  ")
    assert e.value.problem is FetchProblem.NO_LINK


def test_builders_point_links_at_the_simulator(simulator: CentraSimulator) -> None:
    simulator.add_shipment(build_shipment(50010))
    data = simulator.shipment("50010-1")
    assert data["deliveryNote"] == f"http://127.0.0.1:{simulator.port}/delnote?shipment=50010-1"
