"""POST GraphQL to Centra's Integration API and turn every answer into data or a typed error.

- ``Authorization: Bearer <token>``; the token never appears in a log, an exception or
  ``repr``. A token that cannot go in a header is never sent.
- The overall deadline per request is the Order API client's (``centra.deadline``): a
  trickling answer cannot keep a completion "sending" for ever.
- 403 → ``TokenRejected`` (or ``PermissionMissing`` when the body says a permission is
  missing, open question 6); 400 → ``RequestRejected`` and a bug report in the log with
  the query and the variables' names (never the token); 429 → wait for ``Retry-After``
  (seconds, an HTTP date or a timestamp, plus a little jitter) when that fits
  ``max_rate_wait``, else ``RateLimited`` with the seconds to wait; every later call of
  the client waits for it too. With a ``pacing.Pacer`` a request also waits for the
  bench's own share of the quota (nothing is sent until it is there); 499/5xx →
  ``CentraUnavailable``.
- A 200 with ``errors[]`` of category ``authorization`` → ``PermissionMissing`` naming what
  the token lacks (and ``extensions.permissionsUsed``); other top-level errors →
  ``CentraRefused`` with Centra's words. ``userErrors``/``userWarnings`` are the caller's
  (``client``): they live inside ``data``.
"""

from __future__ import annotations

import json
import logging
import random
import re
import threading
import time
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any

import httpx
from pydantic import ValidationError

from packstation import __version__
from packstation.centra import errors
from packstation.centra.deadline import DeadlineTransport
from packstation.centra.integration_api.models import GqlError, GqlResponse
from packstation.centra.integration_api.pacing import Pacer
from packstation.centra.order_api.client import SENDABLE_KEY, Timeouts, send_within

log = logging.getLogger("packstation.centra.integration_api")

DEFAULT_RETRY_AFTER = 10.0     # a 429 without a readable Retry-After
MAX_RETRY_AFTER = 3600.0       # never believe a wait longer than an hour
DEFAULT_MAX_RATE_WAIT = 5.0    # wait inside a call at most this long for the rate limit
MAX_RATE_ATTEMPTS = 5          # 429s in a row within one call before giving up
MAX_RETRY_JITTER = 2.0         # spread of the resume times after a shared 429 (seconds)
UNIX_TIMESTAMP_FLOOR = 1_000_000_000.0   # a bigger "seconds" value is a Unix timestamp
NEEDS_PERMISSION = re.compile(r"need[s]?\s+([A-Za-z][\w.]*:(?:read|write))", re.IGNORECASE)
SECRET_VARIABLES = ("comment", "token")


def retry_after_seconds(value: str | None, *, now: float | None = None) -> float | None:
    """Seconds to wait from a ``Retry-After`` value, or ``None`` if it says nothing usable.

    Takes delta-seconds (``"7"``, also ``"1.5"``), an HTTP date (``"Wed, 21 Oct 2026
    07:28:00 GMT"``), a Unix timestamp (``"1795000000"``: Centra's old page says the header
    holds "the timestamp of when you can resume") and an ISO-8601 timestamp. A time in the
    past is 0 s; more than an hour is capped at an hour."""
    if value is None or not value.strip():
        return None
    text = value.strip()
    wall = time.time() if now is None else now
    seconds: float | None = None
    try:
        number = float(text)
    except ValueError:
        number = None
    if number is not None:
        if number != number or number in (float("inf"), float("-inf")):
            return None
        seconds = number - wall if number >= UNIX_TIMESTAMP_FLOOR else number
    else:
        when: datetime | None = None
        try:
            when = parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError):
            try:
                when = datetime.fromisoformat(text.replace("Z", "+00:00"))
            except ValueError:
                return None
        if when.tzinfo is None:
            when = when.replace(tzinfo=UTC)
        seconds = when.timestamp() - wall
    return min(max(seconds, 0.0), MAX_RETRY_AFTER)


def missing_permissions(errs: list[GqlError]) -> tuple[str, ...]:
    """The permissions Centra names in authorization errors ("You need Order:read ...")."""
    found: list[str] = []
    for e in errs:
        names = [e.extensions.permission] if e.extensions.permission else \
            NEEDS_PERMISSION.findall(e.message)
        found.extend(n for n in names if n and n not in found)
    return tuple(found)


def _is_authorization(e: GqlError) -> bool:
    return e.extensions.category.lower() == "authorization" or bool(
        NEEDS_PERMISSION.search(e.message))


def _loggable(variables: Mapping[str, Any] | None) -> dict[str, Any]:
    """Variables for a bug report: ids and numbers as they are, free text by length only."""
    out: dict[str, Any] = {}
    for name, value in (variables or {}).items():
        if any(s in name.lower() for s in SECRET_VARIABLES) or isinstance(value, Mapping):
            out[name] = f"<{type(value).__name__}>"
        else:
            out[name] = value
    return out


class GraphQLTransport:
    """One token, one ``…/graphql`` URL, one shared keep-alive pool (thread-safe)."""

    def __init__(
        self,
        url: str,
        token: str,
        *,
        timeouts: Timeouts | None = None,
        transport: httpx.BaseTransport | None = None,
        max_rate_wait: float = DEFAULT_MAX_RATE_WAIT,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
        pacer: Pacer | None = None,
        rng: random.Random | None = None,
    ) -> None:
        self.url = url.strip().rstrip("/")
        self.timeouts = timeouts or Timeouts()
        self.max_rate_wait = max_rate_wait
        self._sleep = sleep
        self._clock = clock
        # The bench's share of the environment's quota, kept locally (``pacing``); None:
        # only Centra's 429s pace this client.
        self.pacer = pacer
        self._rng = rng or random.Random()
        key = token.strip()
        if key.lower().startswith("bearer "):   # pasted with its scheme
            key = key[7:].strip()
        self._token_sendable = bool(SENDABLE_KEY.match(key))
        self._http = httpx.Client(
            headers={
                "Authorization": f"Bearer {key}" if self._token_sendable else "",
                "Accept": "application/json",
                "User-Agent": f"Packstation/{__version__}",
            },
            timeout=self.timeouts.for_call(write=False),
            transport=transport if transport is not None else DeadlineTransport(),
            follow_redirects=False,
        )
        self._lock = threading.Lock()
        self._blocked_until = 0.0          # monotonic: no request before (after a 429)
        # After a 429 that names the mutation quota: no mutation before this, while reads
        # (a packer's lookups) go on; they have their own quota.
        self._mutations_blocked_until = 0.0
        self.permissions_used: tuple[str, ...] = ()
        self.requests_sent = 0
        self.rate_limited = 0
        self._logged_once: set[str] = set()

    def __repr__(self) -> str:  # never show the token
        return f"GraphQLTransport({self.url!r})"

    def close(self) -> None:
        self._http.close()

    @property
    def blocked_for(self) -> float:
        """Seconds until Centra said requests may resume (0 when not rate-limited)."""
        with self._lock:
            return max(0.0, self._blocked_until - self._clock())

    def _blocked(self, write: bool) -> float:
        """Seconds before a request of this kind may go (a mutation: either block)."""
        with self._lock:
            until = max(self._blocked_until, self._mutations_blocked_until) if write \
                else self._blocked_until
            return max(0.0, until - self._clock())

    def await_room(self, requests: int, mutations: int) -> None:
        """Before a sequence of calls: wait (up to ``max_rate_wait``) until Centra's 429
        wait is over and the bench's share holds ``requests`` requests and ``mutations``
        mutations, else raise ``RateLimited`` at once, having sent nothing. Takes nothing
        from the share (each call does that as it goes)."""
        waited = 0.0
        while True:
            wait = self._blocked(mutations > 0)
            if wait <= 0 and self.pacer is not None:
                wait = self.pacer.wait_for(requests, mutations)
            if wait <= 0:
                return
            if waited + wait > self.max_rate_wait:
                raise errors.RateLimited(wait)
            self._sleep(wait)
            waited += wait

    # ------------------------------------------------------------------------------------

    def execute(self, query: str, variables: Mapping[str, Any] | None = None, *,
                write: bool = False,
                optional: frozenset[str] = frozenset()) -> GqlResponse:
        """Run one operation; ``data`` of a 200 without top-level errors, or raise.
        A missing permission named in ``optional`` only leaves its field ``null`` (logged
        once): the bench can do without it."""
        if not self._token_sendable:
            raise errors.TokenRejected("the token is empty or has characters it cannot have")
        waited = 0.0
        refused = 0
        while True:
            # Centra's 429 (``_blocked``, for every call of this client; a mutation quota's
            # 429 holds mutations only), then the bench's own share (``pacer``, which takes
            # its units only when it says 0).
            wait = self._blocked(write)
            if wait <= 0 and self.pacer is not None:
                wait = self.pacer.reserve(1 if write else 0)
            if wait > 0:
                if waited + wait > self.max_rate_wait:
                    raise errors.RateLimited(wait)
                self._sleep(wait)
                waited += wait
                continue
            try:
                return self._post(query, variables, write, optional)
            except errors.RateLimited as exc:
                refused += 1
                if refused >= MAX_RATE_ATTEMPTS or waited + exc.retry_after > self.max_rate_wait:
                    raise
                # loop: blocked_for now holds the wait

    def _post(self, query: str, variables: Mapping[str, Any] | None,
              write: bool, optional: frozenset[str] = frozenset()) -> GqlResponse:
        body: dict[str, Any] = {"query": query}
        if variables:
            body["variables"] = dict(variables)
        request = self._http.build_request("POST", self.url, json=body)
        with self._lock:
            self.requests_sent += 1
        response, raw = send_within(self._http, request, self.timeouts, write)
        return self._decode(response, raw, query, variables, write, optional)

    def _decode(self, response: httpx.Response, raw: bytes, query: str,
                variables: Mapping[str, Any] | None, write: bool,
                optional: frozenset[str] = frozenset()) -> GqlResponse:
        code = response.status_code
        try:
            data: Any = json.loads(raw) if raw else None
        except (ValueError, RecursionError):
            data = None
        parsed: GqlResponse | None = None
        if isinstance(data, dict):
            try:
                parsed = GqlResponse.model_validate(data)
            except ValidationError:
                parsed = None
        errs = parsed.errors if parsed is not None else []
        messages = tuple(e.message for e in errs if e.message)

        if code == 429:
            self._note_rate_limit(response, errs, write)
            raise errors.RateLimited(self._blocked(write), "; ".join(messages)[:200])
        if code in (200, 403) and parsed is not None and (
                self._only_optional(parsed, optional)
                or (write and self._mutation_ran(parsed))):
            self._note_extensions(parsed)
            return parsed
        if code in (401, 403):
            if parsed is not None and errs and all(_is_authorization(e) for e in errs):
                raise self._permission_error(parsed, code)
            raise errors.TokenRejected(status_code=code)
        if code == 400:
            log.error("Bug report: Centra answered 400 to a GraphQL request. Errors: %s. "
                      "Variables: %s. Query:\n%s", list(messages) or raw[:500],
                      _loggable(variables), query.strip())
            raise errors.RequestRejected("; ".join(messages)[:300], messages=messages)
        if code == 404:
            raise errors.CentraUnavailable(
                "HTTP 404: check that the address is the …/graphql one", status_code=code)
        if code == 499 or code >= 500:
            raise errors.CentraUnavailable(f"HTTP {code}", status_code=code,
                                           outcome_unknown=write)
        if parsed is None:
            kind = "a web page" if b"<html" in raw[:512].lower() else "unreadable data"
            raise errors.MalformedResponse(f"HTTP {code} with {kind} instead of JSON",
                                           status_code=code, outcome_unknown=write)
        if code != 200:
            raise errors.MalformedResponse(f"HTTP {code}", status_code=code,
                                           outcome_unknown=write)
        self._note_extensions(parsed)
        if errs:
            if any(_is_authorization(e) for e in errs):
                raise self._permission_error(parsed, code)
            raise errors.CentraRefused("; ".join(messages)[:500] or "no reason given",
                                       status_code=code)
        if parsed.data is None:
            raise errors.MalformedResponse("the answer held no data", status_code=code,
                                           outcome_unknown=write)
        return parsed

    def _only_optional(self, parsed: GqlResponse, optional: frozenset[str]) -> bool:
        """Every error is a missing permission the caller can do without (open question 6:
        such an answer may come as 200 or as 403, with the data beside it)."""
        if not (parsed.errors and optional and parsed.data is not None):
            return False
        if not all(_is_authorization(e) for e in parsed.errors):
            return False
        missing = missing_permissions(parsed.errors)
        if not missing or not set(missing) <= optional:
            return False
        self._note_once(f"optional:{missing}", "Centra: the token lacks %s; Packstation "
                        "does without it", ", ".join(missing))
        return True

    def _mutation_ran(self, parsed: GqlResponse) -> bool:
        """The mutation itself ran (its payload is there) and only fields of the payload
        were withheld for want of a read permission (``paymentHistoryEntry`` without
        ``PaymentHistory:read``, say). Raising would hide a write that happened."""
        data = parsed.data or {}
        if not parsed.errors or not all(_is_authorization(e) for e in parsed.errors):
            return False
        for e in parsed.errors:
            path = e.path or []
            if len(path) < 2 or not isinstance(path[0], str) or data.get(path[0]) is None:
                return False
        missing = missing_permissions(parsed.errors)
        self._note_once(f"payload:{missing}", "Centra: the token lacks %s; the answer to a "
                        "mutation came without those fields", ", ".join(missing) or "?")
        return True

    def _permission_error(self, parsed: GqlResponse, code: int) -> errors.PermissionMissing:
        auth = [e for e in parsed.errors if _is_authorization(e)]
        missing = missing_permissions(auth)
        used = tuple(parsed.extensions.permissions_used)
        log.warning("Centra: the token lacks %s (this request used %s)",
                    ", ".join(missing) or "a permission", ", ".join(used) or "?")
        detail = "" if missing else (auth[0].message[:200] if auth else "")
        return errors.PermissionMissing(missing, detail, permissions_used=used,
                                        status_code=code)

    def _note_rate_limit(self, response: httpx.Response, errs: list[GqlError],
                         write: bool = True) -> None:
        seconds = retry_after_seconds(response.headers.get("Retry-After"))
        if seconds is None:
            hinted = [e.extensions.retry_after_seconds for e in errs
                      if e.extensions.retry_after_seconds is not None]
            seconds = min(max(hinted[0], 0.0), MAX_RETRY_AFTER) if hinted \
                else DEFAULT_RETRY_AFTER
        # Jitter: benches refused together are told the same resume time (whole seconds
        # at best); a random part of up to a quarter of the wait (at most 2 s) spreads
        # their return so the quota is not met by all of them in the same instant again.
        seconds += self._rng.uniform(0.0, min(MAX_RETRY_JITTER, 0.25 * seconds + 0.1))
        only_mutations = write and bool(errs) and all(
            e.extensions.limit_type == "MUTATION_COUNT" for e in errs)
        with self._lock:
            if only_mutations:
                self._mutations_blocked_until = max(self._mutations_blocked_until,
                                                    self._clock() + seconds)
            else:
                self._blocked_until = max(self._blocked_until, self._clock() + seconds)
            self.rate_limited += 1
        log.info("Centra: rate limit reached; waiting %.1f s (Retry-After %r)",
                 seconds, response.headers.get("Retry-After"))

    def _note_extensions(self, parsed: GqlResponse) -> None:
        ext = parsed.extensions
        if ext.permissions_used:
            self.permissions_used = tuple(ext.permissions_used)
        for item in [*ext.deprecated_fields_used, *ext.deprecated_permissions_used]:
            key = json.dumps(item, sort_keys=True, default=str)
            self._note_once(key, "Centra: deprecated in the Integration API: %s", key[:300])

    def _note_once(self, key: str, message: str, *args: object) -> None:
        with self._lock:
            if key in self._logged_once:
                return
            self._logged_once.add(key)
        log.warning(message, *args)
