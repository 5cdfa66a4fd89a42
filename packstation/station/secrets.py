"""The Centra API key: kept in the OS keyring, never in settings files or logs.

Lookup order in :meth:`ApiKeyStore.load`:

1. ``PACKSTATION_API_KEY`` in the environment (unattended kiosks),
2. a key the operator chose to keep for *this session only* (no keyring on this PC),
3. the OS keyring (Windows Credential Manager, macOS Keychain, Secret Service).

There is deliberately no plaintext fallback: if no secure backend exists, :meth:`save`
says so in plain words and writes nothing anywhere.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

import keyring
import keyring.backend
import keyring.errors

from packstation.centra.connection import normalise_base_url

from .secret_value import ENV_VAR as ENV_VAR  # re-exported
from .secret_value import Secret as Secret  # re-exported

DEFAULT_SERVICE = "Packstation"
# Windows Credential Manager rejects blobs over 2560 bytes (1280 UTF-16 chars) with the
# cryptic error 1783 "The stub received bad data" (jaraco/keyring#355, #540).
MAX_KEY_CHARS = 1200
_WIN_ERROR_BAD_STUB_DATA = 1783

# Backends that either store nothing (fail, null) or store in plaintext (keyrings.alt).
_INSECURE_BACKENDS = frozenset(
    {
        "keyring.backends.fail.Keyring",
        "keyring.backends.null.Keyring",
        "keyrings.alt.file.PlaintextKeyring",
        "keyrings.alt.file.EncryptedKeyring",
        "keyrings.alt.Gnome.Keyring",
        "keyrings.alt.Google.DocsKeyring",
        "keyrings.alt.pyfs.PlaintextKeyring",
        "keyrings.alt.pyfs.EncryptedKeyring",
    }
)


class KeySource(StrEnum):
    ENVIRONMENT = "environment"
    KEYRING = "keyring"
    SESSION = "session"
    NONE = "none"


@dataclass(frozen=True)
class KeyLookup:
    """Result of :meth:`ApiKeyStore.load`. ``problem`` explains a keyring failure in plain words."""

    key: Secret | None
    source: KeySource
    problem: str = ""

    @property
    def found(self) -> bool:
        return self.key is not None


@dataclass(frozen=True)
class SaveResult:
    """Result of :meth:`ApiKeyStore.save`. ``reason`` is shown to the operator when not stored."""

    stored: bool
    reason: str = ""


def _qualname(backend: object) -> str:
    cls = type(backend)
    return f"{cls.__module__}.{cls.__qualname__}"


def _is_secure(backend: keyring.backend.KeyringBackend) -> bool:
    """False for backends that store nothing or store plaintext (also inside a chainer)."""
    name = _qualname(backend)
    if name in _INSECURE_BACKENDS:
        return False
    if name == "keyring.backends.chainer.ChainerBackend":
        members: list[keyring.backend.KeyringBackend] = list(
            getattr(type(backend), "backends", None) or []
        )
        return bool(members) and all(_is_secure(m) for m in members)
    return True


class ApiKeyStore:
    """Load, save and delete the Centra API key for one base URL.

    ``keyring_backend`` pins a backend (tests, or a backend recorded at first run);
    otherwise ``keyring.get_keyring()`` is asked on every call. No method raises for
    keyring trouble: failures come back as plain-words results.
    """

    def __init__(
        self,
        service: str = DEFAULT_SERVICE,
        keyring_backend: keyring.backend.KeyringBackend | None = None,
        environ: Mapping[str, str] | None = None,
    ) -> None:
        self._service = service
        self._pinned = keyring_backend
        self._environ = environ
        self._lock = threading.Lock()
        self._session: dict[str, Secret] = {}
        self._seen: dict[str, Secret] = {}  # every key value handled, for audit redaction

    def __repr__(self) -> str:
        return f"ApiKeyStore(service={self._service!r}, backend={self.backend_name()!r})"

    # -- backend -------------------------------------------------------------------

    def _backend(self) -> keyring.backend.KeyringBackend:
        return self._pinned if self._pinned is not None else keyring.get_keyring()

    def backend_available(self) -> bool:
        """True if a secure OS credential store is usable on this computer."""
        try:
            return _is_secure(self._backend())
        except Exception:  # a broken backend import must not crash the app
            return False

    def backend_name(self) -> str:
        try:
            return _qualname(self._backend())
        except Exception:
            return "unknown"

    # -- operations ----------------------------------------------------------------

    def known_secrets(self) -> list[Secret]:
        """Every key this store has handled in this process (feed to ``audit.redact``)."""
        with self._lock:
            return list(self._seen.values())

    def _remember(self, key: Secret) -> Secret:
        with self._lock:
            self._seen[key.reveal()] = key
        return key

    def load(self, base_url: str) -> KeyLookup:
        env = os.environ if self._environ is None else self._environ
        env_key = env.get(ENV_VAR, "").strip()
        if env_key:
            return KeyLookup(self._remember(Secret(env_key)), KeySource.ENVIRONMENT)
        user = normalise_base_url(base_url)
        with self._lock:
            session_key = self._session.get(user)
        if session_key is not None:
            return KeyLookup(session_key, KeySource.SESSION)
        if not self.backend_available():
            return KeyLookup(None, KeySource.NONE, _NO_BACKEND)
        try:
            value = self._backend().get_password(self._service, user)
        except Exception as exc:  # KeyringError, NoKeyringError (RuntimeError), pywin32 errors
            return KeyLookup(None, KeySource.NONE, _read_failed(exc))
        if not value:
            return KeyLookup(None, KeySource.NONE)
        return KeyLookup(self._remember(Secret(value)), KeySource.KEYRING)

    def save(self, base_url: str, key: str | Secret) -> SaveResult:
        plain = (key.reveal() if isinstance(key, Secret) else key).strip()
        user = normalise_base_url(base_url)
        if not plain:
            return SaveResult(False, "The API key is empty.")
        self._remember(Secret(plain))
        if not user:
            return SaveResult(False, "Set the Centra address before saving the API key.")
        if len(plain) > MAX_KEY_CHARS:
            return SaveResult(
                False,
                f"The API key is longer than {MAX_KEY_CHARS} characters, which the Windows "
                "credential store cannot hold. Check that only the key was pasted.",
            )
        if not self.backend_available():
            return SaveResult(False, _NO_BACKEND)
        try:
            self._backend().set_password(self._service, user, plain)
        except Exception as exc:
            return SaveResult(False, _write_failed(exc))
        with self._lock:
            self._session.pop(user, None)
        return SaveResult(True)

    def delete(self, base_url: str) -> bool:
        """Forget the key for ``base_url`` (session copy and keyring). True if one was removed."""
        user = normalise_base_url(base_url)
        with self._lock:
            removed = self._session.pop(user, None) is not None
        if not self.backend_available():
            return removed
        try:
            self._backend().delete_password(self._service, user)
        except Exception:  # PasswordDeleteError when absent; other errors: nothing to do
            return removed
        return True

    def keep_in_memory(self, base_url: str, key: str | Secret) -> None:
        """The operator's explicit "this session only" choice when no keyring exists.

        The key is bound to ``base_url`` so that changing the address never sends it to
        another server. It is gone when the process exits.
        """
        plain = (key.reveal() if isinstance(key, Secret) else key).strip()
        if not plain:
            raise ValueError("The API key is empty.")
        self._remember(Secret(plain))
        with self._lock:
            self._session[normalise_base_url(base_url)] = Secret(plain)

    def forget_session(self) -> None:
        with self._lock:
            self._session.clear()


_NO_BACKEND = (
    "This computer has no secure password store, so the API key cannot be remembered. "
    "You can use it for this session only, or ask IT to set PACKSTATION_API_KEY."
)


def _winerror(exc: BaseException) -> int | None:
    code = getattr(exc, "winerror", None)
    if code is None and exc.args and isinstance(exc.args[0], int):
        code = exc.args[0]
    return code if isinstance(code, int) else None


def _read_failed(exc: BaseException) -> str:
    if isinstance(exc, keyring.errors.NoKeyringError):
        return _NO_BACKEND
    if isinstance(exc, keyring.errors.KeyringLocked):
        return "The password store is locked. Unlock it and try again."
    # Only the exception type: a backend message could in theory echo input back.
    return f"The password store could not be read ({type(exc).__name__})."


def _write_failed(exc: BaseException) -> str:
    if isinstance(exc, keyring.errors.NoKeyringError):
        return _NO_BACKEND
    if isinstance(exc, keyring.errors.KeyringLocked):
        return "The password store is locked, so the API key was not remembered."
    if _winerror(exc) == _WIN_ERROR_BAD_STUB_DATA:
        return "The Windows credential store refused the key because it is too long."
    return f"The password store refused the API key ({type(exc).__name__}); it was not remembered."
