"""Completing through the Integration API as a resumable sequence, over real HTTP against
the simulator: only the mutations that are needed, resume after a crash or a lost answer
at every step (never two captures, never two completions, never two e-mails), DO NOT SHIP
on a refused capture, warnings returned."""

from __future__ import annotations

import pytest

from packstation.centra import errors
from packstation.centra.domain import Completion
from packstation.centra.integration_api.client import IntegrationClient
from packstation.centra.integration_api.sequence import (
    Phase,
    Step,
    remaining_steps,
    run_completion,
)
from packstation.centra.order_api.client import Timeouts
from packstation.simulator import CentraSimulator, Fault
from tests.integration_api_support import captures, mutations


def order(number: str, **kwargs: object) -> Completion:
    fields: dict[str, object] = {"carrier": "PostNord", "service": "MyPack Home",
                                 "tracking": "RR123456785SE", "send_email": True, **kwargs}
    return Completion(number.split("-")[0], number, **fields)  # type: ignore[arg-type]


class Crash(Exception):
    """The bench dies right after a step (as a SIGKILL would, but in-process)."""


def test_a_paid_shipment_needs_only_complete(simulator: CentraSimulator,
                                             gql_client: IntegrationClient) -> None:
    report = run_completion(gql_client, order("41001-1"))
    assert report.steps_done == [Step.COMPLETE]
    assert mutations(simulator) == {"updateShipment": 0, "captureShipment": 0,
                                    "completeShipment": 1, "updateDirectToConsumerOrder": 0}
    s = simulator.shipment("41001-1")
    assert (s["state"], s["trackingNumber"], s["defaultCarrier"]) == (
        "completed", "RR123456785SE", "PostNord")
    assert simulator.emails("41001-1") == 1 and report.shipment.is_shipped


def test_a_shipment_to_capture_is_captured_then_completed(simulator: CentraSimulator,
                                                          gql_client: IntegrationClient) -> None:
    report = run_completion(gql_client, order("41004-1"))
    assert report.steps_done == [Step.CAPTURE, Step.COMPLETE]
    assert captures(simulator, "41004-1") == 1
    assert simulator.shipment("41004-1")["state"] == "completed"


def test_a_shipment_not_yet_good_to_go_is_marked_first(simulator: CentraSimulator,
                                                       gql_client: IntegrationClient) -> None:
    report = run_completion(gql_client, order("41006-1"))
    assert report.steps_done == [Step.GOOD_TO_GO, Step.COMPLETE]
    assert mutations(simulator)["captureShipment"] == 0


def test_good_to_go_only(simulator: CentraSimulator, gql_client: IntegrationClient) -> None:
    report = run_completion(gql_client, order("41006-1", shipped=False))
    assert report.steps_done == [Step.GOOD_TO_GO]
    assert simulator.shipment("41006-1")["state"] == "goodtogo"
    again = run_completion(gql_client, order("41006-1", shipped=False))
    assert again.steps_done == []                       # already good to go: nothing sent
    assert mutations(simulator)["updateShipment"] == 1


def test_no_capture_when_the_bench_says_so(simulator: CentraSimulator,
                                           gql_client: IntegrationClient) -> None:
    with pytest.raises(errors.CentraRefused, match="not paid"):
        run_completion(gql_client, order("41004-1", capture=False))
    assert mutations(simulator)["captureShipment"] == 0


def test_remaining_steps_follow_centras_state(gql_client: IntegrationClient) -> None:
    state = gql_client.shipment_state("41004-1")
    assert state is not None
    full = order("41004-1", internal_comment="x")
    assert remaining_steps(full, state) == (Step.CAPTURE, Step.COMPLETE, Step.COMMENT)
    captured = state.model_copy(update={"is_captured": True})
    assert remaining_steps(full, captured) == (Step.COMPLETE, Step.COMMENT)
    paid = state.model_copy(update={"is_paid": True, "is_good_to_go": False})
    assert remaining_steps(full, paid) == (Step.GOOD_TO_GO, Step.COMPLETE, Step.COMMENT)
    shipped = state.model_copy(update={"is_shipped": True})
    assert remaining_steps(order("41004-1"), shipped) == ()


def test_a_refused_capture_is_do_not_ship_with_the_providers_reason(
        simulator: CentraSimulator, gql_client: IntegrationClient) -> None:
    with pytest.raises(errors.CaptureFailed) as info:
        run_completion(gql_client, order("41005-1"))
    exc = info.value
    assert "Capture failed." in exc.centra_msg
    assert "Expired authorization" in exc.centra_msg
    assert "Expired authorization" in exc.payment_detail
    assert simulator.shipment("41005-1")["state"] == "goodtogo"
    assert mutations(simulator)["completeShipment"] == 0


def test_the_capture_failure_reason_is_centras(simulator: CentraSimulator,
                                               gql_client: IntegrationClient) -> None:
    simulator.set_capture_failure("41004-1", "Insufficient funds")
    with pytest.raises(errors.CaptureFailed, match="Insufficient funds"):
        run_completion(gql_client, order("41004-1"))


def test_a_held_shipment_gets_no_mutation_at_all(simulator: CentraSimulator,
                                                 gql_client: IntegrationClient) -> None:
    with pytest.raises(errors.CentraRefused, match="on hold"):
        run_completion(gql_client, order("41007-1"))
    assert sum(mutations(simulator).values()) == 0


def test_warnings_are_returned(simulator: CentraSimulator, gql_client: IntegrationClient) -> None:
    report = run_completion(gql_client, order("41001-1", carrier="Pigeon Post"))
    assert any("Pigeon Post" in w for w in report.warnings)


def test_pending_capture_warning_is_returned_and_completion_goes_on(
        simulator: CentraSimulator, gql_client: IntegrationClient) -> None:
    simulator.integration.pending_capture = "flags-unset"     # open question 3
    report = run_completion(gql_client, order("41004-1"))
    assert report.steps_done == [Step.CAPTURE, Step.COMPLETE]
    assert any("confirms it later" in w for w in report.warnings)
    # A resume while the request is still pending does not capture again.
    assert run_completion(gql_client, order("41004-1")).steps_done == []
    assert captures(simulator, "41004-1") == 1


def test_internal_comment_is_added_once(simulator: CentraSimulator,
                                        gql_client: IntegrationClient) -> None:
    o = order("41015-1", internal_comment="Packed at bench 3")
    report = run_completion(gql_client, o)
    assert report.steps_done == [Step.COMPLETE, Step.COMMENT]
    run_completion(gql_client, o)
    assert simulator.shipment("41015-1")["internalComment"] == "VIP customer\nPacked at bench 3"
    assert mutations(simulator)["completeShipment"] == 1


def test_a_refused_comment_after_completion_is_a_warning(simulator: CentraSimulator) -> None:
    simulator.add_token("bench", ["Shipment:read", "Shipment:write", "Order:read",
                                  "Order.internalComment:read", "Order:write"])
    simulator.set_order_locked(41015)
    with IntegrationClient(simulator.graphql_url, "bench") as c:
        report = run_completion(c, order("41015-1", internal_comment="Packed"))
    assert report.steps_done == [Step.COMPLETE, Step.COMMENT]
    assert any("internal comment was not saved" in w and "locked" in w
               for w in report.warnings)
    assert simulator.shipment("41015-1")["state"] == "completed"


# ----- resume -----------------------------------------------------------------------------

@pytest.mark.parametrize("crash_after", [Step.GOOD_TO_GO, Step.CAPTURE, Step.COMPLETE,
                                         Step.COMMENT])
@pytest.mark.parametrize("phase", ["sending", "done"])
def test_resume_after_a_crash_at_every_step(simulator: CentraSimulator,
                                            gql_client: IntegrationClient,
                                            crash_after: Step, phase: Phase) -> None:
    # 41004-1 needs a capture; made not good-to-go so that all four steps are needed.
    simulator.set_state("41004-1", "inprogress")
    o = order("41004-1", internal_comment="Packed at bench 3")

    def die(step: Step, at: Phase) -> None:
        if step is crash_after and at == phase:
            raise Crash

    with pytest.raises(Crash):
        run_completion(gql_client, o, on_step=die)
    report = run_completion(gql_client, o)                         # looks up, goes on
    s = simulator.shipment("41004-1")
    assert s["state"] == "completed" and s["completions"] == 1
    assert captures(simulator, "41004-1") == 1
    assert simulator.emails("41004-1") == 1
    assert s["internalComment"] == "Packed at bench 3"
    assert mutations(simulator)["captureShipment"] == 1
    assert mutations(simulator)["completeShipment"] == 1
    assert mutations(simulator)["updateShipment"] == 1
    assert Step.COMPLETE not in report.steps_done or crash_after is not Step.COMPLETE \
        or phase == "sending"


@pytest.mark.parametrize("field", ["updateShipment", "captureShipment", "completeShipment",
                                   "updateDirectToConsumerOrder"])
@pytest.mark.parametrize("kind", ["reset", "hang", "error500"])
def test_resume_after_a_lost_answer_at_every_step(simulator: CentraSimulator,
                                                  field: str, kind: str) -> None:
    simulator.set_state("41004-1", "inprogress")
    simulator.add_fault(Fault(kind, path="/graphql", field=field, apply="after",  # type: ignore[arg-type]
                              delay=0.0))
    o = order("41004-1", internal_comment="Packed")
    # A short deadline only for the run that meets the fault (a hang); the resume is a
    # fresh start with the usual timeouts, as after a restart.
    short = Timeouts(read=3.0, complete_read=3.0, total=4.0, complete_total=4.0)
    with IntegrationClient(simulator.graphql_url, "demo-token", timeouts=short) as c:
        with pytest.raises(errors.CentraError) as info:
            run_completion(c, o)
        assert info.value.outcome_unknown
    with IntegrationClient(simulator.graphql_url, "demo-token") as c:
        run_completion(c, o)
    s = simulator.shipment("41004-1")
    assert (s["state"], s["completions"], captures(simulator, "41004-1"),
            simulator.emails("41004-1"), s["internalComment"]) == (
        "completed", 1, 1, 1, "Packed")


@pytest.mark.parametrize("mode", ["refuse", "noop", "email"])
def test_a_completion_whose_answer_was_lost_is_not_completed_again(
        simulator: CentraSimulator, gql_client: IntegrationClient, mode: str) -> None:
    simulator.integration.second_complete = mode  # type: ignore[assignment]
    simulator.add_fault(Fault("reset", path="/graphql", field="completeShipment",
                              apply="after"))
    with pytest.raises(errors.ConnectionReset):
        run_completion(gql_client, order("41001-1"))
    report = run_completion(gql_client, order("41001-1"))
    assert report.already_shipped and report.steps_done == []
    assert mutations(simulator)["completeShipment"] == 1
    assert simulator.emails("41001-1") == 1


def test_a_stale_state_does_not_capture_twice(simulator: CentraSimulator,
                                              gql_client: IntegrationClient) -> None:
    stale = gql_client.shipment_state("41004-1")
    gql_client.capture(simulator.gql_id("41004-1"))                # captured meanwhile
    report = run_completion(gql_client, order("41004-1"), state=stale)
    assert report.steps_done == [Step.CAPTURE, Step.COMPLETE]  # refused, then looked up
    assert captures(simulator, "41004-1") == 1
    assert any("already captured" in w for w in report.warnings)
    assert simulator.shipment("41004-1")["state"] == "completed"


def test_a_stale_state_does_not_complete_twice(simulator: CentraSimulator,
                                               gql_client: IntegrationClient) -> None:
    stale = gql_client.shipment_state("41001-1")
    run_completion(gql_client, order("41001-1"))
    report = run_completion(gql_client, order("41001-1"), state=stale)
    assert report.already_shipped
    assert simulator.shipment("41001-1")["completions"] == 1
    assert simulator.emails("41001-1") == 1


def test_a_token_that_may_not_read_the_payload_still_completes_once(
        simulator: CentraSimulator) -> None:
    """Without PaymentHistory:read the capture's payment entry is withheld, but the
    capture ran: that is no error, and nothing is sent twice."""
    simulator.add_token("writer", ["Shipment:read", "Shipment:write", "Order:read"])
    with IntegrationClient(simulator.graphql_url, "writer") as c:
        report = run_completion(c, order("41004-1"))
    assert report.steps_done == [Step.CAPTURE, Step.COMPLETE]
    assert captures(simulator, "41004-1") == 1
    assert simulator.shipment("41004-1")["completions"] == 1


def test_without_payment_history_a_failed_capture_is_still_do_not_ship(
        simulator: CentraSimulator) -> None:
    simulator.add_token("writer", ["Shipment:read", "Shipment:write", "Order:read"])
    with IntegrationClient(simulator.graphql_url, "writer") as c, \
            pytest.raises(errors.CaptureFailed, match="Capture failed"):
        run_completion(c, order("41005-1"))
    assert mutations(simulator)["completeShipment"] == 0
