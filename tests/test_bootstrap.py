"""The bootstrap (issue #17, points 8 and 9): it names the missing desktop library
before Qt aborts, and installs once, again only when pyproject.toml changes."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

# The embeddable CPython the wine job runs the suite with has no venv module.
pytest.importorskip("venv", reason="this Python has no venv module (embeddable CPython)")

from packstation import bootstrap
from packstation.app import desktop_check
from packstation.app.desktop_check import PACKAGE, missing_desktop_library

X11 = {"DISPLAY": ":0"}


def test_missing_xcb_cursor_is_named() -> None:
    hint = missing_desktop_library(X11, find=lambda name: None, platform="linux")
    assert PACKAGE in hint and "apt install libxcb-cursor0" in hint


def test_no_hint_when_present_or_not_needed() -> None:
    present = missing_desktop_library(X11, find=lambda name: "libxcb-cursor.so.0",
                                      platform="linux")
    assert present == ""
    absent = lambda name: None  # noqa: E731
    assert missing_desktop_library({**X11, "QT_QPA_PLATFORM": "offscreen"}, find=absent,
                                   platform="linux") == ""
    assert missing_desktop_library({}, find=absent, platform="linux") == ""  # no display
    assert missing_desktop_library(X11, find=absent, platform="win32") == ""


def test_demo_stops_with_the_hint_before_installing(monkeypatch: pytest.MonkeyPatch,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(bootstrap, "missing_desktop_library",
                        lambda: desktop_check.INSTALL_HINT)
    calls: list[object] = []
    monkeypatch.setattr(subprocess, "call", lambda *a, **k: calls.append(a) or 0)
    monkeypatch.setattr(subprocess, "check_call", lambda *a, **k: calls.append(a) or 0)
    assert bootstrap.main(["demo"]) == 3
    assert calls == []
    assert "libxcb-cursor0" in capsys.readouterr().err


@pytest.fixture
def checkout(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, list[list[str]]]:
    """A checkout with a (fake) .venv; returns its root and the pip commands run."""
    root = tmp_path / "checkout"
    venv = root / ".venv"
    py = venv / "bin" / "python"
    py.parent.mkdir(parents=True)
    py.write_text("")
    (root / "pyproject.toml").write_text("[project]\nname = 'x'\n")
    monkeypatch.setattr(bootstrap, "ROOT", root)
    monkeypatch.setattr(bootstrap, "VENV", venv)
    monkeypatch.setattr(bootstrap, "venv_python", lambda: py)
    pip: list[list[str]] = []
    monkeypatch.setattr(subprocess, "check_call",
                        lambda cmd, **kw: pip.append(list(cmd)) or 0)
    return root, pip


def test_installs_once_and_again_when_pyproject_changes(
        checkout: tuple[Path, list[list[str]]]) -> None:
    root, pip = checkout
    bootstrap.ensure_venv("")
    bootstrap.ensure_venv("")
    assert len(pip) == 1 and pip[0][-2:] == ["-e", "."]
    bootstrap.ensure_venv("test")  # other extras: their own install
    assert len(pip) == 2 and pip[1][-1] == ".[test]"
    (root / "pyproject.toml").write_text("[project]\nname = 'x'\nversion = '2'\n")
    bootstrap.ensure_venv("")
    assert len(pip) == 3
    bootstrap.ensure_venv("")
    assert len(pip) == 3
    bootstrap.ensure_venv("test")  # pyproject changed since the test extras' install
    assert len(pip) == 4


def test_app_install_is_covered_by_an_extras_install(
        checkout: tuple[Path, list[list[str]]]) -> None:
    _, pip = checkout
    bootstrap.ensure_venv("test")
    bootstrap.ensure_venv("")  # `bootstrap demo` after `bootstrap test`: nothing to install
    assert len(pip) == 1
