"""The shipping-confirmation e-mail choice for one shipment: store default, send, don't send.

``EmailChoice.STORE`` leaves ``sendEmail`` out of the request so Centra's store setting
decides; ``SEND`` / ``DONT`` send ``true`` / ``false``. Only a supervisor may change it.
"""

from __future__ import annotations

from enum import StrEnum


class EmailChoice(StrEnum):
    STORE = "store"
    SEND = "send"
    DONT = "dont"

    @property
    def send_email(self) -> bool | None:
        """The value for ``Completion.send_email`` (``None`` = leave the field out)."""
        return {EmailChoice.STORE: None, EmailChoice.SEND: True, EmailChoice.DONT: False}[self]

    @property
    def label(self) -> str:
        return {
            EmailChoice.STORE: "Store setting (Centra decides)",
            EmailChoice.SEND: "Send the shipping e-mail",
            EmailChoice.DONT: "Do not send the e-mail",
        }[self]


def parse_choice(value: str) -> EmailChoice:
    try:
        return EmailChoice(value)
    except ValueError:
        return EmailChoice.STORE
