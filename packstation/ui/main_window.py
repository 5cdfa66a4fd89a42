"""The packing bench window: composes the scan bar, status banner, shipment panel and
completion form. It holds no logic and does no I/O; ``BenchController`` drives it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from packstation.ui.completion_form import CompletionForm
from packstation.ui.scan_bar import ScanBar
from packstation.ui.shipment_panel import ShipmentPanel
from packstation.ui.status_banner import StatusBanner
from packstation.ui.theme import STYLE_SHEET

KEYBOARD_HELP = (
    "Scan slip → focus jumps to Tracking  ·  scan label or type + Enter → ticks both boxes  ·  "
    "Ctrl+Enter completes  ·  Esc clears"
)


class MainWindow(QMainWindow):
    complete_shortcut = Signal()
    escape_pressed = Signal()
    closing = Signal()
    demo_barcode_clicked = Signal(str)

    def __init__(self, carriers: dict[str, list[str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Packstation")
        self.setStyleSheet(STYLE_SHEET)
        self.scan_bar = ScanBar()
        self.banner = StatusBanner()
        self.shipment_panel = ShipmentPanel()
        self.form = CompletionForm(carriers)
        self.help_line = QLabel(self.tr(  # KEYBOARD_HELP, translatable
            "Scan slip → focus jumps to Tracking  ·  scan label or type + Enter → ticks both "
            "boxes  ·  Ctrl+Enter completes  ·  Esc clears"))
        self.help_line.setObjectName("helpLine")
        self.help_line.setWordWrap(True)

        right = QWidget()
        right.setMinimumWidth(540)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(12, 0, 0, 0)
        right_layout.addWidget(self.form)
        self.side = right_layout  # later panels (waiting list, stats) go below the form

        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.shipment_panel)
        split.addWidget(right)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setChildrenCollapsible(False)

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(16, 12, 16, 8)
        layout.setSpacing(10)
        layout.addWidget(self.scan_bar)
        layout.addWidget(self.banner)
        self.notices = QVBoxLayout()  # full-width strips: waiting-to-send, refusal alerts
        layout.addLayout(self.notices)
        self.body = QHBoxLayout()
        self.body.addWidget(split, 1)
        layout.addLayout(self.body, 1)
        layout.addWidget(self.help_line)
        self.setCentralWidget(central)
        self.demo_list: QListWidget | None = None

        for seq in ("Ctrl+Return", "Ctrl+Enter"):
            complete = QShortcut(QKeySequence(seq), self)
            complete.activated.connect(self.complete_shortcut)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.activated.connect(self.escape_pressed)
        self.resize(1600, 900)

    def show_demo_barcodes(self, barcodes: list[tuple[str, str]]) -> None:
        """Demo mode: the barcodes to try, clickable as if scanned."""
        box = QWidget()
        box.setFixedWidth(300)
        v = QVBoxLayout(box)
        v.setContentsMargins(12, 0, 0, 0)
        title = QLabel(self.tr("Demo barcodes: scan, type or click"))
        title.setObjectName("sectionLabel")
        title.setWordWrap(True)
        self.demo_list = QListWidget()
        self.demo_list.setObjectName("demoBarcodes")
        self.demo_list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.demo_list.setStyleSheet("font-size: 12pt;")
        self.demo_list.setWordWrap(True)
        for code, words in barcodes:
            item = QListWidgetItem(f"{code}  —  {words}")
            item.setToolTip(words)
            item.setData(Qt.ItemDataRole.UserRole, code)
            self.demo_list.addItem(item)
        self.demo_list.itemClicked.connect(
            lambda item: self.demo_barcode_clicked.emit(item.data(Qt.ItemDataRole.UserRole))
        )
        v.addWidget(title)
        v.addWidget(self.demo_list, 1)
        self.body.addWidget(box)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closing.emit()
        super().closeEvent(event)
