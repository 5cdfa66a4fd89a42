"""The packing bench window: composes the scan bar, status banner, shipment panel and
completion form. It holds no logic and does no I/O; ``BenchController`` drives it.

Start-up builds it in two steps (see ``packstation.app.cli``): :meth:`MainWindow.first_frame`
is the window with only its scan field, shown at once; :meth:`MainWindow.assemble` adds
the banner, panel and form a moment later. Only the first step's modules load before the
first frame, so this module imports nothing else at the top (the ``Qt`` namespace alone
costs ~12 ms to import).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QMainWindow, QVBoxLayout, QWidget

from packstation.ui.theme import STYLE_SHEET
from packstation.ui.widgets.scan_bar import ScanBar

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from PySide6.QtGui import QCloseEvent
    from PySide6.QtWidgets import QHBoxLayout, QListWidget, QListWidgetItem

    from packstation.ui.widgets.completion_form import CompletionForm
    from packstation.ui.widgets.shipment_panel import ShipmentPanel
    from packstation.ui.widgets.status_banner import StatusBanner

KEYBOARD_HELP = (
    "Scan slip → focus jumps to Tracking  ·  scan label or type + Enter → ticks both boxes  ·  "
    "Ctrl+Enter completes  ·  Esc clears"
)


class MainWindow(QMainWindow):
    complete_shortcut = Signal()
    escape_pressed = Signal()
    closing = Signal()
    demo_barcode_clicked = Signal(str)
    assembled = Signal()

    # Built by assemble(); MainWindow(carriers) has them all.
    banner: StatusBanner
    shipment_panel: ShipmentPanel
    form: CompletionForm
    help_line: QLabel
    side: QVBoxLayout
    notices: QVBoxLayout
    body: QHBoxLayout

    def __init__(self, carriers: Mapping[str, Sequence[str]] | None,
                 parent: QWidget | None = None) -> None:
        """The whole window; ``None`` carriers: only the scan field (see first_frame)."""
        super().__init__(parent)
        self.setWindowTitle("Packstation")
        self.setStyleSheet(STYLE_SHEET)
        self.scan_bar = ScanBar()
        self.starting: QLabel | None = QLabel(self.tr("Starting…"))
        self.starting.setObjectName("startingNote")
        # Where the status banner goes, in its idle colours: the window does not jump.
        self.starting.setStyleSheet(
            "background: #e8eaed; color: #1f2328; font-size: 22pt; font-weight: bold;"
            " padding: 14px 18px; border-radius: 6px;")
        central = QWidget()
        self._layout = QVBoxLayout(central)
        self._layout.setContentsMargins(16, 12, 16, 8)
        self._layout.setSpacing(10)
        self._layout.addWidget(self.scan_bar)
        self._layout.addWidget(self.starting)
        self._layout.addStretch(1)
        self.setCentralWidget(central)
        self.demo_list: QListWidget | None = None
        self.resize(1600, 900)
        if carriers is not None:
            self.assemble(carriers)

    @classmethod
    def first_frame(cls) -> MainWindow:
        """The window with only its scan field: shown before anything else loads."""
        return cls(None)

    @property
    def is_assembled(self) -> bool:
        return self.starting is None

    def assemble(self, carriers: Mapping[str, Sequence[str]]) -> None:
        """Add everything below the scan field (once); emits ``assembled``."""
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QKeySequence, QShortcut
        from PySide6.QtWidgets import QFrame, QHBoxLayout, QSplitter

        from packstation.ui.widgets.column_scroll import ColumnScroll, FormColumn
        from packstation.ui.widgets.completion_form import CompletionForm
        from packstation.ui.widgets.shipment_panel import ShipmentPanel
        from packstation.ui.widgets.status_banner import StatusBanner

        if self.starting is None:
            return
        self.banner = StatusBanner()
        self.shipment_panel = ShipmentPanel()
        self.form = CompletionForm(carriers)
        self.help_line = QLabel(self.tr(  # KEYBOARD_HELP, translatable
            "Scan slip → focus jumps to Tracking  ·  scan label or type + Enter → ticks both "
            "boxes  ·  Ctrl+Enter completes  ·  Esc clears"))
        self.help_line.setObjectName("helpLine")
        self.help_line.setWordWrap(True)

        right = QWidget()
        right.setObjectName("formColumn")
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(12, 0, 4, 0)
        right_layout.addWidget(self.form)
        self.side = right_layout  # later panels (waiting list, stats) go below the form
        # A small screen, a large scale factor or a long translation: the column scrolls
        # instead of squeezing its rows over each other (or forcing the window larger),
        # and the action button is pinned below it if it would scroll away.
        form_layout = self.form.layout()
        assert isinstance(form_layout, QVBoxLayout)
        self.form_column = FormColumn(right, self.form.extra_rows, form_layout,
                                      [self.form.explain, self.form.action])
        self.form_scroll = self.form_column.scroll_area
        self.form_scroll.setObjectName("formScroll")
        self.form_scroll.setFrameShape(QFrame.Shape.NoFrame)
        # A click on the column's empty space must not take the focus from the field.
        self.form_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # The shipment panel scrolls too rather than squeeze its labels (a long address,
        # a note, on a short screen); its lines table takes whatever height is left.
        self.panel_scroll = ColumnScroll()
        self.panel_scroll.setObjectName("panelScroll")
        self.panel_scroll.setWidget(self.shipment_panel)
        self.panel_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.panel_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.panel_scroll)
        split.addWidget(self.form_column)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setChildrenCollapsible(False)

        layout = self._layout
        while layout.count() > 1:  # the "Starting…" note and the stretch below it
            layout.takeAt(1)
        self.starting.hide()
        self.starting.deleteLater()
        self.starting = None
        layout.addWidget(self.banner)
        self.notices = QVBoxLayout()  # full-width strips: waiting-to-send, refusal alerts
        layout.addLayout(self.notices)
        self.body = QHBoxLayout()
        self.body.addWidget(split, 1)
        layout.addLayout(self.body, 1)
        layout.addWidget(self.help_line)

        for seq in ("Ctrl+Return", "Ctrl+Enter"):
            complete = QShortcut(QKeySequence(seq), self)
            complete.activated.connect(self.complete_shortcut)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.activated.connect(self.escape_pressed)
        self.assembled.emit()

    def show_demo_barcodes(self, barcodes: list[tuple[str, str]]) -> None:
        """Demo mode: the barcodes to try, clickable as if scanned (an empty code makes
        its words a heading)."""
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QListWidget, QListWidgetItem

        box = QWidget()
        # As wide as the screen allows, within reason: 1366x768 at 125 % has no 300 px.
        box.setMinimumWidth(200)
        box.setMaximumWidth(300)
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
        self.demo_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for code, words in barcodes:
            if not code:  # a heading: "Carrier labels", "Commands", ...
                item = QListWidgetItem(words)
                item.setFlags(Qt.ItemFlag.NoItemFlags)
                font = item.font()
                font.setBold(True)
                item.setFont(font)
                item.setForeground(Qt.GlobalColor.darkGray)
                self.demo_list.addItem(item)
                continue
            item = QListWidgetItem(f"{code}  —  {words}")
            item.setToolTip(words)
            item.setData(Qt.ItemDataRole.UserRole, code)
            self.demo_list.addItem(item)
        self.demo_list.itemClicked.connect(self._demo_clicked)
        v.addWidget(title)
        v.addWidget(self.demo_list, 1)
        self.body.addWidget(box, 1)
        self.body.setStretch(0, 4)

    def _demo_clicked(self, item: QListWidgetItem) -> None:
        from PySide6.QtCore import Qt

        code = item.data(Qt.ItemDataRole.UserRole)
        if code:  # headings carry no barcode
            self.demo_barcode_clicked.emit(str(code))

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closing.emit()
        super().closeEvent(event)
