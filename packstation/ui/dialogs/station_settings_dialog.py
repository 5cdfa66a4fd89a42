"""Supervisor settings: station name, default shipping e-mail, item verification, carriers
and their services, packed-by comment, PIN, papers and bundles."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from packstation.station.bench_settings import (
    CarrierLinesError,
    carrier_lines,
    parse_carrier_lines,
)
from packstation.station.pin import PIN_MAX_DIGITS, PIN_MIN_DIGITS, is_valid_pin
from packstation.station.settings import (
    AUTO_TICK_ON_TRACKING,
    CARRIERS_SETTING,
    COMMENT_PACKED_BY,
    DEFAULT_CAPTURE,
    SCANNER_MAX_GAP_MS,
    SEND_EMAIL_DEFAULT,
    SERVICES_SETTING,
    STATION_NAME,
    TRACKING_REQUIRED,
    VERIFICATION_MODE,
    SettingError,
)
from packstation.station.station import Station
from packstation.ui.dialogs.papers_settings import PapersSettings
from packstation.ui.dialogs.scanner_test_dialog import ScannerTestDialog
from packstation.ui.station_style import STATION_STYLE
from packstation.ui.widgets.supervisor_bar import fill_email_choices

CARRIER_COLUMN_PX = 440


class StationSettingsDialog(QDialog):
    def __init__(self, station: Station, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Station settings"))
        self.setStyleSheet(STATION_STYLE)
        self.setMinimumWidth(1220)
        self._station = station
        s = station.settings
        self.station_name = QLineEdit(station.name)
        self.email_default = QComboBox()
        fill_email_choices(self.email_default)
        self.email_default.setCurrentIndex(self.email_default.findData(station.email_default().value))
        self.verification = QComboBox()
        self.verification.setObjectName("verificationMode")
        for value, text in (("off", self.tr("Off: no item scans")),
                            ("warn", self.tr("Warn: count item scans, allow completing")),
                            ("require", self.tr("Require: every item scanned before "
                                                "completing"))):
            self.verification.addItem(text, value)
        self.verification.setCurrentIndex(
            max(0, self.verification.findData(s.get(VERIFICATION_MODE))))
        # Carriers and services: a column of their own beside the form (one line each).
        self.carriers = QPlainTextEdit(carrier_lines(station.bench_settings.current().carriers))
        self.carriers.setObjectName("carrierLines")
        self.carriers.setTabChangesFocus(True)
        self.carriers.setFixedWidth(CARRIER_COLUMN_PX)
        self.carriers.setMinimumHeight(150)  # five or six carriers at a glance
        carriers_title = QLabel(self.tr("Carriers and services"))
        carriers_title.setBuddy(self.carriers)
        carriers_help = QLabel(self.tr(
            "One carrier per line, its services after a colon: DHL: Express, Parcel"))
        carriers_help.setObjectName("helpLine")
        carriers_help.setWordWrap(True)
        carriers_help.setFixedWidth(CARRIER_COLUMN_PX)
        carriers_box = QVBoxLayout()
        carriers_box.setContentsMargins(0, 0, 0, 0)
        carriers_box.addWidget(carriers_title)
        carriers_box.addWidget(self.carriers, 1)
        carriers_box.addWidget(carriers_help)
        # The completion form's rules (stored since the first release, read at each slip).
        self.tracking_required = QCheckBox(self.tr("Tracking number needed to complete"))
        self.auto_tick = QCheckBox(self.tr("Label scan ticks both boxes"))
        self.default_capture = QCheckBox(self.tr("Capture payment ticked by default"))
        for box, setting in ((self.tracking_required, TRACKING_REQUIRED),
                             (self.auto_tick, AUTO_TICK_ON_TRACKING),
                             (self.default_capture, DEFAULT_CAPTURE)):
            box.setChecked(s.get(setting))
            carriers_box.addWidget(box)
        self.packed_by = QCheckBox(self.tr("Add to Centra's internal comment"))
        self.packed_by.setChecked(s.get(COMMENT_PACKED_BY))
        self.pin = QLineEdit()
        self.pin2 = QLineEdit()
        for field in (self.pin, self.pin2):
            field.setEchoMode(QLineEdit.EchoMode.Password)
            field.setMaxLength(PIN_MAX_DIGITS)
        self.error = QLabel()
        self.error.setObjectName("errorNote")
        self.error.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Station name"), self.station_name)
        form.addRow(self.tr("Shipping e-mail default"), self.email_default)
        form.addRow(self.tr("Item verification"), self.verification)
        form.addRow(self.tr("'Packed by Anna at …'"), self.packed_by)
        # The PIN sits under the carriers column: the dialog fits a 1366x768 screen.
        pin_rows = QFormLayout()
        pin_rows.setContentsMargins(0, 12, 0, 0)
        pin_rows.addRow(self.tr("New supervisor PIN"), self.pin)
        pin_rows.addRow(self.tr("Repeat new PIN"), self.pin2)
        carriers_box.addLayout(pin_rows)
        pin_help = QLabel(self.tr("Leave empty to keep the PIN"))
        pin_help.setObjectName("helpLine")
        carriers_box.addWidget(pin_help)
        self.papers = PapersSettings(s, _printer_names(), parent=self, api=station.api)
        self.papers.add_rows(form)
        where = QLabel(self.tr("Centra address: {0}\nSettings file: {1}\nData folder: {2}")
                       .format(station.base_url, station.settings_location,
                               station.paths.data_dir))
        where.setObjectName("helpLine")
        where.setWordWrap(True)
        self.save_button = save = QPushButton(self.tr("Save"))
        save.setObjectName("primaryAction")
        save.clicked.connect(self.save)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.clicked.connect(self.reject)
        self.test_scanner_button = test_scanner = QPushButton(self.tr("Test scanner…"))
        test_scanner.setAutoDefault(False)
        test_scanner.clicked.connect(self.test_scanner)
        self.scanner_test: ScannerTestDialog | None = None
        row = QHBoxLayout()
        row.addWidget(test_scanner)
        row.addStretch(1)
        row.addWidget(cancel)
        row.addWidget(save)
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Station settings"))
        title.setObjectName("panelTitle")
        layout.addWidget(title)
        columns = QHBoxLayout()
        columns.setSpacing(24)
        columns.addLayout(form, 1)
        columns.addLayout(carriers_box, 0)
        layout.addLayout(columns)
        layout.addWidget(where)
        layout.addWidget(self.error)
        layout.addLayout(row)
        # Wide enough for every label in every language (a 1366-pixel screen at most).
        self.setMinimumWidth(min(1340, max(1220, layout.sizeHint().width())))

    def test_scanner(self) -> None:
        """Open the scanner test over this dialog (supervisor mode, like the rest)."""
        if not self._station.lock.is_unlocked():
            self.error.setText(self.tr("Supervisor mode has locked. Close this window and "
                                       "unlock again."))
            return
        self._station.lock.touch()
        dialog = ScannerTestDialog(self, max_gap_ms=self._station.settings.get(SCANNER_MAX_GAP_MS))
        self.scanner_test = dialog
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def save(self) -> None:
        station = self._station
        if not station.lock.is_unlocked():
            self.error.setText(self.tr("Supervisor mode has locked. Close this window and "
                                       "unlock again."))
            return
        station.lock.touch()
        pin = self.pin.text()
        try:
            if pin or self.pin2.text():
                if not is_valid_pin(pin):
                    raise SettingError(self.tr(
                        "The PIN must be {0} to {1} digits.").format(PIN_MIN_DIGITS,
                                                                     PIN_MAX_DIGITS))
                if pin != self.pin2.text():
                    raise SettingError(self.tr("The two PINs differ. Type them again."))
            name = self.station_name.text().strip()
            if not name:
                raise SettingError(self.tr("Give this station a name, e.g. Station 3."))
            carriers = self._carriers()
            s = station.settings
            s.set(STATION_NAME, name, supervisor=True)
            s.set(SEND_EMAIL_DEFAULT, str(self.email_default.currentData()), supervisor=True)
            s.set(VERIFICATION_MODE, str(self.verification.currentData()), supervisor=True)
            s.set(CARRIERS_SETTING, list(carriers), supervisor=True)
            s.set(SERVICES_SETTING, carriers, supervisor=True)
            s.set(COMMENT_PACKED_BY, self.packed_by.isChecked(), supervisor=True)
            s.set(TRACKING_REQUIRED, self.tracking_required.isChecked(), supervisor=True)
            s.set(AUTO_TICK_ON_TRACKING, self.auto_tick.isChecked(), supervisor=True)
            s.set(DEFAULT_CAPTURE, self.default_capture.isChecked(), supervisor=True)
            self.papers.save(s)
            if pin:
                station.set_pin(pin)
        except SettingError as exc:  # also: the machine-wide settings file is read-only
            self.error.setText(str(exc))
            return
        self.pin.clear()
        self.pin2.clear()
        self.accept()


    def _carriers(self) -> dict[str, list[str]]:
        try:
            return parse_carrier_lines(self.carriers.toPlainText())
        except CarrierLinesError as exc:
            if exc.line == 0:
                raise SettingError(self.tr("Offer at least one carrier.")) from None
            raise SettingError(self.tr(
                "Carriers, line {0}: write the carrier's name before the colon.").format(
                    exc.line)) from None


def _printer_names() -> list[str]:
    from packstation.printing.pdf_print import printer_names

    return printer_names()
