"""Integration API tokens: `Authorization: Bearer <token>` (or the `graphql-access` cookie).

A token has permissions (None: every permission), an optional integration name (needed for
the events queue; tokens with the same name share one queue) and an expiry. An unknown,
revoked or expired token gets HTTP 403, as Centra documents.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass

# Every permission the simulated subset checks (names as Centra's type pages write them).
ALL_PERMISSIONS: frozenset[str] = frozenset({
    "Shipment:read", "Shipment:write", "Shipment.shippingAddress:read",
    "Order:read", "Order:write", "Order.isLocked:write", "Order.internalComment:read",
    "Order.shippingAddress:read", "Order.billingAddress:read",
    "Product:read", "ProductVariant:read", "ProductSize:read",
    "PaymentHistory:read", "StorePlugin:read", "Event:read", "Event:write",
})

# What a packing bench needs: look up, mark good-to-go, capture, complete, comment, events.
BENCH_PERMISSIONS: frozenset[str] = frozenset({
    "Shipment:read", "Shipment:write", "Shipment.shippingAddress:read",
    "Order:read", "Order:write", "Order.internalComment:read",
    "Product:read", "ProductVariant:read", "ProductSize:read",
    "PaymentHistory:read", "Event:read", "Event:write",
})

# A read-only token (the demo's "limited" token): lookups work, writes name what is missing.
READ_ONLY_PERMISSIONS: frozenset[str] = frozenset({
    "Shipment:read", "Shipment.shippingAddress:read", "Order:read",
    "Product:read", "ProductVariant:read", "ProductSize:read",
})

DEFAULT_TTL_S = 30 * 24 * 3600  # Centra's default: 30 days


@dataclass(frozen=True)
class Token:
    value: str
    permissions: frozenset[str] | None = None   # None: every permission
    integration_name: str | None = None
    expires_at: float | None = None            # time.time() seconds; None: never

    def allows(self, permission: str) -> bool:
        return self.permissions is None or permission in self.permissions


class TokenRegistry:
    def __init__(self, clock: Callable[[], float] = time.time) -> None:
        self._lock = threading.Lock()
        self._tokens: dict[str, Token] = {}
        self._clock = clock

    def add(self, value: str, permissions: Iterable[str] | None = None, *,
            integration_name: str | None = None, ttl: float | None = DEFAULT_TTL_S) -> Token:
        """Issue (or replace) a token; `ttl` seconds from now (None: no expiry)."""
        if not value:
            raise ValueError("a token needs a value")
        token = Token(
            value=value,
            permissions=None if permissions is None else frozenset(permissions),
            integration_name=integration_name,
            expires_at=None if ttl is None else self._clock() + ttl,
        )
        with self._lock:
            self._tokens[value] = token
        return token

    def expire(self, value: str) -> None:
        """Make the token expired now (it stays known, and is refused with 403)."""
        with self._lock:
            old = self._tokens[value]
            self._tokens[value] = Token(old.value, old.permissions, old.integration_name,
                                        self._clock() - 1)

    def revoke(self, value: str) -> None:
        with self._lock:
            self._tokens.pop(value, None)

    def valid(self, value: str | None) -> Token | None:
        """The token if it is known and not expired, else None."""
        if not value:
            return None
        with self._lock:
            token = self._tokens.get(value)
        if token is None:
            return None
        if token.expires_at is not None and token.expires_at <= self._clock():
            return None
        return token
