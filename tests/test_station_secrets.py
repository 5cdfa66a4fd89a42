"""ApiKeyStore: keyring, no-keyring, session-only and environment paths; no key leaks."""

from __future__ import annotations

import pickle
from collections.abc import Iterator
from pathlib import Path

import keyring
import keyring.backend
import keyring.backends.fail
import keyring.backends.null
import keyring.errors
import pytest

from packstation.station.audit import AuditKind, AuditLog
from packstation.station.paths import AppPaths
from packstation.station.secrets import (
    ENV_VAR,
    ApiKeyStore,
    KeySource,
    Secret,
)
from packstation.station.settings import BASE_URL, STATION_NAME, StationSettings
from tests.station_fixtures import MemoryKeyring

URL = "https://acme.centra.com/api/order"
KEY = "ck_live_9f3b2c1d8e7a6b5c4d3e2f1a0b9c8d7e"


class BrokenKeyring(MemoryKeyring):
    def __init__(self, exc: Exception) -> None:
        super().__init__()
        self.exc = exc

    def get_password(self, service: str, username: str) -> str | None:
        raise self.exc

    def set_password(self, service: str, username: str, password: str) -> None:
        raise self.exc


@pytest.fixture(autouse=True)
def _no_env_key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ENV_VAR, raising=False)


@pytest.fixture
def mem_keyring() -> Iterator[MemoryKeyring]:
    old = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(old)


@pytest.fixture
def no_keyring() -> Iterator[None]:
    old = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())  # type: ignore[no-untyped-call]
    try:
        yield
    finally:
        keyring.set_keyring(old)


def test_secret_never_shows_itself() -> None:
    s = Secret(KEY)
    assert KEY not in repr(s)
    assert KEY not in str(s)
    assert KEY not in f"{s} {s!r} {s:>10}"
    assert repr(s) == "Secret('••••')"
    assert s.reveal() == KEY
    assert s == Secret(KEY)
    assert s != Secret("other")
    with pytest.raises(TypeError):
        pickle.dumps(s)


def test_save_and_load_through_keyring(mem_keyring: MemoryKeyring) -> None:
    store = ApiKeyStore()
    assert store.backend_available()
    assert "MemoryKeyring" in store.backend_name()
    result = store.save(URL + "/", KEY)
    assert result.stored and result.reason == ""
    # username is the normalised base URL
    assert mem_keyring.store == {("Packstation", URL): KEY}
    found = store.load(URL)
    assert found.source is KeySource.KEYRING
    assert found.key is not None and found.key.reveal() == KEY
    assert KEY not in repr(found) and KEY not in repr(store)


def test_delete(mem_keyring: MemoryKeyring) -> None:
    store = ApiKeyStore()
    store.save(URL, KEY)
    assert store.delete(URL + "/")
    assert mem_keyring.store == {}
    assert store.load(URL).source is KeySource.NONE
    assert not store.delete(URL)  # already gone: no exception


def test_no_keyring_save_says_unavailable_and_writes_nothing(
    no_keyring: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    store = ApiKeyStore()
    assert not store.backend_available()
    result = store.save(URL, KEY)
    assert not result.stored
    assert "no secure password store" in result.reason
    assert KEY not in result.reason
    assert list(tmp_path.rglob("*")) == []
    lookup = store.load(URL)
    assert lookup.source is KeySource.NONE and lookup.key is None
    assert "no secure password store" in lookup.problem


def test_session_only_choice(no_keyring: None) -> None:
    store = ApiKeyStore()
    store.keep_in_memory(URL, KEY)
    found = store.load(URL + "/")
    assert found.source is KeySource.SESSION
    assert found.key == Secret(KEY)
    # bound to the address: a different server never receives it
    assert store.load("https://evil.example.com").key is None
    store.forget_session()
    assert store.load(URL).key is None


def test_environment_overrides_keyring(
    mem_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = ApiKeyStore()
    store.save(URL, KEY)
    monkeypatch.setenv(ENV_VAR, "  env-key-1234  ")
    found = store.load(URL)
    assert found.source is KeySource.ENVIRONMENT
    assert found.key == Secret("env-key-1234")


def test_environment_works_without_keyring(no_keyring: None) -> None:
    store = ApiKeyStore(environ={ENV_VAR: "kiosk-key-5678"})
    assert store.load(URL).source is KeySource.ENVIRONMENT


@pytest.mark.parametrize(
    "backend",
    [keyring.backends.fail.Keyring(), keyring.backends.null.Keyring()],  # type: ignore[no-untyped-call]
    ids=["fail", "null"],
)
def test_injected_insecure_backend_is_unavailable(
    backend: keyring.backend.KeyringBackend,
) -> None:
    store = ApiKeyStore(keyring_backend=backend)
    assert not store.backend_available()
    assert not store.save(URL, KEY).stored


def test_plaintext_backend_is_refused() -> None:
    # keyrings.alt's PlaintextKeyring would write the key to a file: never use it.
    fake = type("PlaintextKeyring", (MemoryKeyring,), {"__module__": "keyrings.alt.file"})
    backend = fake()
    store = ApiKeyStore(keyring_backend=backend)
    assert not store.backend_available()
    assert not store.save(URL, KEY).stored
    assert backend.store == {}


def test_keyring_errors_become_plain_results() -> None:
    store = ApiKeyStore(keyring_backend=BrokenKeyring(keyring.errors.PasswordSetError(KEY)))
    result = store.save(URL, KEY)
    assert not result.stored
    assert "refused" in result.reason and KEY not in result.reason
    lookup = store.load(URL)
    assert lookup.key is None and KEY not in lookup.problem


def test_keyring_locked() -> None:
    store = ApiKeyStore(keyring_backend=BrokenKeyring(keyring.errors.KeyringLocked()))
    assert "locked" in store.save(URL, KEY).reason
    assert "locked" in store.load(URL).problem


def test_windows_too_long_error() -> None:
    err = OSError(1783, "CredWrite", "The stub received bad data")
    err.winerror = 1783  # type: ignore[attr-defined]
    store = ApiKeyStore(keyring_backend=BrokenKeyring(err))
    assert "too long" in store.save(URL, KEY).reason


def test_overlong_key_refused_before_keyring(mem_keyring: MemoryKeyring) -> None:
    result = ApiKeyStore().save(URL, "x" * 5000)
    assert not result.stored and "longer than" in result.reason
    assert mem_keyring.store == {}


def test_empty_key_or_url_refused(mem_keyring: MemoryKeyring) -> None:
    store = ApiKeyStore()
    assert not store.save(URL, "   ").stored
    assert not store.save("", KEY).stored
    with pytest.raises(ValueError):
        store.keep_in_memory(URL, " ")


def test_key_never_reaches_disk(mem_keyring: MemoryKeyring, tmp_path: Path) -> None:
    """Save a key, write settings and audit rows that mention it: no file contains it."""
    from packstation.station.qsettings_store import QSettingsStorage

    paths = AppPaths(tmp_path / "data").ensure()
    store = ApiKeyStore()
    assert store.save(URL, KEY).stored

    qs = QSettingsStorage.at_path(tmp_path / "config" / "packstation.ini")
    settings = StationSettings(qs)
    settings.set(BASE_URL, URL, supervisor=True)
    settings.set(STATION_NAME, "Station 3", supervisor=True)
    qs.sync()

    log = AuditLog(paths.audit_db, secrets=store.known_secrets)
    log.record(AuditKind.SETTING_CHANGED, station="Station 3", operator="Anna",
               detail=f"oops the key is {KEY}")
    log.record(AuditKind.SIGN_IN, station="Station 3", operator=KEY, shipment=KEY,
               detail=f"Authorization: Bearer {KEY}")
    # a key the store never saw is still cut when it looks like a credential
    log.record(AuditKind.SIGN_IN, station="S", operator="A", detail="api_key=zzUNSEENzz123")
    log.export_csv(paths.data_dir / "audit.csv")
    assert len(log.entries()) == 3

    files = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert any(p.suffix == ".ini" for p in files)
    assert any(p.name.startswith("audit.sqlite3") for p in files)
    for path in files:
        data = path.read_bytes()
        for needle in (KEY.encode(), KEY.encode("utf-16-le"), b"zzUNSEENzz123"):
            assert needle not in data, f"key leaked into {path}"
