"""Plain words for the result of "Test connection" in station setup (Qt-free)."""

from __future__ import annotations

from packstation.centra import errors


def connection_ok(ready: int) -> str:
    things = "shipment is" if ready == 1 else "shipments are"
    return f"Connection OK. {ready} {things} ready to pack."


def token_ok(ready: int, permissions_used: tuple[str, ...]) -> str:
    """The Integration API token read what a bench reads; ``permissions_used`` as Centra
    reported them (writes cannot be tested without writing: the first completion does)."""
    used = f" Centra reports it used: {', '.join(permissions_used)}." if permissions_used else ""
    return (f"{connection_ok(ready)} The token may read what the bench reads.{used} "
            "Whether it may write (Shipment:write, Order:write) shows at the first "
            "completion; check it on a QA instance first.")


def connection_failed(exc: BaseException) -> str:
    if isinstance(exc, errors.TokenRejected):
        return ("Centra rejected the Integration API token: it is wrong, revoked or expired "
                "(tokens last 30 days unless set otherwise). Create a new token in Centra "
                "(System > API Tokens), paste it in the Token field above and test again.")
    if isinstance(exc, errors.PermissionMissing):
        named = ", ".join(exc.missing) or exc.detail or "a permission"
        return (f"The Integration API token works but lacks: {named}. Add it to the token "
                "in Centra (System > API Tokens), or paste a token that has it.")
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
