"""The simulator's answers to the open questions of centra-integration-api.md §10.

Each is a switch on `IntegrationOptions` (`sim.integration`), so a client can be tested
under every answer. The defaults are the simulator's choice; docs/integration-api.md,
"Simulator choices", says why.

1. `shipments_root`: the `shipments(where: ShipmentFilter)` root field exists (True) or the
   schema lacks it (False: a query using it is a 400 validation error, as on a Centra
   without it). `order_id_filter`: ShipmentFilter.orderId takes the order's hash id
   ("hash"), or also its number as a string ("hash-or-number").
2. `complete_when_not_good_to_go`: "refuse" (userErrors "Shipment is not good to go.") or
   "set" (completeShipment marks it good-to-go itself).
   `complete_when_unpaid`: "refuse" (userErrors "Shipment is not paid.") or "capture"
   (completeShipment captures first; a failed capture refuses the completion).
3. `pending_capture`: "off" (captureShipment settles at once: CAPTURE SUCCESS), "flags-set"
   (a CAPTURE_REQUEST PENDING entry; isCaptured and isPaid are already true) or
   "flags-unset" (PENDING; isCaptured/isPaid stay false until `sim.settle_capture`). A
   pending request is never captured twice and lets completeShipment through.
4. `second_complete`: "refuse" (userErrors "Shipment is already shipped."), "noop" (success,
   nothing changes, no e-mail) or "email" (success, nothing changes but a second e-mail).
5. `capture_permissions`: what captureShipment needs (default Shipment:write only).
6. `missing_permission_status`: 200 (default: errors[] beside the data) or 403.
7. `product_size_sku`: "full" (ProductSize.SKU = product + variant + size number, e.g.
   "OCT200BLKM") or "size" (only the size's own number, "M").
8. `events_enabled`: the events system is on (True) or not enabled for the environment.
9. (Order API, so not here) `sim.order_api_gtg_field = True`: GET shipments and GET
   shipments/{id} also carry `"gtg": 0|1` (the field PrimePenguin models but Centra's docs
   do not show); off by default.

Not §10 questions but the same kind of guess: `write_check` "permission-first" (a mutation
the token may not run is refused with the authorization error before its object is looked
up, and the write permission is in `permissionsUsed` either way) or "lookup-first" (a
mutation on an object that does not exist answers its "not found" userError without
checking, or naming, the permission): Test connection's write probe (a mutation on
shipment id 0) tells a missing Shipment:write apart only under the first.
`internal_comment` "replace" (the order's comment becomes the new text, so a client must
read it first) or "append" (like the Order API's internalComment).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal


@dataclass
class IntegrationOptions:
    shipments_root: bool = True
    order_id_filter: Literal["hash", "hash-or-number"] = "hash"
    complete_when_not_good_to_go: Literal["refuse", "set"] = "refuse"
    complete_when_unpaid: Literal["refuse", "capture"] = "refuse"
    pending_capture: Literal["off", "flags-set", "flags-unset"] = "off"
    second_complete: Literal["refuse", "noop", "email"] = "refuse"
    capture_permissions: tuple[str, ...] = field(default=("Shipment:write",))
    missing_permission_status: Literal[200, 403] = 200
    product_size_sku: Literal["full", "size"] = "full"
    events_enabled: bool = True
    internal_comment: Literal["replace", "append"] = "replace"
    write_check: Literal["permission-first", "lookup-first"] = "permission-first"
