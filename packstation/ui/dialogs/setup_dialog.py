"""First-run station setup: Centra address, API key, station name, supervisor PIN.

Questions already answered on the command line or in the environment are not asked.
"Test connection" runs through the ``JobRunner`` (never on the GUI thread). The API key
field is masked and the key goes only to the OS keyring, or, where there is none and
the person ticks the box, into memory for this session.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from packstation.centra.connection import (
    Api,
    ConnectionCheck,
    address_fits,
    check_connection,
    connect,
)
from packstation.centra.ports import CentraPorts
from packstation.station.pin import PIN_MAX_DIGITS, PIN_MIN_DIGITS, is_valid_pin
from packstation.station.setting_types import SettingError
from packstation.station.setting_types import base_url as parse_base_url
from packstation.station.settings import BASE_URL, CENTRA_API, STATION_NAME
from packstation.station.station import Station
from packstation.ui.jobs import JobRunner
from packstation.ui.station_style import STATION_STYLE
from packstation.ui.text.connection_words import connection_failed, connection_ok, token_ok

ClientFactory = Callable[..., CentraPorts]
ALL_QUESTIONS = frozenset({"base_url", "api_key", "station", "pin"})


def _note(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setObjectName("helpLine")
    label.setWordWrap(True)
    return label


class SetupDialog(QDialog):
    def __init__(
        self,
        station: Station,
        runner: JobRunner,
        *,
        ask: frozenset[str] = ALL_QUESTIONS,
        client_factory: ClientFactory = connect,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Packstation: station setup"))
        self.setStyleSheet(STATION_STYLE)
        self.setMinimumWidth(760)
        self._station = station
        self._runner = runner
        self._ask = ask
        self._factory = client_factory
        self._testing = False

        # Which Centra API: the Order API (plugin key) or the Integration API (GraphQL token).
        self.api = QComboBox()
        self.api.addItem(self.tr("Order API (API key)"), "order")
        self.api.addItem(self.tr("Integration API (token)"), "integration")
        self.api.setCurrentIndex(max(0, self.api.findData(station.api)))
        self.base_url = QLineEdit(station.base_url)
        self.api_key = QLineEdit()
        self.api_key.setEchoMode(QLineEdit.EchoMode.Password)  # never visible, not in screenshots
        self.key_label = QLabel()
        self.address_note = _note()
        self.station_name = QLineEdit(station.name)
        self.station_name.setPlaceholderText(self.tr("e.g. Station 3"))
        self.pin = QLineEdit()
        self.pin2 = QLineEdit()
        for field in (self.pin, self.pin2):
            field.setEchoMode(QLineEdit.EchoMode.Password)
            field.setMaxLength(PIN_MAX_DIGITS)
        self.pin.setPlaceholderText(self.tr("{0} to {1} digits").format(PIN_MIN_DIGITS, PIN_MAX_DIGITS))
        self.pin2.setPlaceholderText(self.tr("Type the PIN again"))

        self.session_only = QCheckBox(self.tr(
            "Use the key for this session only (it is forgotten when Packstation closes)"))
        self.keyring_note = _note()
        self.keyring_note.setObjectName("warnNote")
        self.test_button = QPushButton(self.tr("Test connection"))
        self.test_button.clicked.connect(self.test_connection)
        self.test_result = _note(self.tr("Not tested yet."))
        self.test_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error = _note()
        self.error.setObjectName("errorNote")
        self.save_button = QPushButton(self.tr("Save and start"))
        self.save_button.setObjectName("primaryAction")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.clicked.connect(self.reject)

        form = QFormLayout()
        form.setVerticalSpacing(8)
        if "base_url" in ask:
            form.addRow(self.tr("Centra API"), self.api)
            form.addRow(self.tr("Centra address"), self.base_url)
            form.addRow("", self.address_note)
        if "api_key" in ask:
            form.addRow(self.key_label, self.api_key)
            form.addRow("", self.keyring_note)
            form.addRow("", self.session_only)
        if "station" in ask:
            form.addRow(self.tr("Station name"), self.station_name)
        if "pin" in ask:
            form.addRow(self.tr("Supervisor PIN"), self.pin)
            form.addRow(self.tr("Repeat PIN"), self.pin2)
            form.addRow("", _note(self.tr(
                "The PIN unlocks settings and the shipping e-mail choice. Only a salted "
                "hash is stored; it cannot be read back.")))

        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button)
        test_row.addWidget(self.test_result, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Set up this packing station"))
        intro.setObjectName("panelTitle")
        layout.addWidget(intro)
        self.setting_up = _note(self.setting_up_text())
        self.setting_up.setObjectName("settingUp")
        self.setting_up.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.setting_up)
        layout.addLayout(form)
        layout.addLayout(test_row)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self._show_api()  # with the keyring's state
        self.api.currentIndexChanged.connect(self._show_api)

    # ---------------------------------------------------------------- helpers

    def setting_up_text(self) -> str:
        """Which station and which Centra this dialog sets up (given on the command line,
        found in the settings, or still to be typed in below)."""
        station = self._station
        name = station.name or self.tr("(a new station: name it below)")
        url = station.base_url or self.tr("(type the address below)")
        return self.tr("Station: {0}\nCentra: {1}").format(name, url)

    def chosen_api(self) -> str:
        return str(self.api.currentData())

    def _show_api(self) -> None:
        """Words for the chosen API: the address to paste, a key or a token."""
        token = self.chosen_api() == "integration"
        if token:
            self.base_url.setPlaceholderText("https://yourbrand.centra.com/graphql")
            self.address_note.setText(self.tr(
                "The Integration API address: https://<brand>.centra.com/graphql."))
            self.key_label.setText(self.tr("Token"))
            self.api_key.setPlaceholderText(self.tr(
                "Paste the Integration API token (Centra: System > API Tokens)"))
        else:
            self.base_url.setPlaceholderText("https://yourbrand.centra.com/api/order")
            self.address_note.setText(self.tr(
                "The Order API base URL exactly as shown on Centra's plugin page. "
                "It must start with https://."))
            self.key_label.setText(self.tr("API key"))
            self.api_key.setPlaceholderText(self.tr("Paste the key from Centra's Order API plugin"))
        self._show_keyring_state()
        url = self._station.base_url
        if url and self._station.keys.load(url).found:
            self.api_key.setPlaceholderText(self.tr("A key is stored: leave empty to keep it"))

    def _show_keyring_state(self) -> None:
        available = self._station.keys.backend_available()
        self.session_only.setVisible(not available and "api_key" in self._ask)
        self.keyring_note.setObjectName("helpLine" if available else "warnNote")
        if available and self.chosen_api() == "integration":
            self.keyring_note.setText(self.tr(
                "The token is kept in this computer's password store (Windows Credential "
                "Manager), never in a file."))
        elif available:
            self.keyring_note.setText(self.tr(
                "The key is kept in this computer's password store (Windows Credential "
                "Manager), never in a file."))
        else:
            self.keyring_note.setText(self.tr(
                "This computer has no secure password store, so the key cannot be "
                "remembered. Tick the box below to use it until Packstation closes, or ask "
                "IT to set PACKSTATION_API_KEY."))

    def _url(self) -> str:
        """The validated address (raises ``SettingError`` with words for the person)."""
        url = parse_base_url(self.base_url.text())
        if not url:
            raise SettingError(self.tr("Type the Centra address."))
        if not address_fits(url, self.chosen_api()):  # a key under the wrong address
            if self.chosen_api() == "integration":
                raise SettingError(self.tr(
                    "The Integration API address ends in /graphql "
                    "(https://<brand>.centra.com/graphql). For an Order API base URL, "
                    "choose Order API above."))
            raise SettingError(self.tr(
                "This is the Integration API (GraphQL) address. Choose Integration API "
                "above, or paste the Order API base URL from the plugin page."))
        return url

    def _key(self, url: str) -> str:
        typed = self.api_key.text().strip()
        if typed:
            return typed
        found = self._station.keys.load(url)
        if found.key is not None:
            return found.key.reveal()
        raise SettingError(self.tr("Paste the API key."))

    # ---------------------------------------------------------------- actions

    def test_connection(self) -> None:
        if self._testing:
            return
        try:
            url = self._url()
            key = self._key(url)
        except SettingError as exc:
            self.test_result.setText(str(exc))
            return
        self._testing = True
        self.test_button.setEnabled(False)
        self.test_result.setText(self.tr("Testing… (asking Centra how many shipments are ready)"))
        factory = self._factory
        api: Api = "integration" if self.chosen_api() == "integration" else "order"

        def call() -> ConnectionCheck:
            return check_connection(url, key, api=api, factory=factory)

        def done(result: object) -> None:
            self._testing = False
            self.test_button.setEnabled(True)
            assert isinstance(result, ConnectionCheck)
            self.test_result.setText(
                token_ok(result.ready, result.permissions_used, result.writes_confirmed,
                         result.writes_unconfirmed)
                if api == "integration" else connection_ok(result.ready))

        def failed(exc: BaseException) -> None:
            self._testing = False
            self.test_button.setEnabled(True)
            self.test_result.setText(connection_failed(exc))

        self._runner.submit(call, done, failed)

    @property
    def testing(self) -> bool:
        return self._testing

    def save(self) -> None:
        """Validate everything, then store; on any problem say what and keep the input."""
        self.error.setText("")
        station = self._station
        try:
            url = self._url() if "base_url" in self._ask else station.base_url
            key = self.api_key.text().strip()
            if "api_key" in self._ask and not key and not station.keys.load(url).found:
                raise SettingError(self.tr("Paste the API key."))
            name = self.station_name.text().strip()
            if "station" in self._ask:
                STATION_NAME.parse(name)
                if not name:
                    raise SettingError(self.tr("Give this station a name, e.g. Station 3."))
            if "pin" in self._ask:
                if not is_valid_pin(self.pin.text()):
                    raise SettingError(self.tr(
                        "The PIN must be {0} to {1} digits.").format(PIN_MIN_DIGITS,
                                                                     PIN_MAX_DIGITS))
                if self.pin.text() != self.pin2.text():
                    raise SettingError(self.tr("The two PINs differ. Type them again."))
            if key and not station.keys.backend_available() and not self.session_only.isChecked():
                raise SettingError(self.tr(
                    "No password store: tick 'Use the key for this session only' to go on."))
        except SettingError as exc:
            self.error.setText(str(exc))
            return
        if key:
            if station.keys.backend_available():
                result = station.keys.save(url, key)
                if not result.stored:
                    self.error.setText(result.reason)
                    return
            else:
                station.keys.keep_in_memory(url, key)
        try:  # the machine-wide settings file may be read-only for this account
            if "base_url" in self._ask:
                station.settings.set(CENTRA_API, self.chosen_api(), supervisor=True)
                station.settings.set(BASE_URL, url, supervisor=True)
            if "station" in self._ask:
                station.settings.set(STATION_NAME, name, supervisor=True)
            if "pin" in self._ask:
                station.set_pin(self.pin.text())
        except SettingError as exc:
            self.error.setText(str(exc))
            return
        self.api_key.clear()
        self.pin.clear()
        self.pin2.clear()
        self.accept()
