"""The shipping-confirmation e-mail choice for one shipment: store default, send, don't send.

``EmailChoice.STORE`` leaves ``sendEmail`` out of the request so Centra's store setting
decides; ``SEND`` / ``DONT`` send ``true`` / ``false``. Only a supervisor may change it.
Its words are the interface's (``ui/text/email_words.py``, translated), not the core's.
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


def parse_choice(value: str) -> EmailChoice:
    try:
        return EmailChoice(value)
    except ValueError:
        return EmailChoice.STORE
