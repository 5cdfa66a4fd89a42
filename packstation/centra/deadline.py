"""An overall deadline for each HTTP request, read trickle included (no Qt here).

httpx's timeouts apply to each socket operation: a server that sends one byte every
3 s never trips a 10 s read timeout, and a completion could stay "Completing…" for
ever. ``DeadlineTransport`` is httpx's own ``HTTPTransport`` with a network backend
whose every connect, read and write is capped by the time left until the deadline of
the request running on the calling thread (``within(seconds)``). When the deadline has
passed, the next socket operation raises httpcore's ``ReadTimeout``/``WriteTimeout``/
``ConnectTimeout`` (httpx maps them to its own), so a request can never live longer
than its deadline plus one scheduling slice.

The deadline is per thread because one ``httpx.Client`` is shared by every worker
thread and each request runs synchronously on the thread that sent it.
"""

from __future__ import annotations

import threading
import time
import typing
from collections.abc import Iterator
from contextlib import contextmanager

import httpcore
import httpx

_local = threading.local()


@contextmanager
def within(seconds: float) -> Iterator[float]:
    """Every socket operation on this thread inside the block ends by ``now + seconds``
    (monotonic clock); yields that deadline."""
    at = time.monotonic() + seconds
    previous = getattr(_local, "at", None)
    _local.at = at if previous is None else min(at, previous)
    try:
        yield at
    finally:
        _local.at = previous


def remaining() -> float | None:
    """Seconds left before this thread's deadline (``None``: no deadline)."""
    at: float | None = getattr(_local, "at", None)
    return None if at is None else at - time.monotonic()


def _cap(timeout: float | None, error: type[Exception]) -> float | None:
    left = remaining()
    if left is None:
        return timeout
    if left <= 0:
        raise error("the request's overall deadline passed")
    return left if timeout is None else min(timeout, left)


class _DeadlineStream(httpcore.NetworkStream):
    def __init__(self, inner: httpcore.NetworkStream) -> None:
        self._inner = inner

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, _cap(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, _cap(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(self, ssl_context: typing.Any, server_hostname: str | None = None,
                  timeout: float | None = None) -> httpcore.NetworkStream:
        inner = self._inner.start_tls(ssl_context, server_hostname,
                                      _cap(timeout, httpcore.ConnectTimeout))
        return _DeadlineStream(inner)

    def get_extra_info(self, info: str) -> typing.Any:
        return self._inner.get_extra_info(info)


class _DeadlineBackend(httpcore.NetworkBackend):
    def __init__(self, inner: httpcore.NetworkBackend) -> None:
        self._inner = inner

    def connect_tcp(self, host: str, port: int, timeout: float | None = None,
                    local_address: str | None = None,
                    socket_options: typing.Iterable[typing.Any] | None = None,
                    ) -> httpcore.NetworkStream:
        stream = self._inner.connect_tcp(host, port, _cap(timeout, httpcore.ConnectTimeout),
                                         local_address, socket_options)
        return _DeadlineStream(stream)

    def connect_unix_socket(self, path: str, timeout: float | None = None,
                            socket_options: typing.Iterable[typing.Any] | None = None,
                            ) -> httpcore.NetworkStream:  # pragma: no cover - not used
        stream = self._inner.connect_unix_socket(
            path, _cap(timeout, httpcore.ConnectTimeout), socket_options)
        return _DeadlineStream(stream)

    def sleep(self, seconds: float) -> None:  # pragma: no cover - retries are off
        self._inner.sleep(seconds)


class DeadlineTransport(httpx.HTTPTransport):
    """``httpx.HTTPTransport`` (same TLS, pooling and keep-alive) whose socket
    operations honour the calling thread's ``within`` deadline."""

    def __init__(self, **kwargs: typing.Any) -> None:
        super().__init__(**kwargs)
        pool = self._pool
        if isinstance(pool, httpcore.ConnectionPool):
            # httpcore's documented extension point (``network_backend=``); httpx builds
            # the pool itself, so its backend is wrapped after the fact.
            pool._network_backend = _DeadlineBackend(pool._network_backend)
