"""The settings the bench works with, as one frozen snapshot (``BenchSettings``).

Built from ``StationSettings`` and rebuilt on every change (``BenchSettingsFeed``, a
settings listener). The bench takes the current snapshot when it loads a slip, so a
supervisor's change applies from the next shipment and never half-way through one.
Reading it is an attribute read: worker threads may do it too (no QSettings access).
Qt-free.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from .email_choice import EmailChoice, parse_choice
from .settings import (
    AUTO_TICK_ON_TRACKING,
    BUNDLES_PREPACKED,
    CARRIERS_SETTING,
    COMMENT_PACKED_BY,
    DEFAULT_CAPTURE,
    DELIVERY_NOTE_COPIES,
    DELIVERY_NOTE_PRINT,
    DOCUMENT_PRINTER,
    PROFORMA_COPIES,
    PROFORMA_PRINT,
    SEND_EMAIL_DEFAULT,
    SERVICES_SETTING,
    TRACKING_REQUIRED,
    VERIFICATION_MODE,
    SettingChange,
    StationSettings,
)


def carrier_offer(carriers: list[str],
                  services: Mapping[str, list[str]]) -> Mapping[str, tuple[str, ...]]:
    """Carrier -> its services, in the station's order (read-only). A carrier without
    an entry in ``services`` offers none; services of a carrier not offered are ignored."""
    return MappingProxyType({name: tuple(services.get(name, ())) for name in carriers})


def _default_carriers() -> Mapping[str, tuple[str, ...]]:
    return carrier_offer(CARRIERS_SETTING.default, SERVICES_SETTING.default)


_EMAIL_DEFAULT = parse_choice(SEND_EMAIL_DEFAULT.default)


@dataclass(frozen=True)
class BenchSettings:
    """Everything a station setting decides at the bench. The defaults are the registry's
    (``station/settings.py``): a bench without a station works with these."""

    carriers: Mapping[str, tuple[str, ...]] = field(default_factory=_default_carriers)
    default_capture: bool = DEFAULT_CAPTURE.default
    tracking_required: bool = TRACKING_REQUIRED.default
    auto_tick_on_tracking: bool = AUTO_TICK_ON_TRACKING.default
    verification_mode: str = VERIFICATION_MODE.default  # "off" | "warn" | "require"
    comment_packed_by: bool = COMMENT_PACKED_BY.default
    email_default: EmailChoice = _EMAIL_DEFAULT
    bundles_prepacked: bool = BUNDLES_PREPACKED.default
    delivery_note_print: str = DELIVERY_NOTE_PRINT.default
    delivery_note_copies: int = DELIVERY_NOTE_COPIES.default
    proforma_print: str = PROFORMA_PRINT.default
    proforma_copies: int = PROFORMA_COPIES.default
    document_printer: str = DOCUMENT_PRINTER.default

    @classmethod
    def from_settings(cls, s: StationSettings) -> BenchSettings:
        return cls(
            carriers=carrier_offer(s.get(CARRIERS_SETTING), s.get(SERVICES_SETTING)),
            default_capture=s.get(DEFAULT_CAPTURE),
            tracking_required=s.get(TRACKING_REQUIRED),
            auto_tick_on_tracking=s.get(AUTO_TICK_ON_TRACKING),
            verification_mode=s.get(VERIFICATION_MODE),
            comment_packed_by=s.get(COMMENT_PACKED_BY),
            email_default=parse_choice(s.get(SEND_EMAIL_DEFAULT)),
            bundles_prepacked=s.get(BUNDLES_PREPACKED),
            delivery_note_print=s.get(DELIVERY_NOTE_PRINT),
            delivery_note_copies=s.get(DELIVERY_NOTE_COPIES),
            proforma_print=s.get(PROFORMA_PRINT),
            proforma_copies=s.get(PROFORMA_COPIES),
            document_printer=s.get(DOCUMENT_PRINTER),
        )


class BenchSettingsFeed:
    """The current ``BenchSettings`` of a station, rebuilt whenever a setting changes
    (saved, overridden for this run, or found changed outside Packstation)."""

    def __init__(self, settings: StationSettings) -> None:
        self._settings = settings
        self._current = BenchSettings.from_settings(settings)
        settings.add_listener(self._changed)

    def current(self) -> BenchSettings:
        return self._current

    def _changed(self, _change: SettingChange) -> None:
        self._current = BenchSettings.from_settings(self._settings)


class CarrierLinesError(ValueError):
    """The carrier lines cannot be saved: ``line`` is the 1-based line at fault (0: none
    offered at all)."""

    def __init__(self, line: int) -> None:
        super().__init__(f"carrier line {line}")
        self.line = line


def carrier_lines(carriers: Mapping[str, tuple[str, ...]]) -> str:
    """One line per carrier, its services after a colon: ``DHL: Express, Parcel``."""
    return "\n".join(f"{name}: {', '.join(services)}" if services else name
                     for name, services in carriers.items())


def parse_carrier_lines(text: str) -> dict[str, list[str]]:
    """The inverse of ``carrier_lines``: carrier -> services, in the order written.
    Blank lines and empty services are skipped; a carrier written twice gets the services
    of both lines. A line without a carrier name (``: Parcel``) or no carrier at all is
    refused (``CarrierLinesError``)."""
    out: dict[str, list[str]] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        name, _, rest = line.partition(":")
        name = " ".join(name.split())
        if not name:
            raise CarrierLinesError(number)
        services = out.setdefault(name, [])
        for service in (" ".join(s.split()) for s in rest.split(",")):
            if service and service not in services:
                services.append(service)
    if not out:
        raise CarrierLinesError(0)
    return out
