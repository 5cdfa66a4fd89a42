"""Typed errors of the Centra client, each with words a packer can act on.

Every error carries ``title`` (what happened), ``hint`` (what to do) and
``outcome_unknown``: ``True`` when a write may have reached Centra even though no
answer came back (read timeout, reset, 5xx after sending). A completion with an
unknown outcome must be reconciled (looked up) before it is ever sent again.

No error ever holds the API key: messages are built from status codes and Centra's
``msg`` only, never from request headers.
"""

from __future__ import annotations


class CentraError(Exception):
    """Base of everything the client raises."""

    title = "Centra error"
    hint = "Try again. If it keeps happening, call your supervisor."
    outcome_unknown = False
    retryable = True

    def __init__(
        self,
        detail: str = "",
        *,
        status_code: int | None = None,
        outcome_unknown: bool | None = None,
    ) -> None:
        self.detail = detail
        self.status_code = status_code
        if outcome_unknown is not None:
            self.outcome_unknown = outcome_unknown
        super().__init__(self.message)

    @property
    def message(self) -> str:
        if not self.detail or self.detail.lower() in self.title.lower():
            return self.title
        return f"{self.title}: {self.detail}"


class KeyRejected(CentraError):
    title = "Centra rejected the API key"
    hint = "Ask a supervisor to check the API key in station setup."
    retryable = False


class EndpointNotAllowed(CentraError):
    title = "This call is not enabled in Centra's Order API plugin"
    hint = (
        "In Centra, open the Order API plugin and allow the endpoint under "
        "'Allow access to the following endpoints'."
    )
    retryable = False


class CentraRefused(CentraError):
    """Centra answered ``{"status": "no", "msg": ...}`` (often with HTTP 200)."""

    title = "Centra refused"
    hint = "Read Centra's reason above; nothing was changed."
    retryable = False

    def __init__(self, msg: str, *, status_code: int | None = None) -> None:
        self.centra_msg = msg
        super().__init__(msg, status_code=status_code)


class CaptureFailed(CentraRefused):
    title = "Do not ship: payment capture failed"
    payment_detail = ""   # the payment provider's reason, when Centra gives one
    hint = (
        "Keep the parcel at the station and hand it to your supervisor. "
        "The payment could not be taken; the shipment was not completed."
    )


class CentraUnavailable(CentraError):
    """Centra answered, but not with its API: 5xx, an HTML page, garbage."""

    title = "Centra is not answering properly"
    hint = "Wait a moment and press Retry. Nothing is lost."


class MalformedResponse(CentraUnavailable):
    title = "Centra sent an answer Packstation cannot read"


class Unreachable(CentraError):
    """The request never reached Centra (DNS, refused, connect timeout, TLS)."""

    title = "Centra unreachable"
    hint = "Check the network cable or Wi-Fi, then press Retry. Nothing was sent."


class ConnectTimeout(Unreachable):
    title = "Centra did not accept the connection in time"


class TlsError(Unreachable):
    title = "Secure connection to Centra failed"
    hint = "The PC's clock or a proxy may be wrong. Call IT."


class ResponseTimeout(CentraError):
    """Connected and sent, but no answer in time: a write may have happened."""

    title = "Centra took too long to answer"
    hint = "Press Retry. Packstation checks Centra before sending anything again."
    outcome_unknown = True


class ConnectionReset(CentraError):
    title = "The connection to Centra was cut"
    hint = "Press Retry. Packstation checks Centra before sending anything again."
    outcome_unknown = True


# ----- Integration API (GraphQL) -----------------------------------------------------------

class TokenRejected(KeyRejected):
    """HTTP 403 without a missing permission: the token is wrong, revoked or expired."""

    title = "Centra rejected the Integration API token"
    hint = (
        "The token is wrong, revoked or expired (tokens last 30 days unless set otherwise). "
        "A supervisor creates a new token in Centra (System > API Tokens) and enters it "
        "in station setup."
    )


class PermissionMissing(CentraError):
    """Centra's ``errors[]`` with category ``authorization``: the token works but may not
    do or read this. ``missing`` names the permissions (``Order:read``)."""

    title = "The Integration API token lacks a permission"
    hint = (
        "A supervisor adds the permission named here to the token in Centra "
        "(System > API Tokens), or enters a token that has it in station setup."
    )
    retryable = False

    def __init__(self, missing: tuple[str, ...], detail: str = "", *,
                 permissions_used: tuple[str, ...] = (),
                 status_code: int | None = None) -> None:
        self.missing = missing
        self.permissions_used = permissions_used
        named = ", ".join(missing)
        super().__init__(detail or (f"needs {named}" if named else ""),
                         status_code=status_code)


class RateLimited(CentraError):
    """HTTP 429: the environment's shared quota is used up; nothing was done.
    ``retry_after`` is the seconds to wait (from ``Retry-After``)."""

    title = "Centra's rate limit is used up for the moment"
    hint = "Packstation waits as long as Centra asks, then sends it. Nothing is lost."

    def __init__(self, retry_after: float, detail: str = "", *,
                 status_code: int | None = 429) -> None:
        self.retry_after = retry_after
        super().__init__(detail, status_code=status_code)


class RequestRejected(CentraError):
    """HTTP 400: Centra could not read the request (a bug; the query is in the log)."""

    title = "Centra could not read Packstation's request"
    hint = "This is a fault in Packstation; the details are in the log. Call IT."
    retryable = False

    def __init__(self, detail: str = "", *, messages: tuple[str, ...] = (),
                 status_code: int | None = 400) -> None:
        self.messages = messages
        super().__init__(detail, status_code=status_code)
