"""POST /graphql: tokens, rate limits, permissions, and execution of `schema.graphql` with
graphql-core, over the simulator's shared store.

Per request, in this order (faults and the global latency come first, in the server):
1. not POST: 405; no valid token (Authorization: Bearer <token>, or the cookie
   graphql-access=<token>; unknown, revoked or expired): 403
   {"errors": [{"message": "Invalid or expired access token", "extensions":
   {"category": "authentication"}}]};
2. the body is not JSON {"query": str, "variables": object?, "operationName": str?}, the
   query does not parse or validate, or its variables do not fit: 400 {"errors": [...]};
3. rate limits (shared by every client): 429 with Retry-After and {"errors": [{"message":
   "Too many requests: the ... limit per ... is used up", "extensions": {"category":
   "rateLimit", "limitType": "MUTATION_COUNT", "interval": "TEN_SECONDS",
   "retryAfterSeconds": 1.5}}]}; nothing is charged or done;
4. execution. A field that needs a permission the token lacks resolves to null with an
   error {"message": "You need Order:read permission to access order.", "path": [...],
   "extensions": {"category": "authorization", "permission": "Order:read"}}; the status is
   200 (or 403, options.missing_permission_status). Every executed response carries
   extensions {"permissionsUsed": [...every permission the request needed, granted or
   not, sorted], "complexity": <fields resolved>}. A mutation's permission is checked
   before its object is looked up (options.write_check: "lookup-first" answers a mutation
   on an object that does not exist with its "not found" userError, unchecked).
"""

from __future__ import annotations

import json
import threading
from collections import Counter
from collections.abc import Callable, Mapping
from datetime import datetime
from http.cookies import CookieError, SimpleCookie
from importlib import resources
from typing import Any

from graphql import (
    DocumentNode,
    FieldNode,
    FragmentDefinitionNode,
    FragmentSpreadNode,
    GraphQLError,
    GraphQLResolveInfo,
    GraphQLScalarType,
    GraphQLSchema,
    InlineFragmentNode,
    OperationDefinitionNode,
    OperationType,
    SelectionSetNode,
    StringValueNode,
    ValueNode,
    build_schema,
    execute_sync,
    get_operation_ast,
    parse,
    validate,
)

from packstation.simulator.graphql.events import EventHub
from packstation.simulator.graphql.options import IntegrationOptions
from packstation.simulator.graphql.ratelimit import RateLimiter
from packstation.simulator.graphql.resolvers import Resolvers
from packstation.simulator.graphql.tokens import Token, TokenRegistry
from packstation.simulator.graphql.views import Views
from packstation.simulator.routes import Response, json_response
from packstation.simulator.store import ShipmentStore

GRAPHQL_PATH = "/graphql"

# (type, field) -> the permissions it needs (Centra's "Required permission" comments).
FIELD_PERMISSIONS: dict[tuple[str, str], tuple[str, ...]] = {
    ("Query", "shipments"): ("Shipment:read",),
    ("Query", "orders"): ("Order:read",),
    ("Query", "order"): ("Order:read",),
    ("Query", "events"): ("Event:read",),
    ("Query", "eventListeners"): ("Event:read",),
    ("Mutation", "updateShipment"): ("Shipment:write",),
    ("Mutation", "completeShipment"): ("Shipment:write",),
    ("Mutation", "updateDirectToConsumerOrder"): ("Order:write",),
    ("Mutation", "setEventListeners"): ("Event:write",),
    ("Mutation", "unsetEventListeners"): ("Event:write",),
    ("Mutation", "confirmEvents"): ("Event:write",),
    ("DirectToConsumerShipment", "order"): ("Order:read",),
    ("DirectToConsumerShipment", "shippingAddress"): ("Shipment.shippingAddress:read",),
    ("DirectToConsumerShipment", "shipmentPlugin"): ("StorePlugin:read",),
    ("ShipmentLine", "orderLine"): ("Order:read",),
    ("ProductOrderLine", "product"): ("Product:read",),
    ("ProductOrderLine", "productVariant"): ("ProductVariant:read",),
    ("ProductOrderLine", "productSize"): ("ProductSize:read",),
    ("DirectToConsumerOrder", "internalComment"): ("Order.internalComment:read",),
    ("DirectToConsumerOrder", "shippingAddress"): ("Order.shippingAddress:read",),
    ("DirectToConsumerOrder", "billingAddress"): ("Order.billingAddress:read",),
    ("DirectToConsumerOrder", "shipments"): ("Shipment:read",),
    ("DirectToConsumerOrder", "paymentHistory"): ("PaymentHistory:read",),
    ("ShipmentUpdatePayload", "shipment"): ("Shipment:read",),
    ("ShipmentCapturePayload", "shipment"): ("Shipment:read",),
    ("ShipmentCapturePayload", "paymentHistoryEntry"): ("PaymentHistory:read",),
    ("ShipmentCapturePayload", "paymentHistoryEntries"): ("PaymentHistory:read",),
    ("ShipmentCompletePayload", "shipment"): ("Shipment:read",),
    ("DirectToConsumerOrderUpdatePayload", "order"): ("Order:read",),
}


def sdl_text() -> str:
    return resources.files("packstation.simulator.graphql").joinpath(
        "schema.graphql").read_text(encoding="utf-8")


def parse_datetime(value: Any) -> datetime:
    """DateTimeTz input: ISO-8601 (offset or Z), or "YYYY-MM-DD HH:MM:SS" in local time;
    returned as naive local time like the store's clock."""
    if not isinstance(value, str):
        raise GraphQLError(f"DateTimeTz must be a string, not {value!r}")
    try:
        parsed = datetime.fromisoformat(value.strip())
    except ValueError:
        raise GraphQLError(f"Invalid DateTimeTz {value!r}: use ISO-8601") from None
    return parsed.astimezone().replace(tzinfo=None) if parsed.tzinfo else parsed


def _parse_datetime_literal(node: ValueNode, _variables: Any = None) -> datetime:
    if not isinstance(node, StringValueNode):
        raise GraphQLError("DateTimeTz must be a string")
    return parse_datetime(node.value)


class RequestContext:
    """Per request: the token, the permissions used and missing, the fields resolved."""

    def __init__(self, token: Token, extra: Mapping[tuple[str, str], tuple[str, ...]],
                 unchecked: Callable[[str, Mapping[str, Any]], bool] | None = None) -> None:
        self.token = token
        self.used: set[str] = set()
        self.missing: set[str] = set()
        self.fields = 0
        self._extra = extra
        # A mutation whose permission is not checked (options.write_check "lookup-first":
        # its object does not exist, so the resolver's "not found" answers first).
        self._unchecked = unchecked

    def use(self, permission: str) -> bool:
        self.used.add(permission)
        if self.token.allows(permission):
            return True
        self.missing.add(permission)
        return False

    def resolve(self, next_: Callable[..., Any], root: Any, info: GraphQLResolveInfo,
                **args: Any) -> Any:
        """graphql-core middleware: count the field, check its permissions."""
        self.fields += 1
        key = (info.parent_type.name, info.field_name)
        if (self._unchecked is not None and info.parent_type.name == "Mutation"
                and self._unchecked(info.field_name, args)):
            return next_(root, info, **args)
        for permission in self._extra.get(key) or FIELD_PERMISSIONS.get(key, ()):
            if not self.use(permission):
                raise GraphQLError(
                    f"You need {permission} permission to access {info.field_name}.",
                    extensions={"category": "authorization", "permission": permission})
        return next_(root, info, **args)


def _root_field_names(document: DocumentNode, operation: OperationDefinitionNode) -> list[str]:
    fragments = {d.name.value: d for d in document.definitions
                 if isinstance(d, FragmentDefinitionNode)}
    names: list[str] = []

    def walk(selection_set: SelectionSetNode, seen: frozenset[str]) -> None:
        for sel in selection_set.selections:
            if isinstance(sel, FieldNode):
                names.append(sel.name.value)
            elif isinstance(sel, InlineFragmentNode):
                walk(sel.selection_set, seen)
            elif isinstance(sel, FragmentSpreadNode) and sel.name.value not in seen:
                frag = fragments.get(sel.name.value)
                if frag is not None:
                    walk(frag.selection_set, seen | {sel.name.value})

    walk(operation.selection_set, frozenset())
    return names


def root_fields(body: bytes) -> tuple[str, ...]:
    """The root field names a /graphql request asks for (for fault matching); () when the
    body is not a parseable GraphQL request."""
    try:
        request = json.loads(body)
        document = parse(request["query"])
        operation = get_operation_ast(document, request.get("operationName"))
    except Exception:  # any bad body simply matches no field
        return ()
    return () if operation is None else tuple(_root_field_names(document, operation))


def _errors(status: int, message: str, **extensions: Any) -> Response:
    error: dict[str, Any] = {"message": message}
    if extensions:
        error["extensions"] = extensions
    return json_response({"errors": [error]}, status)


class GraphQLEndpoint:
    """Serves the Integration API subset for one simulator (one store, one rate limit)."""

    def __init__(self, store: ShipmentStore, *, options: IntegrationOptions,
                 limiter: RateLimiter, tokens: TokenRegistry, events: EventHub) -> None:
        self.store = store
        self.options = options
        self.limiter = limiter
        self.tokens = tokens
        self.events = events
        self.views = Views(store, options)
        self.resolvers = Resolvers(store, self.views, options, events, limiter)
        self._schemas: dict[bool, GraphQLSchema] = {}
        self.stats: Counter[str] = Counter()
        self._stats_lock = threading.Lock()
        store.subscribe(events.record)

    # ----- schema --------------------------------------------------------------------------

    def schema(self) -> GraphQLSchema:
        with_root = self.options.shipments_root
        schema = self._schemas.get(with_root)
        if schema is None:
            text = sdl_text()
            if not with_root:
                start = text.index("  shipments(where: ShipmentFilter")
                text = text[:start] + text[text.index("\n", start) + 1:]
            schema = build_schema(text)
            scalar = schema.type_map["DateTimeTz"]
            assert isinstance(scalar, GraphQLScalarType)
            scalar.parse_value = parse_datetime  # type: ignore[method-assign]
            scalar.parse_literal = _parse_datetime_literal  # type: ignore[method-assign,assignment]
            for type_name, fields in self.resolvers.root_fields().items():
                root_type = schema.get_type(type_name)
                for name, fn in fields.items():
                    field = getattr(root_type, "fields", {}).get(name)
                    if field is not None:
                        field.resolve = fn
            self._schemas[with_root] = schema
        return schema

    # ----- HTTP ----------------------------------------------------------------------------

    @staticmethod
    def _token_value(headers: Mapping[str, str]) -> str | None:
        scheme, _, value = headers.get("authorization", "").strip().partition(" ")
        if scheme.lower() == "bearer" and value.strip():
            return value.strip()
        try:
            cookie = SimpleCookie(headers.get("cookie", ""))
        except CookieError:
            return None
        morsel = cookie.get("graphql-access")
        return morsel.value if morsel is not None else None

    def handle(self, method: str, headers: Mapping[str, str], body: bytes) -> Response:
        """One request to /graphql; `headers` with lower-case names."""
        self._count("http_requests", 1)
        if method != "POST":
            return _errors(405, "Use POST with a JSON body")
        token = self.tokens.valid(self._token_value(headers))
        if token is None:
            self._count("403_token", 1)
            return _errors(403, "Invalid or expired access token", category="authentication")
        try:
            request = json.loads(body.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            return self._bad_request([{"message": "The body is not valid JSON"}])
        if not isinstance(request, dict) or not isinstance(request.get("query"), str):
            return self._bad_request([{"message": "Expected a JSON object with a 'query' "
                                                  "string"}])
        variables = request.get("variables")
        operation_name = request.get("operationName")
        if variables is not None and not isinstance(variables, dict):
            return self._bad_request([{"message": "'variables' must be a JSON object"}])
        if operation_name is not None and not isinstance(operation_name, str):
            return self._bad_request([{"message": "'operationName' must be a string"}])
        schema = self.schema()
        try:
            document = parse(request["query"])
        except GraphQLError as exc:
            return self._bad_request([exc.formatted])
        problems = validate(schema, document)
        if problems:
            return self._bad_request([e.formatted for e in problems])
        operation = get_operation_ast(document, operation_name)
        if operation is None:
            return self._bad_request([{"message": "Unknown operation, or several operations "
                                                  "and no operationName"}])
        fields = _root_field_names(document, operation)
        mutations = len(fields) if operation.operation == OperationType.MUTATION else 0
        refusal = self.limiter.admit(mutations)
        if refusal is not None:
            self._count("429", 1)
            kind = {"REQUEST_COUNT": "request", "MUTATION_COUNT": "mutation",
                    "QUERY_COMPLEXITY": "query complexity"}[refusal.kind]
            window = "10 seconds" if refusal.interval == "TEN_SECONDS" else "hour"
            response = _errors(429, f"Too many requests: the {kind} limit per {window} is "
                                    "used up", category="rateLimit", limitType=refusal.kind,
                               interval=refusal.interval,
                               retryAfterSeconds=round(refusal.wait, 3))
            return Response(429, response.content_type, response.body,
                            (("Retry-After", self.limiter.retry_after(refusal.wait)),))
        self._count("requests", 1)
        self._count("mutations", mutations)
        for name in fields:
            self._count(f"field:{name}", 1)
        extra = {("Mutation", "captureShipment"): tuple(self.options.capture_permissions)}
        context = RequestContext(token, extra, self._target_missing
                                 if self.options.write_check == "lookup-first" else None)
        result = execute_sync(schema, document, context_value=context,
                              variable_values=variables, operation_name=operation_name,
                              middleware=[context])
        if context.fields == 0 and result.errors:
            return self._bad_request([e.formatted for e in result.errors])
        self.limiter.charge_complexity(context.fields)
        payload: dict[str, Any] = {"data": result.data}
        if result.errors:
            payload["errors"] = [e.formatted for e in result.errors]
        payload["extensions"] = {"permissionsUsed": sorted(context.used),
                                 "complexity": context.fields}
        status = 200
        if context.missing and self.options.missing_permission_status == 403:
            status = 403
        return json_response(payload, status)

    def _target_missing(self, field: str, args: Mapping[str, Any]) -> bool:
        """The shipment or order a mutation names does not exist (write_check
        "lookup-first" answers "not found" before the permission)."""
        with self.store.lock:
            if field in ("updateShipment", "captureShipment", "completeShipment"):
                return self.store.live_by_gql_id(int(args.get("id") or 0)) is None
            if field == "updateDirectToConsumerOrder":
                order = args.get("order") or {}
                if order.get("number") is not None:
                    return not self.store.live_order(int(order["number"]))
                if order.get("id") is not None:
                    return self.store.order_id_for_hash(str(order["id"])) is None
        return False

    def _count(self, key: str, n: int = 1) -> None:
        with self._stats_lock:
            self.stats[key] += n

    def stats_snapshot(self) -> dict[str, int]:
        with self._stats_lock:
            return dict(self.stats)

    def _bad_request(self, errors: list[Any]) -> Response:
        self._count("400", 1)
        return json_response({"errors": errors}, 400)
