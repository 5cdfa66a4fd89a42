"""What the bench asks of its paper handling (``ui/papers.py``), and a bench without any."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from packstation.centra.domain import Shipment


class PapersHook(Protocol):
    def load(self, shipment: Shipment | None) -> None: ...
    def may_complete(self) -> bool: ...
    def print_now(self) -> None: ...
    def banner_note(self, shipment: Shipment | None) -> str: ...


class NoPapers:
    """A bench that prints nothing (no station wiring)."""

    def load(self, shipment: Shipment | None) -> None:
        pass

    def may_complete(self) -> bool:
        return True

    def print_now(self) -> None:
        pass

    def banner_note(self, shipment: Shipment | None) -> str:
        return ""
