"""The GraphQL documents Packstation sends (written from the reference's field names).

Every mutation selects ``userErrors`` and ``userWarnings`` (Centra: "always select them").
Lookups go through ``orders(where: {number})``, which every Centra has (open question 1
asks whether a ``shipments`` root field exists): a shipment number ``41001-1`` is order
41001's shipment, so one request answers a scan of either kind.
"""

from __future__ import annotations

# What the bench shows and decides on. Product data needs ProductSize:read etc.
SHIPMENT_FIELDS = """
  id number isGoodToGo isShipped isPaid isCaptured isOnHold
  createdAt updatedAt shippedAt trackingNumber returnTrackingNumber numberOfPackages
  carrierInformation { carrierName serviceName }
  shippingAddress {
    firstName lastName companyName address1 address2 city zipCode stateOrProvince
    country { code name } email phoneNumber
  }
  order { id number status isOnHold internalComment otherComment shippingMethod { name } }
  lines {
    id quantity
    orderLine {
      id productNumber productName productVariantName size comment
      productVariant { name variantNumber }
      productSize { SKU sizeNumber EAN UPC description }
    }
  }
"""

# Only the state: what the completion sequence needs to know where Centra is.
STATE_FIELDS = """
  id number isGoodToGo isShipped isPaid isCaptured isOnHold trackingNumber updatedAt
  order { id number }
"""

ORDER_SHIPMENTS = f"""
query OrderShipments($number: [Int!]) {{
  orders(where: {{number: $number}}, limit: 1) {{
    id number status isOnHold
    shipments {{ {SHIPMENT_FIELDS} }}
  }}
}}
"""

ORDER_STATE = f"""
query OrderState($number: [Int!]) {{
  orders(where: {{number: $number}}, limit: 1) {{
    id number
    shipments {{ {STATE_FIELDS} }}
  }}
}}
"""

READY_PAGE = f"""
query ReadyShipments($limit: Int!, $page: Int!) {{
  shipments(where: {{isGoodToGo: true, isShipped: false}}, sort: [id_ASC],
            limit: $limit, page: $page) {{ {SHIPMENT_FIELDS} }}
}}
"""

# Fallback when the Centra has no `shipments` root field (open question 1).
READY_ORDERS_PAGE = f"""
query ReadyOrders($limit: Int!, $page: Int!) {{
  orders(where: {{status: [CONFIRMED, PROCESSING]}}, sort: [id_ASC],
         limit: $limit, page: $page) {{
    shipments {{ {SHIPMENT_FIELDS} }}
  }}
}}
"""

CHANGED_SINCE = f"""
query ChangedShipments($since: DateTimeTz!, $limit: Int!, $page: Int!) {{
  shipments(where: {{updatedAt: {{from: $since}}}}, sort: [updatedAt_ASC],
            limit: $limit, page: $page) {{ {SHIPMENT_FIELDS} }}
}}
"""

CHANGED_ORDERS_SINCE = f"""
query ChangedOrders($since: DateTimeTz!, $limit: Int!, $page: Int!) {{
  orders(where: {{updatedAt: {{from: $since}}}}, sort: [updatedAt_ASC],
         limit: $limit, page: $page) {{
    shipments {{ {SHIPMENT_FIELDS} }}
  }}
}}
"""

LATEST_CHANGE = """
query LatestChange { shipments(sort: [updatedAt_DESC], limit: 1) { updatedAt } }
"""

LATEST_ORDER_CHANGE = """
query LatestOrderChange { orders(sort: [updatedAt_DESC], limit: 1) { updatedAt } }
"""

ORDER_COMMENT = """
query OrderComment($number: [Int!]) {
  orders(where: {number: $number}, limit: 1) { id number isLocked internalComment }
}
"""

_PAYLOAD = "userErrors { message path } userWarnings { message path }"

MARK_GOOD_TO_GO = f"""
mutation MarkGoodToGo($id: Int!) {{
  updateShipment(id: $id, input: {{isGoodToGo: true}}) {{
    shipment {{ {STATE_FIELDS} }}
    {_PAYLOAD}
  }}
}}
"""

CAPTURE = f"""
mutation Capture($id: Int!) {{
  captureShipment(id: $id) {{
    shipment {{ {STATE_FIELDS} }}
    paymentHistoryEntry {{ entryType status externalReference paymentMethod paramsJSON }}
    {_PAYLOAD}
  }}
}}
"""

COMPLETE = f"""
mutation Complete($id: Int!, $input: ShipmentCompleteInput) {{
  completeShipment(id: $id, input: $input) {{
    shipment {{ {STATE_FIELDS} }}
    {_PAYLOAD}
  }}
}}
"""

SET_INTERNAL_COMMENT = f"""
mutation SetInternalComment($order: OrderInput!, $comment: String) {{
  updateDirectToConsumerOrder(order: $order, input: {{internalComment: $comment}}) {{
    order {{ id number isLocked internalComment }}
    {_PAYLOAD}
  }}
}}
"""

SET_EVENT_LISTENERS = f"""
mutation Listen($input: [EventListenerInput!]!) {{
  setEventListeners(input: $input) {{
    eventListeners {{ objectType changeTypes }}
    {_PAYLOAD}
  }}
}}
"""

EVENTS = f"""
query ShipmentEvents($limit: Int!) {{
  events(where: {{objectType: [Shipment]}}, limit: $limit) {{
    id objectType changeType objectReference
    object {{ ... on DirectToConsumerShipment {{ {SHIPMENT_FIELDS} }} }}
  }}
}}
"""

CONFIRM_EVENTS = f"""
mutation Confirm($ids: [Int!]!) {{
  confirmEvents(input: {{eventsIds: $ids}}) {{ {_PAYLOAD} }}
}}
"""

RATE_LIMITS = """
query { rateLimits { type intervalSeconds quota usedQuota remainingQuota } }
"""

# "Test connection": one cheap read that makes Centra list the permissions a bench uses.
PERMISSION_PROBE = """
query Probe {
  orders(limit: 1) {
    number internalComment
    shipments { id lines { orderLine { productSize { EAN } productVariant { name } } } }
  }
}
"""

# "Test connection", the write permissions without writing: every mutation a bench sends,
# aimed at shipment id 0 and order number 0, which cannot exist (Centra's ids start at 1),
# with empty inputs. Centra checks a mutation's permission before it looks its object up
# (🟡 assumed, docs/integration-api.md): a missing permission is the authorization error,
# a present one the userError "Shipment not found." One request each: a refused mutation
# nulls the whole answer and stops the ones after it. Nothing is written, but it spends
# four of the environment's shared mutations (20 per 10 s): on the button, never at start.
WRITE_PROBE_ID = 0
WRITE_PROBES = {
    "updateShipment": f"""
mutation WriteProbe {{
  updateShipment(id: {WRITE_PROBE_ID}, input: {{}}) {{ {_PAYLOAD} }}
}}
""",
    "captureShipment": f"""
mutation WriteProbe {{
  captureShipment(id: {WRITE_PROBE_ID}) {{ {_PAYLOAD} }}
}}
""",
    "completeShipment": f"""
mutation WriteProbe {{
  completeShipment(id: {WRITE_PROBE_ID}) {{ {_PAYLOAD} }}
}}
""",
    "updateDirectToConsumerOrder": f"""
mutation WriteProbe {{
  updateDirectToConsumerOrder(order: {{number: {WRITE_PROBE_ID}}}, input: {{}}) {{ {_PAYLOAD} }}
}}
""",
}
# The permissions Centra names for the bench's writes (reference §2; open question 5).
WRITE_PERMISSIONS = ("Shipment:write", "Order:write")
