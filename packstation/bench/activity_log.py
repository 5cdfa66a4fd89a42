"""What happened at the bench, in the log file, for whoever supports the station.

One line per thing a supporter asks about: the start (version, station, Centra host,
where the key came from), each lookup and its outcome, each completion and how it ended,
each outbox transition (saved, waiting, sent, refused), and every warning or error the
packer was shown. Qt-free: ``app.compose.build_bench`` connects the bench's signals to it.

No personal data: a line names shipment and order IDs, carriers and tracking numbers,
never the customer's name, address, e-mail, phone or comments. The API key never reaches
this module, and the log handlers cut it (and e-mail addresses) out anyway
(``logging_setup.RedactingFilter``).
"""

from __future__ import annotations

import logging
import platform
import time
from urllib.parse import urlsplit

from packstation import __version__
from packstation.centra.domain import LookupResult
from packstation.centra.errors import CentraError
from packstation.outbox.model import OutboxEntry, OutboxError, State

log = logging.getLogger("packstation.activity")


def api_host(base_url: str) -> str:
    """Only scheme, host and port of the Centra address (a path may hold a shop's token)."""
    parts = urlsplit(base_url)
    host = parts.hostname or "?"
    port = f":{parts.port}" if parts.port else ""
    return f"{parts.scheme or '?'}://{host}{port}"


def log_start(*, station: str, base_url: str, key_source: str, demo: bool,
              data_dir: str, log_file: str | None, api: str = "order") -> None:
    log.info("Packstation %s starting%s: station %r, Centra %s (%s API), API key from %s, "
             "data folder %s, log %s (Python %s, %s)", __version__, " (DEMO)" if demo else "",
             station, api_host(base_url), "Integration" if api == "integration" else "Order",
             key_source, data_dir, log_file or "(stderr only)",
             platform.python_version(), platform.platform(terse=True))


def _error(exc: BaseException) -> str:
    if isinstance(exc, CentraError):
        status = f" HTTP {exc.status_code}" if exc.status_code else ""
        return f"{type(exc).__name__}{status}: {exc.message}"
    if isinstance(exc, OutboxError):
        return f"{type(exc).__name__}: {exc}"
    return f"{type(exc).__name__}: {exc}"


def log_lookup(outcome: object) -> None:
    """``BenchController.lookup_finished``: a ``LookupResult`` or the exception."""
    if isinstance(outcome, LookupResult):
        ids = ", ".join(f"{f.shipment.shipment_id} ({f.state.value})" for f in outcome.found)
        log.info("Lookup %s: %s%s", outcome.query, outcome.outcome.value,
                 f" [{ids}]" if ids else "")
    elif isinstance(outcome, BaseException):
        level = logging.WARNING if isinstance(outcome, CentraError) else logging.ERROR
        log.log(level, "Lookup failed: %s", _error(outcome))


def log_completion(shipment_id: str, ok: bool) -> None:
    """``BenchController.completion_finished``."""
    if ok:
        log.info("Completion %s: finished at the bench (sent, or saved to send)", shipment_id)
    else:
        log.warning("Completion %s: not done (see the message above)", shipment_id)


def log_shown(tone: str, title: str, hint: str) -> None:
    """Every warning and error the packer was shown (refusals included), as shown."""
    if tone == "error":
        log.error("Shown: %s | %s", title, hint)
    elif tone == "warn":
        log.warning("Shown: %s | %s", title, hint)
    elif tone == "ok":
        log.info("Shown: %s", title)


def describe_entry(entry: OutboxEntry) -> str:
    text = (f"{entry.shipment_id} (order {entry.order_id}, entry {entry.id}) {entry.state.value}, "
            f"attempt {entry.attempts}, tracking {entry.completion.tracking or '-'}")
    if entry.steps_done:
        text += f", steps done: {'+'.join(entry.steps_done)}"
    if entry.step_sending:
        text += f", sending: {entry.step_sending}"
    if entry.rate_limited:
        text += (", waiting on Centra's rate limit until "
                 f"{time.strftime('%H:%M:%S', time.localtime(entry.next_attempt_at))}")
    if entry.last_error:
        text += f", last error: {entry.last_error}"
    return text


class OutboxTransitions:
    """Logs each change of an outbox entry seen in the delivery snapshots."""

    def __init__(self) -> None:
        self._seen: dict[int, tuple[State, int, tuple[str, ...], str, str]] = {}

    def entry(self, entry: OutboxEntry) -> None:
        key = (entry.state, entry.attempts, entry.steps_done, entry.step_sending,
               entry.waiting_on)
        if self._seen.get(entry.id) == key:
            return
        self._seen[entry.id] = key
        if entry.state is State.REFUSED:
            log.error("Outbox: %s", describe_entry(entry))
        elif entry.state is State.DONE:
            log.info("Outbox: %s", describe_entry(entry))
            self._seen.pop(entry.id, None)
        else:
            level = logging.INFO if entry.attempts == 0 else logging.WARNING
            log.log(level, "Outbox: %s", describe_entry(entry))

    def snapshot(self, snapshot: object) -> None:
        """``DeliveryService.snapshot_ready``: waiting entries, alerts, settled ones."""
        for name in ("waiting", "alerts", "finished"):
            for entry in getattr(snapshot, name, ()):
                if isinstance(entry, OutboxEntry):
                    self.entry(entry)
