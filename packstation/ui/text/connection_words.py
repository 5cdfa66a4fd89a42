"""Plain words for the result of "Test connection" in station setup (Qt-free)."""

from __future__ import annotations

from packstation.centra import errors


def connection_ok(ready: int) -> str:
    things = "shipment is" if ready == 1 else "shipments are"
    return f"Connection OK. {ready} {things} ready to pack."


def connection_failed(exc: BaseException) -> str:
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
