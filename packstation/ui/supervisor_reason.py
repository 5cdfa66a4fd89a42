"""The one check before a supervisor's typed reason lets something through (item
verification, customs papers): supervisor mode must be unlocked and the reason real."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from packstation.ui.feedback import Announcer
from packstation.ui.theme import Tone

MIN_REASON_CHARS = 3
translate = QCoreApplication.translate  # lupdate finds translate("Context", "text")


def supervisor_reason(announcer: Announcer, allowed: bool, reason: str) -> str | None:
    """The reason, tidied, if it may be used now; otherwise says why (amber) and None."""
    reason = " ".join(reason.split())
    if not allowed:
        announcer.say(Tone.WARN, translate("SupervisorReason", "Supervisor needed"),
                      translate("SupervisorReason",
                                "Unlock supervisor mode, then enter the reason."))
        return None
    if len(reason) < MIN_REASON_CHARS:
        announcer.say(Tone.WARN, translate("SupervisorReason", "Type a reason first"),
                      translate("SupervisorReason", "It is saved in the audit log."))
        return None
    return reason
