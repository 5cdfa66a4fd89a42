"""Downloading a shipment's PDF documents (``proforma``, ``deliveryNote``); no Qt here.

Whether Centra's document links need the Order API key is not documented (Centra's
examples write them as ``http://.../proforma?shipment=83651-1``, host elided, outside
``<base>``). So both cases are handled: the ``API-Authorization`` header goes with the
request only when the link points at the Centra host of ``<base>`` (same scheme, host and
port), and never to any other host (a Klarna invoice link, a storage bucket a link
redirects to). Redirects are followed by hand for the same reason: httpx drops the standard
``Authorization`` header on a cross-origin redirect, not Centra's own header.
"""

from __future__ import annotations

from urllib.parse import urljoin, urlsplit

import httpx

from packstation.centra.domain import Document, DocumentError, DocumentKind, FetchProblem
from packstation.centra.order_api.client import CentraClient

__all__ = ["Document", "DocumentError", "DocumentKind", "FetchProblem", "fetch_document",
           "same_origin"]

MAX_DOCUMENT_BYTES = 20 * 1024 * 1024
MAX_REDIRECTS = 3
KEY_HEADER = "API-Authorization"


def _origin(url: str) -> tuple[str, str, int | None]:
    parts = urlsplit(url)
    port = parts.port or {"http": 80, "https": 443}.get(parts.scheme.lower())
    return parts.scheme.lower(), (parts.hostname or "").lower(), port


def same_origin(url: str, base_url: str) -> bool:
    """True if ``url`` is on the Centra host of ``base_url`` (the only host that gets the key)."""
    try:
        a, b = _origin(url), _origin(base_url)
    except ValueError:  # a bad port in a link
        return False
    return bool(a[1]) and a == b


def fetch_document(client: CentraClient, kind: DocumentKind, url: str) -> Document:
    """Download one document (worker thread). Raises ``DocumentError``."""
    url = url.strip()
    if not url:
        raise DocumentError(FetchProblem.NO_LINK)
    http = client.http  # the client's connection pool and timeouts; its key header
    for _ in range(MAX_REDIRECTS + 1):
        if urlsplit(url).scheme.lower() not in ("http", "https"):
            raise DocumentError(FetchProblem.NOT_FOUND, "not a web link")
        request = http.build_request("GET", url, headers={"Accept": "application/pdf"})
        if not same_origin(url, client.base_url):
            request.headers.pop(KEY_HEADER, None)
        try:
            response = http.send(request, stream=True)
        except httpx.HTTPError as exc:
            raise DocumentError(FetchProblem.UNREACHABLE, type(exc).__name__) from None
        except ValueError as exc:  # a malformed link
            raise DocumentError(FetchProblem.NOT_FOUND, type(exc).__name__) from None
        try:
            if response.is_redirect and "location" in response.headers:
                url = urljoin(url, response.headers["location"])
                continue
            if response.status_code in (401, 403):
                raise DocumentError(FetchProblem.REFUSED, f"HTTP {response.status_code}")
            if response.status_code >= 500:
                raise DocumentError(FetchProblem.SERVER_ERROR, f"HTTP {response.status_code}")
            if not 200 <= response.status_code < 300:
                raise DocumentError(FetchProblem.NOT_FOUND, f"HTTP {response.status_code}")
            body = bytearray()
            try:
                for chunk in response.iter_bytes():
                    body += chunk
                    if len(body) > MAX_DOCUMENT_BYTES:
                        raise DocumentError(FetchProblem.TOO_LARGE)
            except httpx.HTTPError as exc:
                raise DocumentError(FetchProblem.UNREACHABLE, type(exc).__name__) from None
        finally:
            response.close()
        if b"%PDF-" not in bytes(body[:1024]):
            raise DocumentError(FetchProblem.NOT_PDF,
                                response.headers.get("content-type", "")[:60])
        return Document(kind, url, bytes(body))
    raise DocumentError(FetchProblem.NOT_FOUND, "too many redirects")
