"""The shipment documents Centra links from a shipment (``proforma``, ``deliveryNote``).

Centra's examples show them as ``http://.../proforma?shipment=83651-1`` and
``http://../delnote?shipment=83651-1``: on the Centra host, outside the Order API's
``<base>``. Whether they need the ``API-Authorization`` header is not documented; the
simulator asks for it by default (``CentraSimulator.documents_need_key``), so the client
must send it to the Centra host, and never anywhere else.

The PDFs are made here, one page each, with the shipment's ID, address and lines, so a
printed copy can be read back in a test.
"""

from __future__ import annotations

from typing import Any

DOCUMENT_PATHS = {"/proforma": "PROFORMA INVOICE", "/delnote": "DELIVERY NOTE"}
# Builders write this origin; the simulator puts its own in its place when it stores one.
PLACEHOLDER_ORIGIN = "https://demo.centra.example"


def document_urls(origin: str, shipment_id: str) -> dict[str, str]:
    return {"proforma": f"{origin}/proforma?shipment={shipment_id}",
            "deliveryNote": f"{origin}/delnote?shipment={shipment_id}"}


def _pdf_text(text: str) -> str:
    safe = text.encode("latin-1", "replace").decode("latin-1")
    return safe.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def make_pdf(lines: list[str]) -> bytes:
    """A valid one-page A4 PDF showing ``lines`` in Helvetica (latin-1 text)."""
    ops = ["BT", "/F1 14 Tf", "56 780 Td", "18 TL"]
    for i, line in enumerate(lines):
        if i == 0:
            ops += ["/F1 22 Tf", f"({_pdf_text(line)}) Tj", "/F1 12 Tf", "T*"]
        else:
            ops.append(f"({_pdf_text(line)}) '")
    ops.append("ET")
    stream = "\n".join(ops).encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for n, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{n} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += (f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
            .encode())
    return bytes(out)


def document_pdf(title: str, shipment: dict[str, Any]) -> bytes:
    lines = [f"{title} {shipment.get('shipmentId', '')}",
             f"Order {shipment.get('orderId', '')}   {shipment.get('orderDate', '')}", "",
             str(shipment.get("deliveryName", "")), str(shipment.get("deliveryAddress", "")),
             f"{shipment.get('deliveryZipcode', '')} {shipment.get('deliveryCity', '')}",
             str(shipment.get("deliveryCountry", "")), ""]
    for p in shipment.get("products", []):
        lines.append(f"{p.get('qty', '')} x {p.get('name', '')} {p.get('variant', '')} "
                     f"{p.get('size', '')}  {p.get('harmCode', '')} {p.get('countryOfOrigin', '')}"
                     f"  {p.get('price', '')} {shipment.get('orderCurrency', '')}")
    return make_pdf(lines)
