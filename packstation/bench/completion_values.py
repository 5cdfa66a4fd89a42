"""What the completion form holds, and the neutral ``Completion`` it becomes (Qt-free)."""

from __future__ import annotations

from dataclasses import dataclass

from packstation.centra.domain import Completion, Shipment


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


def completion_for(shipment: Shipment, values: FormValues, *, send_email: bool | None,
                   comment_suffix: str = "") -> Completion:
    """What the bench decided for the loaded shipment, from the form's values.

    ``capture`` only applies to a shipment that still needs capturing; ``send_email``
    ``None`` leaves the store's own setting in charge."""
    comment = "\n".join(p for p in (values.internal_comment, comment_suffix) if p)
    return Completion(
        order=shipment.order_id,
        shipment=shipment.shipment_id,
        shipment_ref=shipment.ref,
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
