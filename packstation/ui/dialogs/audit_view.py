"""Supervisor view of today's audit log, with CSV export."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from packstation.station.audit import AuditError, AuditKind, AuditLog
from packstation.ui.station_style import STATION_STYLE
from packstation.ui.theme import Tone, banner_style

COLUMNS = (QT_TRANSLATE_NOOP("AuditDialog", "Time"), QT_TRANSLATE_NOOP("AuditDialog", "Operator"),
           QT_TRANSLATE_NOOP("AuditDialog", "What"), QT_TRANSLATE_NOOP("AuditDialog", "Shipment"),
           QT_TRANSLATE_NOOP("AuditDialog", "Detail"))

# The "What" column in words (the CSV keeps the machine kinds, e.g. ``mark_gtg``).
KIND_LABELS: dict[AuditKind, object] = {  # QT_TRANSLATE_NOOP returns its text
    AuditKind.COMPLETION_ATTEMPT: QT_TRANSLATE_NOOP("AuditDialog", "Completion attempt"),
    AuditKind.COMPLETION_RESULT: QT_TRANSLATE_NOOP("AuditDialog", "Completion result"),
    AuditKind.MARK_GTG: QT_TRANSLATE_NOOP("AuditDialog", "Mark good-to-go"),
    AuditKind.MARK_GTG_RESULT: QT_TRANSLATE_NOOP("AuditDialog", "Good-to-go result"),
    AuditKind.SUPERVISOR_UNLOCK: QT_TRANSLATE_NOOP("AuditDialog", "Supervisor unlock"),
    AuditKind.WRONG_PIN: QT_TRANSLATE_NOOP("AuditDialog", "Wrong PIN"),
    AuditKind.PIN_LOCKOUT: QT_TRANSLATE_NOOP("AuditDialog", "PIN lockout"),
    AuditKind.EMAIL_OVERRIDE: QT_TRANSLATE_NOOP("AuditDialog", "E-mail override"),
    AuditKind.VERIFICATION_BYPASS: QT_TRANSLATE_NOOP("AuditDialog", "Verification bypass"),
    AuditKind.CAPTURE_RETRY: QT_TRANSLATE_NOOP("AuditDialog", "Capture retry"),
    AuditKind.PAPERS_BYPASS: QT_TRANSLATE_NOOP("AuditDialog", "Customs papers bypass"),
    AuditKind.CUSTOMS_CONFIRMED: QT_TRANSLATE_NOOP("AuditDialog",
                                                   "Customs papers confirmed by packer"),
    AuditKind.SETTING_CHANGED: QT_TRANSLATE_NOOP("AuditDialog", "Setting changed"),
    AuditKind.SIGN_IN: QT_TRANSLATE_NOOP("AuditDialog", "Sign in"),
    AuditKind.SIGN_OUT: QT_TRANSLATE_NOOP("AuditDialog", "Sign out"),
    AuditKind.AUDIT_TAMPERING: QT_TRANSLATE_NOOP("AuditDialog", "Audit log tampering"),
}


class AuditDialog(QDialog):
    def __init__(self, audit: AuditLog, *, station: str, on_activity: Callable[[], None],
                 today: date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Audit log"))
        self.setStyleSheet(STATION_STYLE)
        self.resize(1200, 700)
        self._audit = audit
        self._day = today or date.today()
        self._touch = on_activity
        title = QLabel(self.tr("Audit log: {0}, {1}").format(
            station or self.tr("this station"), self._day.isoformat()))
        title.setObjectName("panelTitle")
        # The whole log's hash chain, verified each time the view loads.
        self.chain = QLabel()
        self.chain.setObjectName("auditChain")
        self.chain.setWordWrap(True)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([self.tr(str(c)) for c in COLUMNS])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(
            len(COLUMNS) - 1, QHeaderView.ResizeMode.Stretch)
        # The Detail column wraps (a tracking number at its end was cut off): whole words,
        # rows as tall as their text, the full detail also as the cell's tooltip.
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.status = QLabel()
        self.status.setObjectName("helpLine")
        self.status.setWordWrap(True)
        export = QPushButton(self.tr("Export CSV…"))
        export.clicked.connect(self._choose_export)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        row = QHBoxLayout()
        row.addWidget(self.status, 1)
        row.addWidget(export)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.chain)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        self.reload()

    def reload(self) -> None:
        try:
            entries = self._audit.entries(self._day)
            check = self._audit.verify()
        except AuditError as exc:
            self.status.setText(str(exc))
            return
        if check.ok:
            self.chain.setText(self.tr("Chain verified: {0} rows, none changed or removed.")
                               .format(check.rows))
            self.chain.setStyleSheet(f"QLabel#auditChain {{ {banner_style(Tone.OK)} "
                                     "padding: 6px 10px; font-weight: 700; }")
        else:
            where = (self.tr(" First broken link: row {0}.").format(check.first_broken)
                     if check.first_broken is not None else "")
            self.chain.setText(self.tr("AUDIT LOG TAMPERED: {0}.{1}").format(
                check.reason, where))
            self.chain.setStyleSheet(f"QLabel#auditChain {{ {banner_style(Tone.ERROR)} "
                                     "padding: 6px 10px; font-weight: 700; }")
        self.table.setRowCount(len(entries))
        for r, e in enumerate(reversed(entries)):  # newest first
            cells = (e.ts.astimezone().strftime("%H:%M:%S"), e.operator,
                     self.kind_label(e.kind), e.shipment or "", e.detail)
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c == len(cells) - 1 and text:
                    item.setToolTip(text)
                self.table.setItem(r, c, item)
        for column in range(len(COLUMNS) - 1):  # Detail stretches and wraps
            self.table.resizeColumnToContents(column)
        self.status.setText(self.tr("{0} entries today, newest first.").format(len(entries)))

    def kind_label(self, kind: AuditKind) -> str:
        label = KIND_LABELS.get(kind)
        return self.tr(str(label)) if label else kind.value.replace("_", " ")

    def _choose_export(self) -> None:
        self._touch()
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export audit log"), f"packstation-audit-{self._day.isoformat()}.csv",
            "CSV (*.csv)")
        if path:
            self.export_to(path)

    def export_to(self, path: str) -> None:
        self._touch()
        try:
            count = self._audit.export_csv(path, self._day)
        except (AuditError, OSError) as exc:
            self.status.setText(self.tr("Export failed: {0}").format(exc))
            return
        self.status.setText(self.tr("Exported {0} entries to {1}.").format(count, path))
