"""What the completion form holds, and the Centra request it becomes (Qt-free)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pydantic loads after the first frame (the form imports this module)
    from packstation.centra.order_api.models import CompleteRequest, Shipment


@dataclass(frozen=True)
class FormValues:
    gtg: bool
    shipped: bool
    tracking: str
    packages: int
    carrier: str
    service: str
    return_slip_tracking: str
    internal_comment: str
    capture: bool


def complete_request(shipment: Shipment, values: FormValues, *, send_email: bool | None,
                     comment_suffix: str = "") -> CompleteRequest:
    """The ``PUT <base>/shipment`` body for the loaded shipment and the form's values.

    ``capture`` only applies to a shipment that still needs capturing; ``send_email``
    ``None`` leaves the store's own setting in charge."""
    from packstation.centra.order_api.models import CompleteRequest

    comment = "\n".join(p for p in (values.internal_comment, comment_suffix) if p)
    return CompleteRequest(
        order=shipment.order_id,
        shipment=shipment.shipment_id,
        capture=values.capture if shipment.needs_capture else True,
        gtg=True,
        shipped=True,
        carrier=values.carrier,
        service=values.service,
        packages=values.packages,
        tracking=values.tracking,
        return_slip_tracking=values.return_slip_tracking,
        send_email=send_email,
        internal_comment=comment,
    )
