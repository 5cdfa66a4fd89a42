"""Translations load, and a pseudo-localised window (every string ~40 % longer, accented)
still fits a 1366x768 screen: no label or button is clipped."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from contextlib import contextmanager
from functools import partial
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from packstation.app.compose import Bench, BenchParts, build_bench
from packstation.app.profiles import TEST
from packstation.centra.order_api.client import CentraClient, Timeouts
from packstation.simulator import DEMO_API_KEY, CentraSimulator
from packstation.station.bench_settings import BenchSettings
from packstation.ui.bench import BenchOptions
from packstation.ui.text.i18n import I18N_DIR, install_translator
from tests.bench_fixtures import lookup, scan
from tests.qt_support import laid_out

ACCENTS = str.maketrans("aeiouyAEIOUYcnsCNS", "àéîöûýÀÉÎÖÛÝçñšÇÑŠ")
PLACEHOLDER = re.compile(r"(\{\d\})")


def pseudo(text: str) -> str:
    parts = PLACEHOLDER.split(text)
    body = "".join(p if PLACEHOLDER.fullmatch(p) else p.translate(ACCENTS) for p in parts)
    pad = "·" * max(1, round(len(text) * 0.4))
    return f"[{body}{pad}]"


def lrelease() -> str | None:
    exe = Path(sys.executable).parent / ("pyside6-lrelease" + (".exe" if sys.platform ==
                                                                "win32" else ""))
    return str(exe) if exe.exists() else shutil.which("pyside6-lrelease")


@pytest.fixture
def pseudo_qm(tmp_path: Path) -> Path:
    tool = lrelease()
    if tool is None:
        pytest.skip("pyside6-lrelease not installed")
    tree = ET.parse(I18N_DIR / "packstation_sv.ts")
    for msg in tree.iter("message"):
        src = msg.findtext("source") or ""
        tr = msg.find("translation")
        assert tr is not None
        tr.text = pseudo(src)
        tr.attrib.pop("type", None)
    ts = tmp_path / "packstation_xx.ts"
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    subprocess.run([tool, str(ts), "-qm", str(tmp_path / "packstation_xx.qm")], check=True,
                   capture_output=True)
    return tmp_path


@contextmanager
def bench_in(qtbot: QtBot, simulator: CentraSimulator, data_dir: Path, lang: str,
             folder: Path = I18N_DIR) -> Iterator[Bench]:
    """A bench built after installing ``lang``; the translators are removed afterwards."""
    app = QApplication.instance()
    assert app is not None
    before = set(app.findChildren(QTranslator))
    assert install_translator(app, lang, folder)
    client = CentraClient(simulator.base_url, DEMO_API_KEY, timeouts=Timeouts(connect=1.0))
    b = build_bench(BenchParts(TEST.at(data_dir), client, options=BenchOptions(
        settings=partial(BenchSettings, verification_mode="require"))))
    qtbot.addWidget(b.window)
    try:
        yield b
    finally:
        b.shutdown(wait_ms=3000)
        for t in set(app.findChildren(QTranslator)) - before:
            app.removeTranslator(t)
            t.deleteLater()


def clipped(root: QWidget) -> list[str]:
    bad = []
    for w in root.findChildren(QWidget):
        if not w.isVisibleTo(root) or not isinstance(w, (QLabel, QAbstractButton)):
            continue
        text = w.text()
        if not text:
            continue
        if isinstance(w, QLabel) and w.wordWrap():
            need_h = w.heightForWidth(w.width())
            if need_h > w.height() + 1:
                bad.append(f"{type(w).__name__} {text!r}: needs h {need_h} > {w.height()}")
        elif w.sizeHint().width() > w.width() + 1:
            bad.append(f"{type(w).__name__} {text!r}: needs w {w.sizeHint().width()} > "
                       f"{w.width()}")
    return bad


def test_swedish_labels(qtbot: QtBot, simulator: CentraSimulator, tmp_path: Path) -> None:
    with bench_in(qtbot, simulator, tmp_path, "sv") as b:
        w = b.window
        assert w.form.gtg.text() == "Klar att skicka (packad)"
        header = w.shipment_panel.lines.horizontalHeaderItem(1)
        assert header is not None and header.text() == "Packat"


def test_missing_language_is_refused(tmp_path: Path) -> None:
    app = QApplication.instance()
    assert app is not None
    assert not install_translator(app, "sv", tmp_path)
    assert install_translator(app, "en", tmp_path)  # the source language needs nothing


def test_pseudo_localised_window_fits_1366x768(qtbot: QtBot, simulator: CentraSimulator,
                                               pseudo_qm: Path, tmp_path: Path) -> None:
    with bench_in(qtbot, simulator, tmp_path / "data", "xx", pseudo_qm) as b:
        w = b.window
        assert w.form.gtg.text().startswith("[Gööd")
        w.resize(1366, 768)
        w.show()
        qtbot.waitExposed(w)
        lookup(qtbot, b, "41002-1")
        scan(qtbot, w.scan_bar.field, "7350070060019")  # one item: progress + blocker shown
        laid_out()
        w.grab().save(str(pseudo_qm / "pseudo.png"))
        assert w.width() <= 1366 and w.height() <= 768
        assert clipped(w) == []
