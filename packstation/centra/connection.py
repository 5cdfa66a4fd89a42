"""How a Centra connection is named (no I/O): one rule for the client and the keyring."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal
from urllib.parse import urlsplit

if TYPE_CHECKING:
    from packstation.centra.integration_api.client import IntegrationClient, WriteCheck
    from packstation.centra.ports import CentraPorts


def normalise_base_url(base_url: str) -> str:
    """The base URL exactly as copied from Centra's plugin page, minus a trailing slash.

    The client sends requests under it and the keyring stores the key under it (the
    account name), so both must trim it the same way."""
    return base_url.strip().rstrip("/")


Api = Literal["order", "integration"]

GRAPHQL_PATH = "/graphql"


def is_graphql_address(base_url: str) -> bool:
    """True for an Integration API address (``https://<brand>.centra.com/graphql``)."""
    path = urlsplit(normalise_base_url(base_url)).path.rstrip("/")
    return path.lower().endswith(GRAPHQL_PATH)


def address_fits(base_url: str, api: str) -> bool:
    """Whether ``base_url`` can be the address of ``api``: the Integration API is served
    at ``…/graphql`` only; the Order API's base URL (the plugin page's, e.g.
    ``…/api/order``) never ends so. The key or token is stored under the address, so one
    stored under the wrong kind is never found by the station, and a token sent to the
    Order API (or a key to GraphQL) only comes back as a confusing "rejected"."""
    return is_graphql_address(base_url) == (api == "integration")


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
    API: how many shipments are ready. The Integration API: one read of what a bench reads
    (``IntegrationClient.probe``), then its writes aimed at a shipment that cannot exist
    (``probe_writes``: nothing written, four mutations of the shared quota), then the
    ready count; raises ``PermissionMissing`` naming every permission the token lacks
    (read and write), ``TokenRejected`` on 403. ``factory``: ``connect``."""
    make = factory or connect
    client = make(base_url, api_key, api=api) if api == "integration" else make(base_url,
                                                                                api_key)
    try:
        if api != "integration":
            return ConnectionCheck(client.count_ready())
        from packstation.centra.integration_api.client import IntegrationClient

        gql = getattr(client, "client", None)
        if not isinstance(gql, IntegrationClient):
            return ConnectionCheck(client.count_ready())
        return _check_token(gql, client)
    finally:
        client.close()


def _check_token(gql: IntegrationClient, client: CentraPorts) -> ConnectionCheck:
    """Reads, then writes; every permission missing from either is named at once."""
    from packstation.centra.errors import PermissionMissing

    missing: list[str] = []
    used: set[str] = set()
    writes: WriteCheck | None = None

    def lacking(exc: PermissionMissing) -> None:
        if not exc.missing:  # not named: say Centra's words as they are
            raise exc
        missing.extend(m for m in exc.missing if m not in missing)
        used.update(exc.permissions_used)

    try:
        used.update(gql.probe())
    except PermissionMissing as exc:
        lacking(exc)
    try:
        writes = gql.probe_writes()
        used.update(writes.permissions_used)
    except PermissionMissing as exc:
        lacking(exc)
    if missing:
        raise PermissionMissing(tuple(missing), permissions_used=tuple(sorted(used)))
    return ConnectionCheck(client.count_ready(), tuple(sorted(used)),
                           writes_confirmed=writes.confirmed if writes else (),
                           writes_unconfirmed=writes.unconfirmed if writes else ())


@dataclass(frozen=True)
class ConnectionCheck:
    ready: int
    permissions_used: tuple[str, ...] = ()
    # The Integration API's write check (``IntegrationClient.probe_writes``).
    writes_confirmed: tuple[str, ...] = ()
    writes_unconfirmed: tuple[str, ...] = ()
