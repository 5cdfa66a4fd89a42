"""CentraClient under network and server faults, over real HTTP to the simulator: the typed
error for each fault kind on reads and on the complete write, ``outcome_unknown``, bounded
timeouts, and that no error ever shows the API key."""

from __future__ import annotations

import time
import traceback
from collections.abc import Callable, Iterator

import pytest

from packstation.centra import CentraClient, Completion, LookupOutcome
from packstation.centra import errors as E
from packstation.simulator import CentraSimulator, Fault
from tests.client_support import SHORT, closed_port, make_client

SECRET = "sk-live-7f3a9c1e-SECRET-KEY"

# fault kind -> the error class the client must raise
FAULT_ERRORS: dict[str, type[E.CentraError]] = {
    "html502": E.CentraUnavailable,
    "error500": E.CentraUnavailable,
    "reset": E.ConnectionReset,
    "close": E.ConnectionReset,
    "truncated": E.ConnectionReset,
    "badjson": E.MalformedResponse,
    "hang": E.ResponseTimeout,
    "trickle": E.ResponseTimeout,
}
NETWORK_KINDS = list(FAULT_ERRORS)


@pytest.fixture
def sim() -> Iterator[CentraSimulator]:
    with CentraSimulator(api_key=SECRET) as s:
        yield s


@pytest.fixture
def client(sim: CentraSimulator) -> Iterator[CentraClient]:
    with make_client(sim, key=SECRET, timeouts=SHORT) as c:
        yield c


def complete_41001(client: CentraClient) -> object:
    return client.complete(Completion(order="41001", shipment="41001-1",
                                           tracking="00370712345678900001"))


def assert_no_key(err: BaseException) -> None:
    assert SECRET not in str(err)
    assert SECRET not in repr(err)
    assert SECRET not in "".join(traceback.format_exception(err))
    assert SECRET not in str(getattr(err, "detail", ""))


def raised(call: Callable[[], object]) -> tuple[E.CentraError, float]:
    start = time.monotonic()
    with pytest.raises(E.CentraError) as info:
        call()
    return info.value, time.monotonic() - start


def exact(err: E.CentraError, cls: type[E.CentraError]) -> None:
    assert type(err) is cls, f"{type(err).__name__} is not {cls.__name__}: {err!r}"


# ------------------------------------------------------------------ reads

@pytest.mark.parametrize("kind", NETWORK_KINDS)
def test_read_fault_raises_typed_error_with_outcome_known(
    sim: CentraSimulator, client: CentraClient, kind: str
) -> None:
    sim.add_fault(Fault(kind, method="GET", path="/shipments", delay=3))  # type: ignore[arg-type]

    err, elapsed = raised(lambda: client.lookup("41001-1"))

    exact(err, FAULT_ERRORS[kind])
    assert err.outcome_unknown is False   # a read changes nothing
    assert err.retryable
    assert_no_key(err)
    assert elapsed < 1.5
    if kind in ("html502", "error500"):
        assert err.status_code == (502 if kind == "html502" else 500)
    # the client recovers on the next call (fresh or reused connection)
    assert client.lookup("41001-1").outcome is LookupOutcome.READY


def test_read_status_no_is_refused(sim: CentraSimulator, client: CentraClient) -> None:
    sim.add_fault(Fault("status_no", method="GET", msg="database busy"))
    err, _ = raised(lambda: client.lookup("41001-1"))
    exact(err, E.CentraRefused)
    assert isinstance(err, E.CentraRefused) and err.centra_msg == "database busy"
    assert err.outcome_unknown is False
    assert_no_key(err)


def test_fault_on_a_later_lookup_step_is_raised_not_swallowed(
    sim: CentraSimulator, client: CentraClient
) -> None:
    """A failing in-progress query must not turn into "not found"."""
    sim.add_fault(Fault("html502", method="GET", path="/shipments", count=1))
    sim.add_fault(Fault("error500", method="GET", path="/shipments", count=1))
    # first request eats the 502: lookup fails on its first step
    err, _ = raised(lambda: client.lookup("41008-1"))
    assert err.status_code == 502
    err, _ = raised(lambda: client.lookup("41008-1"))
    assert err.status_code == 500
    assert client.lookup("41008-1").outcome is LookupOutcome.COMPLETED


def test_hang_on_read_is_bounded_by_the_read_timeout(
    sim: CentraSimulator, client: CentraClient
) -> None:
    sim.add_fault(Fault("hang", method="GET", delay=10))
    err, elapsed = raised(lambda: client.lookup("41001-1"))
    exact(err, E.ResponseTimeout)
    assert err.outcome_unknown is False
    assert 0.25 <= elapsed < 1.0


# ------------------------------------------------------------------ the complete write

@pytest.mark.parametrize("kind", NETWORK_KINDS)
def test_write_fault_before_processing_is_outcome_unknown(
    sim: CentraSimulator, client: CentraClient, kind: str
) -> None:
    sim.add_fault(Fault(kind, method="PUT", path="/shipment", delay=3))  # type: ignore[arg-type]

    err, elapsed = raised(lambda: complete_41001(client))

    exact(err, FAULT_ERRORS[kind])
    assert err.outcome_unknown is True   # the client cannot tell it was not processed
    assert_no_key(err)
    assert elapsed < 1.5
    assert sim.shipment("41001-1")["state"] == "goodtogo"
    assert sim.completions("41001-1") == 0


@pytest.mark.parametrize("kind", NETWORK_KINDS)
def test_write_fault_after_processing_leaves_shipment_completed(
    sim: CentraSimulator, client: CentraClient, kind: str
) -> None:
    """Centra did it, the answer was lost: the outbox must reconcile by looking up."""
    sim.add_fault(Fault(kind, method="PUT", path="/shipment", apply="after",  # type: ignore[arg-type]
                        delay=3))

    err, elapsed = raised(lambda: complete_41001(client))

    exact(err, FAULT_ERRORS[kind])
    assert err.outcome_unknown is True
    assert_no_key(err)
    assert elapsed < 1.5
    assert sim.shipment("41001-1")["state"] == "completed"
    assert sim.completions("41001-1") == 1
    # reconciliation: a lookup shows it done; sending again is refused, not repeated
    assert client.lookup("41001-1").outcome is LookupOutcome.COMPLETED
    with pytest.raises(E.CentraRefused, match="already completed"):
        complete_41001(client)
    assert sim.completions("41001-1") == 1


def test_hang_on_complete_is_bounded_by_complete_read(
    sim: CentraSimulator, client: CentraClient
) -> None:
    sim.add_fault(Fault("hang", method="PUT", path="/shipment", apply="after", delay=10))
    err, elapsed = raised(lambda: complete_41001(client))
    exact(err, E.ResponseTimeout)
    assert err.outcome_unknown is True
    assert 0.25 <= elapsed < 1.0


def test_write_status_no_is_a_known_refusal(sim: CentraSimulator, client: CentraClient) -> None:
    sim.add_fault(Fault("status_no", method="PUT", path="/shipment", msg="capture failed"))
    err, _ = raised(lambda: complete_41001(client))
    exact(err, E.CaptureFailed)
    assert err.outcome_unknown is False
    assert sim.shipment("41001-1")["state"] == "goodtogo"


def test_mark_good_to_go_fault_after_is_outcome_unknown(
    sim: CentraSimulator, client: CentraClient
) -> None:
    sim.add_fault(Fault("close", method="PUT", path="/shipments/", apply="after"))
    err, _ = raised(lambda: client.mark_good_to_go("41006-1"))
    exact(err, E.ConnectionReset)
    assert err.outcome_unknown is True
    assert sim.shipment("41006-1")["state"] == "goodtogo"


# ------------------------------------------------------------------ key, 403, unreachable

def test_wrong_key_is_key_rejected_on_read_and_write(sim: CentraSimulator) -> None:
    wrong = "sk-live-WRONG-but-still-secret"
    with make_client(sim, key=wrong, timeouts=SHORT) as bad:
        for call in (lambda: bad.lookup("41001-1"), lambda: complete_41001(bad)):
            err, _ = raised(call)
            exact(err, E.KeyRejected)
            assert err.status_code == 401
            assert err.outcome_unknown is False
            assert err.retryable is False
            assert wrong not in str(err) and wrong not in repr(err)
        assert wrong not in repr(bad)
    assert [r.headers["api-authorization"] for r in sim.requests] == [wrong, wrong]
    assert sim.shipment("41001-1")["state"] == "goodtogo"


def test_client_repr_hides_the_key(client: CentraClient) -> None:
    assert SECRET not in repr(client)
    assert SECRET not in str(client)


def test_disabled_endpoint_is_endpoint_not_allowed(
    sim: CentraSimulator, client: CentraClient
) -> None:
    sim.disabled_endpoints.add(("GET", "/shipments"))
    sim.disabled_endpoints.add(("PUT", "/shipment"))
    for call in (lambda: client.lookup("41001-1"), lambda: complete_41001(client)):
        err, _ = raised(call)
        exact(err, E.EndpointNotAllowed)
        assert err.status_code == 403
        assert err.outcome_unknown is False
        assert err.retryable is False
        assert_no_key(err)
    assert sim.shipment("41001-1")["state"] == "goodtogo"


def test_disabled_update_endpoint_blocks_mark_good_to_go(
    sim: CentraSimulator, client: CentraClient
) -> None:
    sim.disabled_endpoints.add(("PUT", "/shipments/"))
    err, _ = raised(lambda: client.mark_good_to_go("41006-1"))
    exact(err, E.EndpointNotAllowed)
    assert client.lookup("41001-1").outcome is LookupOutcome.READY   # reads still allowed


def test_closed_port_is_unreachable_and_outcome_known() -> None:
    base = f"http://127.0.0.1:{closed_port()}/api/order-api"
    with CentraClient(base, SECRET, timeouts=SHORT) as c:
        for call in (lambda: c.lookup("41001-1"), lambda: complete_41001(c),
                     lambda: c.mark_good_to_go("41006-1")):
            err, elapsed = raised(call)
            assert isinstance(err, E.Unreachable), repr(err)
            assert err.outcome_unknown is False   # nothing was sent
            assert err.retryable
            assert elapsed < 1.0
            assert_no_key(err)


def test_wrong_base_path_is_a_404_hint(sim: CentraSimulator) -> None:
    base = f"http://127.0.0.1:{sim.port}/api/wrong-plugin"
    with CentraClient(base, SECRET, timeouts=SHORT) as c:
        err, _ = raised(lambda: c.lookup("41001-1"))
    exact(err, E.CentraUnavailable)
    assert err.status_code == 404
    assert "base URL" in str(err)
    assert err.outcome_unknown is False


def test_every_fault_kind_is_covered() -> None:
    from packstation.simulator import FAULT_KINDS

    covered = set(FAULT_ERRORS) | {"status_no", "latency"}
    assert covered == set(FAULT_KINDS)


def test_latency_under_the_timeout_is_fine(sim: CentraSimulator, client: CentraClient) -> None:
    sim.add_fault(Fault("latency", method="GET", delay=0.1))
    assert client.lookup("41001-1").outcome is LookupOutcome.READY


# ------------------------------------------------------------------ keys that cannot be sent

def test_key_with_surrounding_whitespace_is_trimmed(sim: CentraSimulator) -> None:
    """A key pasted with a trailing newline or spaces still works."""
    for pasted in (SECRET + "\n", f"  {SECRET} ", f"\t{SECRET}\r\n"):
        with make_client(sim, key=pasted, timeouts=SHORT) as c:
            assert c.lookup("41001-1").outcome is LookupOutcome.READY
    assert {r.headers["api-authorization"] for r in sim.requests} == {SECRET}


@pytest.mark.parametrize("bad_key", [
    SECRET[:10] + "\n" + SECRET[10:],    # control character inside
    SECRET + "å",                        # not ASCII: cannot go in an HTTP header
    "",
])
def test_unsendable_key_is_key_rejected_without_sending_or_leaking(
    sim: CentraSimulator, bad_key: str
) -> None:
    with make_client(sim, key=bad_key, timeouts=SHORT) as c:
        for call in (lambda: c.lookup("41001-1"), lambda: complete_41001(c)):
            err, _ = raised(call)
            exact(err, E.KeyRejected)
            assert err.outcome_unknown is False   # nothing left the PC
            assert err.retryable is False
            for text in (str(err), repr(err), "".join(traceback.format_exception(err))):
                assert SECRET[:10] not in text
                assert SECRET[10:] not in text
    assert sim.requests == []
