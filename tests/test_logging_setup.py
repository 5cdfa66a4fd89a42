"""The log file: written where IT looks for it, never containing the API key."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from packstation.app.logging_setup import LOG_FILE, configure_logging
from packstation.station.secrets import ENV_VAR, Secret

KEY = "ck_live_9f3b2c1d8e7a6b5c4d3e2f1a0b9c8d7e"


@pytest.fixture
def logger() -> Iterator[logging.Logger]:
    root = logging.getLogger("packstation-test-root")
    root.propagate = False
    yield root
    for handler in list(root.handlers):
        root.removeHandler(handler)
        handler.close()


def read_log(folder: Path) -> str:
    return (folder / LOG_FILE).read_text(encoding="utf-8")


def test_known_key_never_reaches_the_file(tmp_path: Path, logger: logging.Logger) -> None:
    path = configure_logging(tmp_path / "logs", lambda: [Secret(KEY)], root=logger)
    assert path == tmp_path / "logs" / LOG_FILE
    logger.info("sending key %s to Centra", KEY)
    logger.getChild("centra").warning(f"header API-Authorization: {KEY} rejected")
    try:
        raise ValueError(f"bad key {KEY}")
    except ValueError:
        logger.exception("lookup failed")
    text = read_log(tmp_path / "logs")
    assert KEY not in text
    assert "sending key •••• to Centra" in text
    assert "ValueError: bad key ••••" in text  # the traceback is kept, the key is not


def test_environment_key_is_redacted_without_being_registered(
    tmp_path: Path, logger: logging.Logger, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ENV_VAR, KEY)
    configure_logging(tmp_path, lambda: [], root=logger)
    logger.warning("kiosk key is %s", KEY)
    assert KEY not in read_log(tmp_path)


def test_keylike_text_is_cut_even_when_unknown(tmp_path: Path, logger: logging.Logger) -> None:
    configure_logging(tmp_path, lambda: [], root=logger)
    logger.info("api_key=abcdef123456 used")
    assert "abcdef123456" not in read_log(tmp_path)


def test_broken_secret_provider_does_not_stop_logging(
    tmp_path: Path, logger: logging.Logger
) -> None:
    def broken() -> list[str]:
        raise RuntimeError("keyring gone")

    configure_logging(tmp_path, broken, root=logger)
    logger.info("still here")
    assert "still here" in read_log(tmp_path)


def test_unwritable_folder_falls_back_without_crashing(
    tmp_path: Path, logger: logging.Logger
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    assert configure_logging(blocker / "logs", root=logger) is None
    logger.info("no crash")


def test_no_stderr_in_a_windowed_build(
    tmp_path: Path, logger: logging.Logger, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.stderr", None)
    configure_logging(tmp_path, root=logger)
    logger.error("windowed")
    ours = [h for h in logger.handlers if getattr(h, "_packstation", False)]
    assert [type(h).__name__ for h in ours] == ["RotatingFileHandler"]
    assert "windowed" in read_log(tmp_path)


def test_reconfiguring_replaces_handlers(tmp_path: Path, logger: logging.Logger) -> None:
    configure_logging(tmp_path, root=logger)
    configure_logging(tmp_path, root=logger)
    logger.info("once")
    assert read_log(tmp_path).count("once") == 1
