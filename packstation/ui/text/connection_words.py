"""Plain words for the result of "Test connection" in station setup (Qt-free)."""

from __future__ import annotations

from packstation.centra import errors


def connection_ok(ready: int) -> str:
    things = "shipment is" if ready == 1 else "shipments are"
    return f"Connection OK. {ready} {things} ready to pack."


# What a bench does with each permission it may lack (Test connection names them).
PERMISSION_USES = {
    "Shipment:write": "marking good-to-go, capturing and completing shipments",
    "Order:write": "the internal comment",
    "Order.internalComment:read": "reading the internal comment before adding to it",
    "Payment:write": "capturing payments",
    "Order:read": "looking shipments up",
    "Shipment:read": "looking shipments up",
    "Shipment.shippingAddress:read": "the address on the screen",
    "Product:read": "the items' names",
    "ProductVariant:read": "the items' variants",
    "ProductSize:read": "the items' EAN, UPC and SKU",
}


def token_ok(ready: int, permissions_used: tuple[str, ...],
             writes_confirmed: tuple[str, ...] = (),
             writes_unconfirmed: tuple[str, ...] = ()) -> str:
    """The Integration API token read what a bench reads and was not refused the bench's
    writes (checked on a shipment that cannot exist); ``permissions_used`` as Centra
    reported them."""
    used = f" Centra reports it used: {', '.join(permissions_used)}." if permissions_used else ""
    text = f"{connection_ok(ready)} The token may read what the bench reads"
    if writes_confirmed:
        text += f" and write what it writes ({', '.join(writes_confirmed)})"
    text += (". The write check changed nothing (it asked for a shipment that cannot "
             f"exist).{used}")
    if writes_unconfirmed:
        text += (f" Centra did not say whether the token may use {', '.join(writes_unconfirmed)}"
                 ": the first completion on a QA instance shows it.")
    return text


def connection_failed(exc: BaseException) -> str:
    if isinstance(exc, errors.TokenRejected):
        return ("Centra rejected the Integration API token: it is wrong, revoked or expired "
                "(tokens last 30 days unless set otherwise). Create a new token in Centra "
                "(System > API Tokens), paste it in the Token field above and test again.")
    if isinstance(exc, errors.PermissionMissing):
        named = ", ".join(f"{p} ({PERMISSION_USES[p]})" if p in PERMISSION_USES else p
                          for p in exc.missing) or exc.detail or "a permission"
        them = "them" if len(exc.missing) > 1 else "it"
        return (f"The Integration API token works but lacks: {named}. Add {them} to the "
                f"token in Centra (System > API Tokens), or paste a token that has {them}.")
    if isinstance(exc, errors.KeyRejected):
        return ("Centra rejected the API key. Copy the key again from the Order API plugin "
                "page in Centra and check that the plugin is active.")
    if isinstance(exc, errors.EndpointNotAllowed):
        return ("The key works, but the plugin does not allow the shipments endpoint. In "
                "Centra, open the Order API plugin and allow 'shipments' (and 'shipment').")
    if isinstance(exc, errors.TlsError):
        return ("The secure (TLS) connection failed. The PC's clock or a company proxy may "
                "be wrong. Call IT.")
    if isinstance(exc, errors.Unreachable):
        return ("Centra could not be reached. Check the address and the network "
                f"({exc.detail or exc.title}).")
    if isinstance(exc, errors.CentraUnavailable) and exc.status_code == 404:
        return ("The server answered, but not as the Order API. Copy the address exactly as "
                "shown on Centra's plugin page.")
    if isinstance(exc, errors.CentraError):
        return f"{exc.title}. {exc.hint}"
    return f"The test failed unexpectedly ({type(exc).__name__})."
