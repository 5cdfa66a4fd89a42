"""Logging for a windowed app: a rotating file in the user's data folder, secrets redacted.

A PyInstaller ``--windowed`` build has ``sys.stdout``/``sys.stderr`` set to ``None``, so
a handler on stderr would crash at start-up and tracebacks would vanish. Everything goes
to ``<data>/logs/packstation.log`` (5 × 1 MB) instead, plus stderr when there is one.

Every handler carries a :class:`RedactingFilter` that cuts known secrets (the API key,
and anything shaped like ``api_key=…``/``Authorization: Bearer …``) and e-mail addresses
from the message, the traceback and the stack, using the same :func:`packstation.station.redaction.redact`
as the audit log.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import sys
import types
from collections.abc import Callable, Iterable
from pathlib import Path

from packstation.station.redaction import redact, redact_personal
from packstation.station.secret_value import ENV_VAR, Secret

LOG_FILE = "packstation.log"
MAX_BYTES = 1_000_000
BACKUPS = 5
FORMAT = "%(asctime)s %(levelname)-7s %(name)s: %(message)s"

SecretProvider = Callable[[], Iterable[str | Secret]]


def env_secrets() -> list[str | Secret]:
    """The kiosk key from the environment, if any (always redacted)."""
    value = os.environ.get(ENV_VAR, "").strip()
    return [value] if value else []


class RedactingFilter(logging.Filter):
    """Rewrites each record so that no known secret reaches any handler."""

    def __init__(self, secrets: SecretProvider = env_secrets) -> None:
        super().__init__()
        self._secrets = secrets

    def _known(self) -> list[str | Secret]:
        try:
            return [*self._secrets(), *env_secrets()]
        except Exception:  # a broken provider must not stop logging
            return env_secrets()

    def filter(self, record: logging.LogRecord) -> bool:
        known = self._known()
        try:
            message = record.getMessage()
        except Exception:  # bad %-args: keep the raw template rather than lose the record
            message = str(record.msg)
        record.msg = redact_personal(redact(message, known))
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact_personal(redact(record.exc_text, known))
        if record.stack_info:
            record.stack_info = redact(record.stack_info, known)
        return True


def configure_logging(
    log_dir: Path | None,
    secrets: SecretProvider = env_secrets,
    *,
    level: int = logging.INFO,
    root: logging.Logger | None = None,
) -> Path | None:
    """Install the file (and, if present, stderr) handlers on ``root``.

    Returns the log file path, or None when ``log_dir`` is None or not writable (then
    only stderr is used, if it exists). Calling it again replaces the handlers it added.
    """
    logger = logging.getLogger() if root is None else root
    for handler in list(logger.handlers):
        if getattr(handler, "_packstation", False):
            logger.removeHandler(handler)
            handler.close()
    redactor = RedactingFilter(secrets)
    formatter = logging.Formatter(FORMAT)
    log_file: Path | None = None
    if log_dir is not None:
        try:
            log_dir.mkdir(parents=True, exist_ok=True)
            file_handler = logging.handlers.RotatingFileHandler(
                log_dir / LOG_FILE, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8"
            )
        except OSError:
            file_handler = None
        if file_handler is not None:
            _add(logger, file_handler, redactor, formatter)
            log_file = log_dir / LOG_FILE
    if sys.stderr is not None:
        _add(logger, logging.StreamHandler(sys.stderr), redactor, formatter)
    logger.setLevel(level)
    # httpx logs every request at INFO: a full shift would bury what matters.
    logging.getLogger("httpx").setLevel(max(level, logging.WARNING))
    logging.getLogger("httpcore").setLevel(max(level, logging.WARNING))
    return log_file


def _add(
    logger: logging.Logger,
    handler: logging.Handler,
    redactor: logging.Filter,
    formatter: logging.Formatter,
) -> None:
    handler.addFilter(redactor)
    handler.setFormatter(formatter)
    handler._packstation = True  # type: ignore[attr-defined]
    logger.addHandler(handler)


def log_uncaught_exceptions(logger: logging.Logger | None = None) -> None:
    """Send uncaught exceptions to the log (a windowed build has nowhere else to print)."""
    target = logging.getLogger("packstation") if logger is None else logger

    def hook(
        exc_type: type[BaseException],
        exc: BaseException,
        tb: types.TracebackType | None,
    ) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        target.critical("Uncaught exception", exc_info=(exc_type, exc, tb))

    sys.excepthook = hook
