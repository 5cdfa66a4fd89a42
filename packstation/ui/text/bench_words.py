"""The bench session's words (``bench/session*.py`` is Qt-free and speaks English source
texts through ``BenchWords.tr``): every one of its sentences listed for lupdate, and
``QtBenchWords``, which translates them and the shared messages in the interface language.

Context "BenchController": the catalogues' entries from before the session left the Qt
controller keep their translations. ``tests/test_bench_session_words.py`` checks that every
text the session says is listed here.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from packstation.bench.local_facts import LocalFacts
from packstation.centra.domain import LookupResult
from packstation.outbox import OutboxEntry
from packstation.scanning import Scan
from packstation.ui.local_note import note
from packstation.ui.ready_list import age_words
from packstation.ui.text import messages
from packstation.ui.text.messages import Message, translate
from packstation.ui.text.scan_words import scan_words

CONTEXT = "BenchController"

SESSION_TEXTS = (
    QT_TRANSLATE_NOOP("BenchController",
                      "Press Ctrl+Enter to complete, or check the form first."),
    QT_TRANSLATE_NOOP("BenchController", "Wait for the green confirmation."),
    QT_TRANSLATE_NOOP("BenchController", "Scan the packing slip first"),
    QT_TRANSLATE_NOOP("BenchController",
                      "If the label is right, press Ctrl+Enter; otherwise scan the right label."),
    QT_TRANSLATE_NOOP("BenchController", "Tracking {0} ({1})"),
    QT_TRANSLATE_NOOP("BenchController", "Tracking {0}"),
    QT_TRANSLATE_NOOP("BenchController", "{0}  (From the ready list, {1} old.)"),
    QT_TRANSLATE_NOOP("BenchController", "Completing {0}… {1} is next"),
    QT_TRANSLATE_NOOP("BenchController", "{0} has unsaved input"),
    QT_TRANSLATE_NOOP("BenchController",
                      "Scan {0} again to discard it and load {0}, or press Ctrl+Enter to "
                      "finish this one first."),
    QT_TRANSLATE_NOOP("BenchController", "That was a tracking number ({0})."),
    QT_TRANSLATE_NOOP("BenchController",
                      "Check the label: it is {0}, the order is booked with {1}"),
    QT_TRANSLATE_NOOP("BenchController", "That was a product barcode ({0})."),
    QT_TRANSLATE_NOOP("BenchController", "Looking up {0}…"),
    QT_TRANSLATE_NOOP("BenchController", "Looking up {0}"),
    QT_TRANSLATE_NOOP("BenchController", "Scan the packing slip's shipment barcode."),
    QT_TRANSLATE_NOOP("BenchController", "{0} packages"),
    QT_TRANSLATE_NOOP("BenchController", "Not recognised: {0}"),
    QT_TRANSLATE_NOOP("BenchController",
                      "Barcode read incompletely: the start may be missing ({0})"),
    QT_TRANSLATE_NOOP("BenchController", "Scan the packing slip again."),
    QT_TRANSLATE_NOOP("BenchController",
                      "Label read incompletely: the start may be missing ({0})"),
    QT_TRANSLATE_NOOP("BenchController", "Scan the carrier label again."),
    QT_TRANSLATE_NOOP("BenchController", "Please wait."),
    QT_TRANSLATE_NOOP("BenchController", "{0}: queued, OK to ship"),
    QT_TRANSLATE_NOOP("BenchController",
                      "Centra's rate limit is used up for a moment: Packstation sends it in "
                      "about {0} s. Nothing is lost."),
    QT_TRANSLATE_NOOP("BenchController",
                      "{0}: keep the parcel here — waiting on Centra's rate limit"),
    QT_TRANSLATE_NOOP("BenchController",
                      "The payment is captured in about {0} s; this screen says when the "
                      "parcel may ship. Scan the next slip meanwhile."),
    QT_TRANSLATE_NOOP("BenchController", "DO NOT SHIP {0}: Centra refused the completion"),
    QT_TRANSLATE_NOOP("BenchController",
                      "Keep that parcel aside and hand it to your supervisor. Centra said: {0}"),
    QT_TRANSLATE_NOOP("BenchController", "Hand that parcel over, then go on with {0}."),
    QT_TRANSLATE_NOOP("BenchController", "Hand that parcel over. Scan the next slip."),
    QT_TRANSLATE_NOOP("BenchController", "{0}: payment captured, OK to ship"),
    QT_TRANSLATE_NOOP("BenchController", "DO NOT SHIP: payment capture failed"),
    QT_TRANSLATE_NOOP("BenchController", "Nothing to send yet"),
    QT_TRANSLATE_NOOP("BenchController", "Scan the carrier label, or tick Good-to-go."),
    QT_TRANSLATE_NOOP("BenchController", "Scan the tracking number first"),
    QT_TRANSLATE_NOOP("BenchController", "The carrier label's barcode goes in Tracking."),
    QT_TRANSLATE_NOOP("BenchController",
                      "{0} Locked: a supervisor can retry the capture (Retry), or scan the "
                      "packing slip again once the customer has paid."),
    QT_TRANSLATE_NOOP("BenchController", "Only a supervisor can retry the capture"),
    QT_TRANSLATE_NOOP("BenchController",
                      "Unlock supervisor mode and press Retry, or scan the packing slip again "
                      "once the customer has paid."),
    QT_TRANSLATE_NOOP("BenchController", "Completed {0}  ·  order {1}  ·  tracking {2}"),
    QT_TRANSLATE_NOOP("BenchController", "Completed {0}  ·  order {1}"),
    QT_TRANSLATE_NOOP("BenchController", "Completing {0}"),
    QT_TRANSLATE_NOOP("BenchController", "{0}: confirming with Centra…"),
    QT_TRANSLATE_NOOP("BenchController", "{0}: waiting to send to Centra"),
    QT_TRANSLATE_NOOP("BenchController", "Ready for the next parcel."),
    QT_TRANSLATE_NOOP("BenchController", "DO NOT SHIP: payment not captured"),
    QT_TRANSLATE_NOOP("BenchController", "Not a tracking number: {0}"),
    QT_TRANSLATE_NOOP("BenchController", "Marking {0} good-to-go"),
    QT_TRANSLATE_NOOP("BenchController", "{0} marked good-to-go"),
    QT_TRANSLATE_NOOP("BenchController", "{0} Packstation keeps trying; nothing is lost."),
    QT_TRANSLATE_NOOP("BenchController", "Scan a packing slip"),)


class QtBenchWords:
    """``BenchWords`` in the language of the installed Qt translator."""

    def tr(self, text: str) -> str:
        return translate(CONTEXT, text)

    def for_error(self, exc: BaseException, *, doing: str) -> Message:
        return messages.for_error(exc, doing=doing)

    def for_lookup(self, result: LookupResult, facts: LocalFacts) -> Message:
        return note(result, facts) or messages.for_lookup(result)

    def scan(self, scan: Scan) -> str:
        return scan_words(scan)

    def advice(self, entry: OutboxEntry) -> str:
        return messages.advice(entry)

    def age(self, seconds: float) -> str:
        return age_words(seconds)
