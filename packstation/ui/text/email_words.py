"""The shipping-confirmation e-mail choice (``station.email_choice.EmailChoice``) in the
interface language: the choice itself and its explanation. The core keeps only the value."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from packstation.station.email_choice import EmailChoice

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text")


def email_choice_text(choice: EmailChoice) -> str:
    """The choice in the interface language, short enough for the form's field."""
    return {
        EmailChoice.STORE: translate("EmailChoice", "Store setting"),
        EmailChoice.SEND: translate("EmailChoice", "Send the e-mail"),
        EmailChoice.DONT: translate("EmailChoice", "Don't send the e-mail"),
    }[choice]


def email_choice_tip(choice: EmailChoice) -> str:
    """What the choice means for the customer (the tooltip)."""
    return {
        EmailChoice.STORE: translate("EmailChoice", "Centra's store setting decides whether "
                                     "the customer gets the shipping e-mail."),
        EmailChoice.SEND: translate("EmailChoice", "Centra sends the shipping e-mail for "
                                    "this shipment."),
        EmailChoice.DONT: translate("EmailChoice", "Centra sends no shipping e-mail for "
                                    "this shipment."),
    }[choice]
