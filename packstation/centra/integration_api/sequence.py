"""Completing a shipment through the Integration API: a resumable sequence of mutations.

The Order API completes in one call; GraphQL needs up to four: ``updateShipment``
(good-to-go), ``captureShipment``, ``completeShipment`` (with ``shipmentInfo`` and
``sendEmail``) and the order's internal comment (read, then written whole). Each is a
``Step``. ``remaining_steps`` says which are still needed, from the shipment's state *as
Centra reports it*, so:

- no mutation is sent that is not needed (no good-to-go when it already is, no capture
  when it is captured or paid, nothing but the comment once it is shipped);
- after a crash or an unknown outcome anywhere in the sequence, ``run_completion`` looks
  the shipment up and goes on from where Centra actually is: it never captures twice and
  never completes twice;
- ``on_step(step, phase)`` is called with ``"sending"`` before and ``"done"`` after each
  mutation, for the outbox to record; and with ``"done"`` alone for a capture the bench
  asked for that Centra shows done already when the sequence starts (a resume after a
  lost capture answer), so the record says "captured" either way. A listener that
  raises on ``"sending"`` stops the sequence before that mutation leaves.

A capture Centra refuses (``userErrors``) is ``CaptureFailed`` (DO NOT SHIP) with Centra's
message and the payment entry's detail, unless the shipment turns out captured after all
(a repeated request whose first answer was lost). ``userWarnings`` of every step are
returned, not swallowed.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Literal

from packstation.centra import errors
from packstation.centra.domain import Completion
from packstation.centra.integration_api.client import IntegrationClient, ShipmentInfo, user_text
from packstation.centra.integration_api.models import Shipment, UserMessage

log = logging.getLogger("packstation.centra.integration_api")


class Step(StrEnum):
    GOOD_TO_GO = "good_to_go"
    CAPTURE = "capture"
    COMPLETE = "complete"
    COMMENT = "comment"


Phase = Literal["sending", "done"]
StepListener = Callable[[Step, Phase], None]


def shipment_info(c: Completion) -> ShipmentInfo:
    return ShipmentInfo(carrier=c.carrier, service=c.service, packages=c.packages,
                        tracking=c.tracking, return_tracking=c.return_slip_tracking)


def order_number(c: Completion) -> int:
    return int((c.order or c.shipment.rsplit("-", 1)[0]).strip())


@dataclass
class CompletionReport:
    """What the sequence did. ``already_shipped``: Centra had it shipped before this run
    sent ``completeShipment`` (an earlier run's answer was lost, or another bench)."""

    shipment: Shipment
    steps_done: list[Step] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    already_shipped: bool = False


def remaining_steps(c: Completion, state: Shipment) -> tuple[Step, ...]:
    """The mutations still needed, given the shipment as Centra reports it now."""
    steps: list[Step] = []
    if not state.is_shipped:
        if (c.gtg or c.shipped) and not state.is_good_to_go:
            steps.append(Step.GOOD_TO_GO)
        if c.shipped:
            if c.capture and state.needs_capture:
                steps.append(Step.CAPTURE)
            steps.append(Step.COMPLETE)
    if c.internal_comment.strip():
        steps.append(Step.COMMENT)   # the step itself skips text that is already there
    return tuple(steps)


def run_completion(
    client: IntegrationClient,
    c: Completion,
    *,
    state: Shipment | None = None,
    on_step: StepListener | None = None,
) -> CompletionReport:
    """Do the remaining steps. ``state`` is a lookup made just now; without it (always,
    when resuming) the shipment is looked up first. Raises what the client raises;
    calling it again afterwards goes on from where Centra is.

    Before its first request it waits for room for the read and one mutation (Centra's
    429 wait and the bench's share, ``pacing``), or raises ``RateLimited`` having sent
    nothing: a completion retried while the quota is used up spends no reads."""
    if c.shipped or c.gtg:
        client.gql.await_room(requests=2 if state is None else 1, mutations=1)
    current = state if state is not None else _state(client, c.shipment)
    report = CompletionReport(current, already_shipped=current.is_shipped and c.shipped)
    if current.is_shipped and c.shipped:
        log.info("%s is already shipped in Centra: nothing to send but the comment",
                 c.shipment)
    if not current.is_shipped and current.is_on_hold and (c.shipped or c.gtg):
        # Refused before any mutation: a held order's payment is not captured.
        raise errors.CentraRefused("The shipment is on hold in Centra.")
    notify: StepListener = on_step or (lambda step, phase: None)
    steps = remaining_steps(c, current)
    if c.capture and c.shipped and Step.CAPTURE not in steps and not current.is_shipped \
            and state is None and current.is_captured:
        notify(Step.CAPTURE, "done")   # captured by an earlier run (its answer lost)
    for step in steps:
        notify(step, "sending")
        if step is Step.GOOD_TO_GO:
            current = _good_to_go(client, c, current, report)
        elif step is Step.CAPTURE:
            current = _capture(client, c, current, report)
        elif step is Step.COMPLETE:
            current = _complete(client, c, current, report)
        else:
            _comment(client, c, report)
        report.shipment = current
        report.steps_done.append(step)
        notify(step, "done")
    return report


def _state(client: IntegrationClient, number: str) -> Shipment:
    found = client.shipment_state(number)
    if found is None:
        raise errors.CentraRefused(f"Shipment {number} not found.")
    return found


def _warn(report: CompletionReport, messages: list[UserMessage], step: Step) -> None:
    for m in messages:
        if m.message.strip():
            log.warning("Centra warning on %s of %s: %s", step.value,
                        report.shipment.number, m.message)
            report.warnings.append(m.message.strip())


def _good_to_go(client: IntegrationClient, c: Completion, current: Shipment,
                report: CompletionReport) -> Shipment:
    try:
        payload = client.mark_good_to_go(current.id)
    except errors.CentraRefused:
        again = _state(client, c.shipment)
        if again.is_good_to_go:
            return again
        raise
    _warn(report, payload.user_warnings, Step.GOOD_TO_GO)
    return payload.shipment or current


def _capture(client: IntegrationClient, c: Completion, current: Shipment,
             report: CompletionReport) -> Shipment:
    payload = client.capture(current.id)
    _warn(report, payload.user_warnings, Step.CAPTURE)
    if not payload.user_errors:
        return payload.shipment or current
    again = _state(client, c.shipment)
    if not again.needs_capture or again.is_shipped:
        # "already captured": an earlier request went through and its answer was lost.
        report.warnings.extend(m.message for m in payload.user_errors if m.message)
        return again
    message = user_text(payload.user_errors)
    entry = payload.payment_history_entry
    detail = entry.detail if entry is not None else ""
    log.error("Capture of %s refused by Centra: %s (%s)", c.shipment, message,
              detail or "no payment entry")
    failed = errors.CaptureFailed(f"{message} ({detail})" if detail else message)
    failed.payment_detail = detail
    raise failed


def _complete(client: IntegrationClient, c: Completion, current: Shipment,
              report: CompletionReport) -> Shipment:
    payload = client.complete(current.id, shipment_info(c), c.send_email)
    _warn(report, payload.user_warnings, Step.COMPLETE)
    if not payload.user_errors:
        return payload.shipment or current
    again = _state(client, c.shipment)
    if again.is_shipped:
        report.already_shipped = True
        report.warnings.extend(m.message for m in payload.user_errors if m.message)
        return again
    raise errors.CentraRefused(user_text(payload.user_errors))


def _comment(client: IntegrationClient, c: Completion,
             report: CompletionReport) -> None:
    """The comment comes last: once the parcel is completed, a comment Centra refuses
    (a locked order, a missing permission) is a warning, not a failed completion."""
    try:
        warnings = client.add_internal_comment(order_number(c), c.internal_comment)
    except (errors.CentraRefused, errors.PermissionMissing) as exc:
        if not c.shipped and not c.gtg:
            raise
        report.warnings.append(f"The internal comment was not saved: {exc.detail}")
        log.warning("Internal comment of %s not saved: %s", c.shipment, exc)
        return
    _warn(report, warnings, Step.COMMENT)
