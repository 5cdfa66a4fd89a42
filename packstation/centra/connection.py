"""How a Centra connection is named (no I/O): one rule for the client and the keyring."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from packstation.centra.ports import CentraPorts


def normalise_base_url(base_url: str) -> str:
    """The base URL exactly as copied from Centra's plugin page, minus a trailing slash.

    The client sends requests under it and the keyring stores the key under it (the
    account name), so both must trim it the same way."""
    return base_url.strip().rstrip("/")


def connect(base_url: str, api_key: str, *, timeout: float | None = None) -> CentraPorts:
    """The adapter for one Centra connection, behind the ports (today the Order API's;
    the Integration API adapter of issue #16 is chosen here too). ``timeout``: one limit
    in seconds for every call (``None``: the adapter's own defaults). Loads httpx and
    pydantic on first call, never at import."""
    from packstation.centra.order_api.client import CentraClient, Timeouts

    timeouts = Timeouts()
    if timeout is not None and timeout > 0:
        timeouts = Timeouts(connect=timeout, read=timeout, complete_read=timeout,
                            total=timeout, complete_total=timeout)
    return CentraClient(base_url, api_key, timeouts=timeouts)
