"""The command sheet PDF renders and its barcodes decode back (pdftoppm + zbarimg)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from packstation.printing.code128 import bar_modules, bar_runs
from packstation.printing.command_sheet import command_entries, write_command_sheet
from packstation.scanning.scanner_test import SCANNER_TEST_TEXT
from packstation.ui.sounds import NAMES, SOUND_DIR, wav_bytes

ROOT = Path(__file__).resolve().parent.parent


def test_code128_pattern_has_start_and_stop() -> None:
    m = bar_modules("PS:COMPLETE")
    assert m.startswith("11010010000") and m.endswith("1100011101011")  # start B, stop
    assert sum(w for _, w in bar_runs(m)) == m.count("1")
    with pytest.raises(ValueError):
        bar_modules("\x1d")


def test_pdf_barcodes_decode(qtbot: QtBot, tmp_path: Path) -> None:
    pdf = tmp_path / "sheet.pdf"
    assert write_command_sheet(pdf) >= 2
    assert pdf.read_bytes().startswith(b"%PDF")
    if not (shutil.which("pdftoppm") and shutil.which("zbarimg")):
        pytest.skip("pdftoppm/zbarimg not installed (.ci/system-deps.sh installs them)")
    subprocess.run(["pdftoppm", "-r", "150", "-gray", "-png", "-f", "1", "-l", "1",
                    str(pdf), str(tmp_path / "p")], check=True)
    png = next(tmp_path.glob("p*.png"))
    out = subprocess.run(["zbarimg", "-q", "--raw", str(png)], capture_output=True,
                         text=True, check=False).stdout.split()
    for entry in command_entries():
        assert entry.code in out
    assert "41001-1" in out
    assert SCANNER_TEST_TEXT in out  # the scanner test barcode decodes to the expected text


def test_cli_writes_the_sheet(tmp_path: Path) -> None:
    pdf = tmp_path / "out.pdf"
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    r = subprocess.run([sys.executable, "-m", "packstation", "--command-sheet", str(pdf)],
                       capture_output=True, text=True, env=env, timeout=60, check=False)
    assert r.returncode == 0, r.stderr
    assert pdf.stat().st_size > 1000


def test_shipped_sounds_match_the_generator() -> None:
    for name in NAMES:
        assert (SOUND_DIR / f"{name}.wav").read_bytes() == wav_bytes(name)
    assert len({wav_bytes(n) for n in NAMES}) == 3
