"""The e-mail override's rule without a window: one audit row per settled choice."""

from __future__ import annotations

from packstation.station.email_choice import EmailChoice
from packstation.station.email_override import EmailOverride


def _override(default: EmailChoice = EmailChoice.STORE,
              loaded: str = "41001-1") -> tuple[EmailOverride, list[tuple[str | None, str]]]:
    rows: list[tuple[str | None, str]] = []
    return EmailOverride(default, lambda sid, detail: rows.append((sid, detail)),
                         loaded=lambda: loaded), rows


def test_steps_through_the_choices_settle_once() -> None:
    o, rows = _override()
    for step in (EmailChoice.SEND, EmailChoice.DONT, EmailChoice.SEND):  # arrow keys
        assert o.choose(step, allowed=True)
    assert rows == []  # nothing written per step
    assert o.use() is True  # the completion reads it: settled now
    assert rows == [("41001-1", "shipping e-mail: store → send")]
    o.settle()
    o.locked()
    assert len(rows) == 1  # settled once per choice


def test_a_choice_back_where_it_started_writes_nothing() -> None:
    o, rows = _override()
    o.choose(EmailChoice.DONT, allowed=True)
    o.choose(EmailChoice.STORE, allowed=True)
    o.locked()
    assert rows == []


def test_a_pick_while_locked_is_undone_and_never_recorded() -> None:
    o, rows = _override()
    o.choose(EmailChoice.DONT, allowed=True)
    assert not o.choose(EmailChoice.SEND, allowed=False)  # idle lock came first
    assert o.choice is EmailChoice.DONT
    o.locked()
    assert rows == [("41001-1", "shipping e-mail: store → dont")]
    assert o.use() is False


def test_each_settled_change_is_its_own_row_for_its_shipment() -> None:
    o, rows = _override(loaded="")
    o.choose(EmailChoice.SEND, allowed=True)
    o.settle("41002-1")  # the completion it applied to
    o.choose(EmailChoice.DONT, allowed=True)
    o.settle()  # nothing loaded: no shipment on the row
    assert rows == [("41002-1", "shipping e-mail: store → send"),
                    (None, "shipping e-mail: send → dont")]


def test_reset_goes_back_to_the_default_without_a_row() -> None:
    o, rows = _override()
    o.choose(EmailChoice.DONT, allowed=True)
    o.settle()
    o.reset()  # the next shipment starts from the station default
    assert o.choice is EmailChoice.STORE and not o.is_override and rows[-1][1].endswith("dont")
    assert len(rows) == 1
    o.reset(EmailChoice.SEND)  # a new station default
    assert (o.choice, o.send_email) == (EmailChoice.SEND, True)
    o.locked()
    assert len(rows) == 1
