"""How a Centra connection is named (no I/O): one rule for the client and the keyring."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from packstation.centra.ports import CentraPorts


def normalise_base_url(base_url: str) -> str:
    """The base URL exactly as copied from Centra's plugin page, minus a trailing slash.

    The client sends requests under it and the keyring stores the key under it (the
    account name), so both must trim it the same way."""
    return base_url.strip().rstrip("/")


Api = Literal["order", "integration"]


def connect(base_url: str, api_key: str, *, timeout: float | None = None,
            api: Api = "order") -> CentraPorts:
    """The adapter for one Centra connection, behind the ports: the Order API's
    (``base_url`` = the plugin's base URL, ``api_key`` its key) or the Integration API's
    (``base_url`` = the ``…/graphql`` address, ``api_key`` the token). ``timeout``: one
    limit in seconds for every call (``None``: the adapter's own defaults). Loads httpx
    and pydantic on first call, never at import."""
    from packstation.centra.order_api.client import CentraClient, Timeouts

    timeouts = Timeouts()
    if timeout is not None and timeout > 0:
        timeouts = Timeouts(connect=timeout, read=timeout, complete_read=timeout,
                            total=timeout, complete_total=timeout)
    if api == "integration":
        from packstation.centra.integration_api.client import IntegrationClient
        from packstation.centra.integration_api.feed import ReadyFeed
        from packstation.centra.integration_api.pacing import MIN_READY_POLL_S, Budget, Pacer
        from packstation.centra.integration_api.ready_mirror import FeedingAdapter

        # The bench's share of the shared rate limit (PACKSTATION_BENCHES,
        # PACKSTATION_RATE_SHARE) paces its requests; the ready list from ReadyFeed
        # (changed-since), polled no more often than that share allows (in a fleet whose
        # share allows less than the bench's one-minute timer; else the timer decides).
        budget = Budget.from_environment()
        client = IntegrationClient(normalise_base_url(base_url), api_key,
                                   timeouts=timeouts, pacer=Pacer(budget))
        interval = budget.ready_poll_interval()
        return FeedingAdapter(client, feed=ReadyFeed(
            client, min_interval=interval if interval > MIN_READY_POLL_S else 0.0))
    return CentraClient(base_url, api_key, timeouts=timeouts)


def check_connection(base_url: str, api_key: str, *, api: Api = "order",
                     factory: Callable[..., CentraPorts] | None = None) -> ConnectionCheck:
    """Station setup's "Test connection" (blocking: run it on the job runner). The Order
    API: how many shipments are ready. The Integration API: first one read of what a bench
    reads (``IntegrationClient.probe``: raises ``PermissionMissing`` naming what the token
    lacks, ``TokenRejected`` on 403), then the ready count. ``factory``: ``connect``."""
    make = factory or connect
    client = make(base_url, api_key, api=api) if api == "integration" else make(base_url,
                                                                                api_key)
    try:
        used: tuple[str, ...] = ()
        probe = getattr(getattr(client, "client", None), "probe", None)
        if api == "integration" and callable(probe):
            used = tuple(probe())
        return ConnectionCheck(client.count_ready(), used)
    finally:
        client.close()


@dataclass(frozen=True)
class ConnectionCheck:
    ready: int
    permissions_used: tuple[str, ...] = ()
