"""The real demo bench (station, supervisor strip, e-mail row, ready list, demo barcodes),
built the way ``packstation --demo`` builds it, for screenshots and layout checks.

    python -m packstation.devtools.demo_bench OUT.png [WIDTHxHEIGHT] [LANG] [SCAN;SCAN…]
"""

from __future__ import annotations

import logging
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Iterable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QRect, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QStyle,
    QStyleOptionFrame,
    QWidget,
)

from packstation.app.compose import Bench, compose_bench
from packstation.app.profiles import DEMO_PIN, SCREENSHOT, Profile
from packstation.ui.text.i18n import install_translator

# The demo shipment with the longest texts (German name and street, c/o line) and the
# one with the most lines (14): a layout that fits these fits the others.
LONGEST_SHIPMENTS = ("41002-1", "41003-1")


def settle(app: QApplication, seconds: float = 0.5) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)


def open_demo_bench(data_dir: Path, *, language: str = "en",
                    profile: Profile = SCREENSHOT) -> Bench:
    """The demo bench (``profile``: the screenshot one, on its own embedded simulator) with
    its files in ``data_dir``, in ``language`` (installed before the widgets are built, as
    at start-up); the caller shows, sizes and shuts it down (which stops the simulator)."""
    app = QApplication.instance()
    assert isinstance(app, QApplication), "create the QApplication first"
    install_translator(app, language)
    return compose_bench(profile.at(data_dir))


def remove_translators(app: QApplication) -> None:
    for t in app.findChildren(QTranslator):
        app.removeTranslator(t)
        t.deleteLater()


# --------------------------------------------------------------------------- checks

def _visible(root: QWidget) -> list[QWidget]:
    return [w for w in root.findChildren(QWidget)
            if w.isVisible() and w.width() > 0 and w.height() > 0]


def _global_rect(w: QWidget) -> QRect:
    top_left = w.mapToGlobal(w.rect().topLeft())
    return QRect(top_left, w.size())


def _visible_rect(w: QWidget) -> QRect:
    """The part of ``w`` its ancestors let through (a scroll area clips its content)."""
    rect = _global_rect(w)
    parent = w.parentWidget()
    while parent is not None:
        rect = rect.intersected(_global_rect(parent))
        parent = parent.parentWidget()
    return rect


LEAF_TYPES = (QLabel, QAbstractButton, QLineEdit, QAbstractSpinBox, QComboBox)


def overlaps(root: QWidget) -> list[str]:
    """Pairs of visible controls (labels, buttons, fields) drawn over each other."""
    leaves = [w for w in _visible(root) if isinstance(w, LEAF_TYPES)
              and not isinstance(w.parentWidget(), LEAF_TYPES)
              and not _inside_leaf(w)]
    bad: list[str] = []
    rects = [(w, _visible_rect(w)) for w in leaves]
    for i, (a, ra) in enumerate(rects):
        if ra.isEmpty():
            continue
        for b, rb in rects[i + 1:]:
            inter = ra.intersected(rb)
            if inter.width() > 1 and inter.height() > 1:
                bad.append(f"{_name(a)} overlaps {_name(b)} ({inter.width()}x{inter.height()})")
    return bad


def _inside_leaf(w: QWidget) -> bool:
    parent = w.parentWidget()
    while parent is not None:
        if isinstance(parent, LEAF_TYPES):
            return True
        parent = parent.parentWidget()
    return False


def clipped(root: QWidget) -> list[str]:
    """Visible labels, buttons and fields shown smaller than they need (elided, cut in
    height, or hidden behind a scroll area's edge while not inside one)."""
    bad: list[str] = []
    for w in _visible(root):
        if _inside_leaf(w):
            continue
        if isinstance(w, LEAF_TYPES) and _visible_rect(w).width() < w.width() - 1 \
                and not _visible_rect(w).isEmpty():
            bad.append(f"{_name(w)}: cut at the side ({_visible_rect(w).width()} of "
                       f"{w.width()} px shown)")
        if isinstance(w, QLabel) and w.text():
            if w.wordWrap():
                need = w.heightForWidth(w.width())
                if need > w.height() + 1:
                    bad.append(f"{_name(w)}: needs height {need} > {w.height()}")
            elif w.sizeHint().width() > w.width() + 1:
                bad.append(f"{_name(w)}: needs width {w.sizeHint().width()} > {w.width()}")
            elif w.minimumSizeHint().height() > w.height() + 1:
                bad.append(f"{_name(w)}: needs height {w.minimumSizeHint().height()} > "
                           f"{w.height()}")
        elif isinstance(w, QAbstractButton) and w.text():
            hint = w.sizeHint()
            if hint.width() > w.width() + 1 and not _wraps(w):
                bad.append(f"{_name(w)}: needs width {hint.width()} > {w.width()}")
            if hint.height() > w.height() + 1 and not _wraps(w):
                bad.append(f"{_name(w)}: needs height {hint.height()} > {w.height()}")
        elif isinstance(w, (QLineEdit, QAbstractSpinBox, QComboBox)):
            problem = _text_cut(w)
            if problem:
                bad.append(f"{_name(w)}: {problem}")
            if isinstance(w, QComboBox) and not w.isEditable():
                text_w = w.fontMetrics().horizontalAdvance(w.currentText())
                if text_w + 40 > w.width():
                    bad.append(f"{_name(w)}: text {w.currentText()!r} needs {text_w + 40} > "
                               f"{w.width()}")
    return bad


def hidden_essentials(bench: Bench) -> list[str]:
    """The standard parcel's controls that are not wholly on screen without scrolling."""
    form = bench.window.form
    bad = []
    for w in (form.gtg, form.shipped, form.tracking, form.packages, form.carrier,
              form.action, bench.window.banner.title, bench.window.scan_bar.field):
        if not w.isVisible() or _visible_rect(w).size() != w.size():
            bad.append(f"{_name(w)} is not wholly visible")
    return bad


def too_big(root: QWidget, size: tuple[int, int]) -> list[str]:
    if root.width() > size[0] or root.height() > size[1]:
        return [f"window is {root.width()}x{root.height()}, larger than {size[0]}x{size[1]}"]
    return []


def problems(bench: Bench, size: tuple[int, int]) -> list[str]:
    w = bench.window
    return too_big(w, size) + overlaps(w) + clipped(w) + hidden_essentials(bench)


def _text_cut(w: QWidget) -> str:
    """Whether a field's text (or placeholder) has less room than its font needs."""
    edit = w if isinstance(w, QLineEdit) else w.findChild(QLineEdit)
    fm = w.fontMetrics()
    if isinstance(edit, QLineEdit):
        opt = QStyleOptionFrame()
        edit.initStyleOption(opt)
        room = edit.style().subElementRect(QStyle.SubElement.SE_LineEditContents, opt, edit)
        if edit is not w:  # inside a spin box or combo box: its own size is the room
            room = room.intersected(QRect(0, 0, edit.width(), edit.height()))
        text = edit.text() or edit.placeholderText()
        if fm.height() > room.height():
            return f"text needs height {fm.height()} > {room.height()}"
        if edit is not w and text and fm.horizontalAdvance(text) > room.width():
            return f"text {text!r} needs width {fm.horizontalAdvance(text)} > {room.width()}"
        return ""
    if fm.height() + 4 > w.height():
        return f"text needs height {fm.height() + 4} > {w.height()}"
    return ""


def _wraps(w: QWidget) -> bool:
    return w.hasHeightForWidth()


def _name(w: QWidget) -> str:
    text = ""
    if isinstance(w, (QLabel, QAbstractButton, QLineEdit)):
        text = w.text()
    elif isinstance(w, QComboBox):
        text = w.currentText()
    label = w.objectName() or type(w).__name__
    return f"{label} {text[:40]!r}" if text else label


# (physical screen size, QT_SCALE_FACTOR) a packing PC has: a cheap 1366x768 screen and a
# 1920x1080 one, each at 100 % and 125 % (1366x768 at 125 % is 1092x614 logical pixels).
SCREENS: tuple[tuple[tuple[int, int], float], ...] = (
    ((1366, 768), 1.0), ((1920, 1080), 1.0), ((1366, 768), 1.25), ((1920, 1080), 1.25))
LANGUAGES = ("en", "sv", "de")


def scale_factor() -> float:
    try:
        return float(os.environ.get("QT_SCALE_FACTOR", "1") or 1)
    except ValueError:
        return 1.0


def render(app: QApplication, out: Path | None, screen: tuple[int, int], language: str,
           scans: Iterable[str]) -> list[str]:
    """The demo bench maximised on a ``screen`` (physical pixels, at this process's
    QT_SCALE_FACTOR) after ``scans``; returns the layout problems found."""
    factor = scale_factor()
    size = (int(screen[0] / factor), int(screen[1] / factor))
    data = Path(tempfile.mkdtemp(prefix="packstation-demo-"))
    bench = open_demo_bench(data, language=language)
    w = bench.window
    try:
        w.resize(*size)
        w.show()
        settle(app, 0.2)
        for text in scans:
            bench.controller.handle_scan(text)
            settle(app, 0.5)
        if out is not None:
            w.grab().save(str(out))
        found = problems(bench, size)
        # Supervisor mode shows a wider strip (state, Lock now, Settings, Audit log).
        if bench.station is not None and bench.station_ui is not None:
            assert bench.station.lock.unlock(DEMO_PIN).ok
            bench.station_ui.refresh()
            settle(app, 0.2)
            if out is not None:
                w.grab().save(str(out.with_name(out.stem + "-supervisor.png")))
            found += [f"supervisor mode: {p}" for p in problems(bench, size)]
        return found
    finally:
        bench.shutdown()
        w.close()
        w.deleteLater()
        remove_translators(app)
        settle(app, 0.05)
        shutil.rmtree(data, ignore_errors=True)


def check_all(out_dir: Path | None, scans: Iterable[str] = LONGEST_SHIPMENTS[:1]) -> list[str]:
    """Every screen of SCREENS with this process's scale factor, in every language."""
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    factor = scale_factor()
    found: list[str] = []
    for screen, scale in SCREENS:
        if abs(scale - factor) > 0.01:
            continue
        for language in LANGUAGES:
            for scan in scans:
                name = f"{screen[0]}x{screen[1]}@{int(scale * 100)}-{language}-{scan}"
                out = out_dir / f"{name}.png" if out_dir is not None else None
                for problem in render(app, out, screen, language,
                                      [scan, "1Z999AA10123456784"]):
                    found.append(f"{name}: {problem}")
    return found


def main(argv: list[str]) -> int:
    logging.basicConfig(level=logging.ERROR)  # the bench's own warnings are expected here
    """``--check [DIR]``: every screen at this QT_SCALE_FACTOR, every language, the longest
    demo shipments (PNGs into DIR); prints each problem. Otherwise one PNG:
    ``OUT.png [WIDTHxHEIGHT] [LANG] [SCAN;SCAN…]``."""
    if argv and argv[0] == "--check":
        out_dir = Path(argv[1]) if len(argv) > 1 else None
        if out_dir is not None:
            out_dir.mkdir(parents=True, exist_ok=True)
        found = check_all(out_dir, LONGEST_SHIPMENTS)
    else:
        out = Path(argv[0])
        width, height = (int(v) for v in (argv[1] if len(argv) > 1 else "1366x768").split("x"))
        language = argv[2] if len(argv) > 2 else "en"
        scans = [s for s in (argv[3] if len(argv) > 3 else LONGEST_SHIPMENTS[0]).split(";") if s]
        app = QApplication.instance() or QApplication([])
        assert isinstance(app, QApplication)
        found = render(app, out, (width, height), language, scans)
    for problem in found:
        print(problem)
    print("OK" if not found else f"{len(found)} problem(s)")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
