"""What the packer and the supervisor read for the Integration API's errors."""

from __future__ import annotations

from packstation.centra import errors
from packstation.ui.text import messages


def test_a_rejected_token_says_expired_and_where_to_enter_a_new_one() -> None:
    msg = messages.for_error(errors.TokenRejected(status_code=403), doing="Looking up 41001-1")
    assert "Integration API token" in msg.title
    assert "30 days" in msg.hint and "station setup" in msg.hint and "new token" in msg.hint
    assert not msg.retry


def test_a_missing_permission_is_named() -> None:
    exc = errors.PermissionMissing(("Shipment:write",), permissions_used=("Shipment:write",))
    msg = messages.for_error(exc, doing="Completing 41001-1")
    assert "Shipment:write" in msg.title and "lacks a permission" in msg.title
    assert "API Tokens" in msg.hint


def test_the_rate_limit_is_waited_for_not_a_failure_to_fix() -> None:
    msg = messages.for_error(errors.RateLimited(8.0), doing="Completing 41001-1")
    assert msg.retry and "Nothing is lost" in msg.hint
