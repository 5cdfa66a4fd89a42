"""What a newcomer needs to try the bench without inventing numbers (issue #17, points
6, 7 and 11): carrier labels with valid check digits, item EANs and command barcodes in
the demo window and on the command sheet; the sheet prints without a display; a long
item title never runs into its "qty · SKU" line."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPainter
from pytestqt.qtbot import QtBot

from packstation.app.compose import Bench
from packstation.printing.command_sheet import (
    SheetEntry,
    _font,
    demo_entries,
    entry_layout,
    write_command_sheet,
)
from packstation.scanning import ScanKind, classify, validate_tracking
from packstation.simulator.demo_data import (
    DEMO_COMMANDS,
    DEMO_LABELS,
    demo_items,
    demo_window_barcodes,
)
from packstation.ui.theme import Tone

ROOT = Path(__file__).resolve().parent.parent


def test_demo_labels_are_valid_tracking_numbers_of_named_carriers() -> None:
    assert len(DEMO_LABELS) >= 6
    assert len({code for code, _ in DEMO_LABELS}) == len(DEMO_LABELS)
    carriers = set()
    for code, words in DEMO_LABELS:
        scan = validate_tracking(code)
        assert scan.valid, (code, scan)
        assert classify(code).kind in (ScanKind.TRACKING, ScanKind.SSCC)
        if scan.carrier:
            assert scan.carrier in words
            carriers.add(scan.carrier)
    assert {"UPS", "PostNord"} <= carriers


def test_demo_items_and_commands_classify() -> None:
    items = demo_items()
    assert items and all(classify(code).kind is ScanKind.PRODUCT for code, _ in items)
    assert all(classify(code).kind is ScanKind.COMMAND for code, _ in DEMO_COMMANDS)


def test_demo_window_lists_labels_items_and_commands(qtbot: QtBot, bench: Bench) -> None:
    w = bench.window
    w.show_demo_barcodes(demo_window_barcodes(("OP:Anna", "badge")))
    assert w.demo_list is not None
    codes = [w.demo_list.item(i).data(Qt.ItemDataRole.UserRole)
             for i in range(w.demo_list.count())]
    for code, _ in [*DEMO_LABELS, *demo_items(), *DEMO_COMMANDS]:
        assert code in codes

    def click(code: str) -> None:
        assert w.demo_list is not None
        row = codes.index(code)
        rect = w.demo_list.visualItemRect(w.demo_list.item(row))
        w.demo_list.scrollToItem(w.demo_list.item(row))
        rect = w.demo_list.visualItemRect(w.demo_list.item(row))
        qtbot.mouseClick(w.demo_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())

    # A whole demo parcel by clicking only what the window lists.
    w.show()
    qtbot.waitExposed(w)
    with qtbot.waitSignal(bench.controller.lookup_finished, timeout=5000):
        click("41001-1")
    click(DEMO_LABELS[0][0])
    assert w.form.tracking.text() == DEMO_LABELS[0][0]
    with qtbot.waitSignal(bench.controller.completion_finished, timeout=5000) as sig:
        click("PS:COMPLETE")
    assert sig.args == ["41001-1", True]
    assert w.banner.tone is Tone.OK
    # Headings are not barcodes: clicking one scans nothing.
    heading = codes.index(None)
    rect = w.demo_list.visualItemRect(w.demo_list.item(heading))
    w.demo_list.scrollToItem(w.demo_list.item(heading))
    qtbot.mouseClick(w.demo_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert w.banner.tone is Tone.OK


def test_command_sheet_has_the_demo_labels_and_items() -> None:
    codes = {e.code for _, entries in demo_entries() for e in entries}
    for code, _ in [*DEMO_LABELS, *demo_items()]:
        assert code in codes


def test_long_title_does_not_run_into_its_note() -> None:
    image = QImage(4000, 1000, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    try:
        entry = SheetEntry("7350070091013", "41001-1: Selvedge Denim Jeans Stone Wash "
                           "W32 L32 with a much longer name than usual for a pair of jeans",
                           "qty 1  ·  SKU SDJ510STN32")
        (title_box, title, _f), (note_box, note, _g) = entry_layout(painter, entry, 0, 0, 1500)
        assert note_box.top() >= title_box.bottom()
        flags = int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap)
        painter.setFont(_font(14, bold=True))
        needed = painter.fontMetrics().boundingRect(title_box.adjusted(0, 0, 0, 10_000),
                                                    flags, title).height()
        assert needed <= title_box.height()  # the whole (possibly shortened) title fits
        assert note == entry.note
    finally:
        painter.end()


def test_command_sheet_needs_no_display(tmp_path: Path) -> None:
    pdf = tmp_path / "sheet.pdf"
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["PYTHONPATH"] = str(ROOT)
    r = subprocess.run([sys.executable, "-m", "packstation", "--command-sheet", str(pdf)],
                       capture_output=True, text=True, env=env, timeout=60, check=False)
    assert r.returncode == 0, r.stderr
    assert "xcb" not in r.stderr
    assert pdf.stat().st_size > 1000


def test_sheet_labels_decode(qtbot: QtBot, tmp_path: Path) -> None:
    if not (shutil.which("pdftoppm") and shutil.which("zbarimg")):
        pytest.skip("pdftoppm/zbarimg not installed (.ci/system-deps.sh installs them)")
    pdf = tmp_path / "sheet.pdf"
    pages = write_command_sheet(pdf)
    subprocess.run(["pdftoppm", "-r", "150", "-gray", "-png", "-f", "3", "-l", str(pages),
                    str(pdf), str(tmp_path / "p")], check=True)
    found: set[str] = set()
    for png in tmp_path.glob("p*.png"):
        found |= set(subprocess.run(["zbarimg", "-q", "--raw", str(png)], capture_output=True,
                                    text=True, check=False).stdout.split())
    for code, _ in DEMO_LABELS:
        assert code in found
