"""The per-shipment shipping e-mail override and its audit rule, Qt-free.

Each shipment starts from the station default. Only a supervisor may change the choice
(``choose``); a change tried while locked is undone. The audit log hears of a change once
it *settles*, not per arrow-key or wheel step: ``settle`` writes one row when the choice
differs from the one last recorded and none when it ended where it started. The station
(not a person) moves the choice back to the default with ``reset``: no row, the reason
(a completion, a new default) has its own.

The control that shows it (``ui/widgets/supervisor_bar.EmailChoiceBox``) only displays
``choice`` and passes a person's picks to ``choose``.
"""

from __future__ import annotations

from collections.abc import Callable

from packstation.station.email_choice import EmailChoice

# (shipment ID or None, detail) -> one audit row (``Station.record(EMAIL_OVERRIDE, ...)``)
Record = Callable[[str | None, str], None]


class EmailOverride:
    def __init__(self, default: EmailChoice, record: Record,
                 loaded: Callable[[], str] = lambda: "") -> None:
        self._record = record
        self.loaded = loaded  # the shipment loaded now ("" when none): the row's shipment
        self.default = default
        self.choice = default  # what applies to the next completion (and is shown)
        self._accepted = default  # what the supervisor last chose in time
        self._settled = default  # what the audit log last heard of

    @property
    def send_email(self) -> bool | None:
        """``CompleteRequest.send_email`` for the current choice (no settling)."""
        return self.choice.send_email

    @property
    def is_override(self) -> bool:
        return self.choice is not self.default

    def choose(self, choice: EmailChoice, *, allowed: bool) -> bool:
        """A person picked ``choice``. Not ``allowed`` (locked): undone, False."""
        if not allowed:
            self.choice = self._accepted
            return False
        self.choice = self._accepted = choice
        return True

    def settle(self, shipment: str | None = None) -> bool:
        """Record the choice if it differs from the one last recorded; True if written.

        ``shipment``: the one it applies to (default: the one loaded now, if any)."""
        old, self._settled = self._settled, self.choice
        if self.choice is old:
            return False
        self._record(shipment or self.loaded() or None,
                     f"shipping e-mail: {old.value} → {self.choice.value}")
        return True

    def use(self) -> bool | None:
        """Read as a completion is sent: the choice is used now, so it has settled."""
        self.settle()
        return self.choice.send_email

    def locked(self) -> None:
        """Supervisor mode ended: what was chosen stands and is recorded."""
        self.settle()
        self._accepted = self.choice

    def reset(self, default: EmailChoice | None = None) -> None:
        """The station sets the choice back to the (new) default, without an audit row."""
        if default is not None:
            self.default = default
        self.choice = self._accepted = self._settled = self.default
