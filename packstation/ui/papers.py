"""Centra's documents at the bench: download when a shipment loads, print at completion.

``PapersController`` is the bench's paper hook (``BenchController.papers``):

* ``load(shipment)``: decides from the station settings which documents this parcel needs
  (``packstation.bench.paperwork``), downloads them on the ``JobRunner`` (worker thread; the
  download itself is the ``DocumentSource`` port's), keeps them for the shipment;
* ``may_complete()``: before Complete, prints what is downloaded and not printed yet. Customs
  papers (a proforma for a parcel leaving the EU customs union) that are not printed block
  the completion, with the reason, until they print or a supervisor overrides with a reason
  (audited through ``overridden``). Anything else never blocks: what is still downloading
  prints when it arrives; a failure stays in the strip, amber, with Retry;
* ``print_now()``: F9 or the ``PS:PRINT`` barcode: print the papers now.

Where the Centra API gives no document links (``DocumentLinks.NONE``, the Integration
API) nothing is downloaded; a parcel leaving the EU whose station asks for the proforma is
confirmed once by the packer instead (``CustomsPapers.CONFIRM``: the first Ctrl+Enter
asks, the second confirms and completes; audited through ``confirmed``).

A paper still owed to a completed parcel (downloading, or failed: Retry) stays in the strip
under that parcel's number, once per parcel and document; scanning that slip again takes it
back. A paper Centra sent no link for is not kept after the parcel leaves (Retry cannot
bring a link).

The strip under the window shows what is happening. Widgets here do no I/O: downloads run
in the worker (``fetch``), printing goes through ``print_job`` (QPrinter, GUI thread).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QLocale, QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from packstation.bench.customs import needs_customs_papers
from packstation.bench.paperwork import (
    CustomsPapers,
    NeededDocument,
    PaperworkRules,
    all_documents,
    customs_papers,
    needed_documents,
)
from packstation.centra.domain import (
    Document,
    DocumentError,
    DocumentKind,
    DocumentLinks,
    FetchProblem,
    Shipment,
)
from packstation.printing.pdf_print import PrintError, PrintJob
from packstation.ui.feedback import Announcer
from packstation.ui.jobs import JobRunner
from packstation.ui.supervisor_reason import supervisor_reason
from packstation.ui.theme import Tone

PRINT_KEY = "F9"

Fetch = Callable[[DocumentKind, str], Document]
PrintFn = Callable[[PrintJob, str], str]


@dataclass(eq=False)
class Paper:
    need: NeededDocument
    shipment_id: str
    state: str = "downloading"  # downloading | ready | printed | no_link | download_failed
    #                             | print_failed
    pdf: bytes = b""
    error: str = ""
    print_when_ready: bool = False
    printed_to: str = ""
    generation: int = field(default=0)

    @property
    def done(self) -> bool:
        return self.state == "printed"

    @property
    def key(self) -> tuple[str, DocumentKind]:
        return self.shipment_id, self.need.kind


def country_name(code: str) -> str:
    territory = QLocale.codeToTerritory(code.strip().upper()) if code.strip() else None
    if territory is None or territory == QLocale.Country.AnyTerritory:
        return code or "?"
    return QLocale.territoryToString(territory)


class PapersStrip(QFrame):
    """A full-width strip: which papers, their state, Print now / Retry, supervisor reason."""

    print_clicked = Signal()
    retry_clicked = Signal()
    reason_entered = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("papersStrip")
        self.title = QLabel()
        self.title.setObjectName("papersTitle")
        self.title.setStyleSheet("font-size: 16pt; font-weight: 700;")
        self.detail = QLabel()
        self.detail.setObjectName("papersDetail")
        self.detail.setWordWrap(True)
        self.detail.setStyleSheet("font-size: 14pt;")
        self.print_button = QPushButton(self.tr("Print papers ({0})").format(PRINT_KEY))
        self.retry_button = QPushButton(self.tr("Retry"))
        for b in (self.print_button, self.retry_button):
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a scan must never land on a button
        self.print_button.clicked.connect(self.print_clicked)
        self.retry_button.clicked.connect(self.retry_clicked)
        self.reason = QLineEdit()
        self.reason.setObjectName("papersReason")
        self.reason.setPlaceholderText(
            self.tr("Supervisor: reason to ship without customs papers, then Enter"))
        self.reason.returnPressed.connect(lambda: self.reason_entered.emit(self.reason.text()))
        row = QHBoxLayout(self)
        row.setContentsMargins(14, 6, 14, 6)
        row.addWidget(self.title)
        row.addWidget(self.detail, 1)
        row.addWidget(self.reason, 1)
        row.addWidget(self.retry_button)
        row.addWidget(self.print_button)
        self._tone = ""
        self.set_tone("idle")
        self.setVisible(False)

    def set_tone(self, tone: str) -> None:
        if tone == self._tone:
            return
        self._tone = tone
        bg = {"idle": "#e5e7eb", "warn": "#fde68a", "ok": "#dcfce7"}.get(tone, "#e5e7eb")
        self.setStyleSheet(f"QFrame#papersStrip {{ background: {bg}; border-radius: 8px; }}")


class PapersController(QObject):
    overridden = Signal(str, str, str)  # shipment ID, reason, what was not printed
    confirmed = Signal(str, str)  # shipment ID, country: customs papers in the box (packer)

    def __init__(self, strip: PapersStrip, runner: JobRunner, announcer: Announcer,
                 fetch: Fetch, print_job: PrintFn, rules: Callable[[], PaperworkRules],
                 parent: QObject | None = None, *, shortcut_parent: QWidget | None = None,
                 links: DocumentLinks = DocumentLinks.PER_SHIPMENT) -> None:
        super().__init__(parent)
        self.links = links  # the DocumentSource port's capability: NONE = never download
        self.strip = strip
        self.runner = runner
        self.announcer = announcer
        self.fetch = fetch
        self.print_job = print_job
        self.rules = rules
        self.may_override: Callable[[], bool] = lambda: True  # station: supervisor unlocked
        self.shipment: Shipment | None = None
        self.papers: list[Paper] = []
        self.leftovers: list[Paper] = []  # of completed parcels: still to print, or failed
        self.last_printed: list[Paper] = []  # of the parcel just completed
        self.override_reason = ""
        self.customs = CustomsPapers.NONE  # what this parcel needs about customs papers
        self.confirm_asked = False  # CONFIRM: the first Ctrl+Enter asked
        self.customs_confirmed = False  # CONFIRM: the packer said they are in the box
        self._generation = 0
        strip.print_clicked.connect(self.print_now)
        strip.retry_clicked.connect(self.retry)
        strip.reason_entered.connect(self.override)
        if shortcut_parent is not None:
            shortcut = QShortcut(QKeySequence(PRINT_KEY), shortcut_parent)
            shortcut.setContext(Qt.ShortcutContext.ApplicationShortcut)
            shortcut.activated.connect(self.print_now)

    # ------------------------------------------------------------- bench hooks

    def load(self, shipment: Shipment | None) -> None:
        """A shipment is on the bench (or none is). Papers of the last one that still need
        printing were moved to the leftovers by ``may_complete``; the rest are dropped."""
        if shipment is not None and self.shipment is not None and (
                shipment.shipment_id == self.shipment.shipment_id):
            self.shipment = shipment  # the same parcel again (a fresh answer): keep its papers
            self._refresh()
            return
        printed = [p for p in self.papers if p.done]
        # After a completion the strip says what went in the box, until the next slip.
        self.last_printed = printed if shipment is None else []
        self.shipment = shipment
        self.papers = []
        self.override_reason = ""
        self.confirm_asked = self.customs_confirmed = False
        self.customs = CustomsPapers.NONE
        self.strip.reason.clear()
        if shipment is not None:
            rules = self.rules()
            self.customs = customs_papers(shipment, rules, self.links)
            for need in needed_documents(shipment, rules, self.links):
                owed = self._take_leftover((shipment.shipment_id, need.kind))
                if owed is not None:  # still owed from an earlier visit: the same paper
                    owed.need, owed.print_when_ready = need, False
                    self.papers.append(owed)
                else:
                    self._start(Paper(need, shipment.shipment_id))
        self._refresh()

    def _take_leftover(self, key: tuple[str, DocumentKind]) -> Paper | None:
        for paper in self.leftovers:
            if paper.key == key:
                self.leftovers.remove(paper)
                return paper
        return None

    def banner_note(self, shipment: Shipment | None) -> str:
        """Added to the lookup banner's hint: where the parcel goes, if it leaves the EU."""
        if shipment is None or not needs_customs_papers(shipment.delivery_country):
            return ""
        country = country_name(shipment.delivery_country)
        if self.customs is CustomsPapers.CONFIRM:  # the strip says where they come from
            return self.tr("Leaves the EU customs union ({0}): customs papers go with it. "
                           "Packstation cannot print them here.").format(country)
        if self.links is DocumentLinks.NONE:
            return self.tr("Leaves the EU customs union ({0}): customs papers go with it. "
                           "Packstation cannot print them on this Centra API: take them "
                           "from Centra's admin or the carrier's system.").format(country)
        return self.tr("Leaves the EU customs union ({0}): customs papers go with it.").format(
            country)

    def may_complete(self) -> bool:
        """Before Complete: print what is ready; False (said why) if customs papers are
        missing and no supervisor has overridden."""
        for paper in self.papers:
            if paper.state == "ready":
                self._print(paper)
            elif paper.state == "downloading":
                paper.print_when_ready = True
        if not self._customs_confirmed():
            return False
        missing = [p for p in self.papers if p.need.blocking and not p.done]
        if missing and not self.override_reason:
            first = missing[0]
            what_now = (self.tr("A supervisor can ship it without them (reason in the strip).")
                        if first.state == "no_link"  # nothing for Retry to fetch
                        else self.tr("Retry, or a supervisor can ship it without them "
                                     "(reason in the strip)."))
            self.announcer.say(
                Tone.WARN, self.tr("Customs papers not printed: {0}").format(self._name(first)),
                self._problem(first) + "  ·  " + what_now)
            self._refresh()
            return False
        # Non-blocking papers still on their way (or failed) are owed to this parcel: they
        # print when they arrive (or on Retry), after the bench has moved on. Once per
        # parcel and document; one Centra sent no link for cannot come, and is not kept.
        for paper in self.papers:
            if not paper.done and paper.state != "no_link":
                paper.print_when_ready = True
                self._take_leftover(paper.key)
                self.leftovers.append(paper)
        self.papers = [p for p in self.papers if p.done]
        self._refresh()
        return True

    def _customs_confirmed(self) -> bool:
        """CONFIRM: the first Ctrl+Enter asks, the next one confirms (once per parcel)."""
        if self.customs is not CustomsPapers.CONFIRM or self.customs_confirmed or (
                self.shipment is None):
            return True
        country = country_name(self.shipment.delivery_country)
        if not self.confirm_asked:
            self.confirm_asked = True
            self.announcer.say(
                Tone.WARN, self.tr("Customs papers in the box? ({0})").format(country),
                self.tr("Packstation cannot print them on this Centra API. Put them in "
                        "(from Centra's admin or the carrier's system), then press "
                        "Ctrl+Enter again to confirm and complete."))
            self._refresh()
            return False
        self.customs_confirmed = True
        self.confirmed.emit(self.shipment.shipment_id, self.shipment.delivery_country)
        self._refresh()
        return True

    def print_now(self) -> None:
        """F9 / PS:PRINT: print this parcel's papers now (all linked ones if none needed)."""
        if self.shipment is None:
            if self.leftovers:
                self.retry()
            return
        if self.links is DocumentLinks.NONE:
            self.announcer.say(Tone.WARN, self.tr("Packstation cannot print papers here"),
                               self._no_links_words())
            return
        if not self.papers:
            for need in all_documents(self.shipment, self.rules(), self.links):
                self._start(Paper(need, self.shipment.shipment_id))
        if not self.papers:
            self.announcer.say(Tone.WARN, self.tr("No documents to print"),
                               self.tr("Centra sent no delivery note or proforma link."))
            return
        for paper in self.papers:
            if paper.state in ("ready", "printed", "print_failed"):
                self._print(paper)
            elif paper.state == "download_failed":
                paper.print_when_ready = True
                self._start(paper)
            else:
                paper.print_when_ready = True
        self._refresh()

    def retry(self) -> None:
        for paper in [*self.papers, *self.leftovers]:
            if paper.state == "download_failed":
                self._start(paper)
            elif paper.state == "print_failed":
                self._print(paper)
        self._refresh()

    def override(self, reason: str) -> bool:
        missing = [p for p in self.papers if p.need.blocking and not p.done]
        if self.shipment is None or not missing:
            return False
        cleaned = supervisor_reason(self.announcer, self.may_override(), reason)
        if cleaned is None:
            return False
        reason = self.override_reason = cleaned
        what = ", ".join(f"{p.need.kind.value} ({p.state})" for p in missing)
        self.overridden.emit(self.shipment.shipment_id, reason, what)
        self.announcer.say(Tone.IDLE, self.tr("Customs papers bypassed: {0}").format(reason),
                           self.tr("Press Ctrl+Enter to complete."))
        self._refresh()
        return True

    # ---------------------------------------------------------------- workers

    def _start(self, paper: Paper) -> None:
        if paper not in self.papers and paper not in self.leftovers:
            self.papers.append(paper)
        if not paper.need.url:
            paper.state, paper.error = "no_link", ""
            return
        self._generation += 1
        paper.generation = gen = self._generation
        paper.state, paper.error = "downloading", ""
        kind, url, fetch = paper.need.kind, paper.need.url, self.fetch

        def done(doc: Document) -> None:
            if paper.generation != gen or not self._tracked(paper):
                return
            paper.pdf, paper.state = doc.pdf, "ready"
            if paper.print_when_ready:
                self._print(paper)
            self._refresh()

        def failed(exc: BaseException) -> None:
            if paper.generation != gen or not self._tracked(paper):
                return
            paper.state = "download_failed"
            paper.error = self._fetch_words(exc)
            if self.shipment is not None and paper.shipment_id == self.shipment.shipment_id:
                self.announcer.say(Tone.WARN, self.tr("{0} did not download").format(
                    self._name(paper)), paper.error + "  ·  " + self.tr("Press Retry."))
            self._refresh()

        self.runner.submit(lambda: fetch(kind, url), done, failed)

    def _print(self, paper: Paper) -> None:
        title = f"{paper.shipment_id} {paper.need.kind.value.replace('_', ' ')}"
        try:
            paper.printed_to = self.print_job(PrintJob(paper.pdf, title, paper.need.copies),
                                              self.rules().printer)
        except PrintError as exc:
            paper.state, paper.error = "print_failed", str(exc)
            self.announcer.say(Tone.WARN, self.tr("{0} did not print").format(
                self._name(paper)), paper.error + "  ·  " + self.tr("Press Retry."))
            return
        paper.state, paper.error, paper.print_when_ready = "printed", "", False
        if paper in self.leftovers:  # owed to a parcel already completed: now in its box
            self.leftovers.remove(paper)
            if self.shipment is None:
                self.last_printed.append(paper)

    def _tracked(self, paper: Paper) -> bool:
        return paper in self.papers or paper in self.leftovers

    # ---------------------------------------------------------------- display

    def _kind(self, paper: Paper) -> str:
        return (self.tr("Proforma invoice") if paper.need.kind is DocumentKind.PROFORMA
                else self.tr("Delivery note"))

    def _name(self, paper: Paper) -> str:
        return self.tr("{0} for {1}").format(self._kind(paper), paper.shipment_id)

    def _no_links_words(self) -> str:
        return self.tr("Centra's Integration API sends no proforma or delivery note: print "
                       "them from Centra's admin, or let the carrier's system make the "
                       "customs papers.")

    def _problem(self, paper: Paper) -> str:
        return {
            "downloading": self.tr("still downloading"),
            "ready": self.tr("ready, not printed"),
            "no_link": self.tr("Centra sent no link for it"),
        }.get(paper.state, paper.error)

    def _fetch_words(self, exc: BaseException) -> str:
        problem = exc.problem if isinstance(exc, DocumentError) else None
        return {
            FetchProblem.NO_LINK: self.tr("Centra sent no link for it"),
            FetchProblem.UNREACHABLE: self.tr("the document server did not answer"),
            FetchProblem.REFUSED: self.tr("the document server refused the request"),
            FetchProblem.NOT_FOUND: self.tr("the document was not found"),
            FetchProblem.SERVER_ERROR: self.tr("the document server had an error"),
            FetchProblem.NOT_PDF: self.tr("the answer was not a PDF"),
            FetchProblem.TOO_LARGE: self.tr("the document is too large"),
        }.get(problem, self.tr("the download failed")) if problem else self.tr(
            "the download failed")

    def _state_words(self, paper: Paper) -> str:
        if paper.state == "printed":
            return self.tr("printed ✓")
        if paper.state == "downloading":
            return self.tr("downloading…")
        if paper.state == "ready":
            return self.tr("ready, prints on Complete")
        if paper.state == "no_link":
            return self.tr("no link from Centra")
        if paper.state == "download_failed":
            return self.tr("download failed: {0}").format(paper.error)
        return self.tr("print failed: {0}").format(paper.error)

    def _refresh(self) -> None:
        strip = self.strip
        shown = [*self.papers, *self.leftovers]
        confirm = self.customs is CustomsPapers.CONFIRM and self.shipment is not None
        problem = any(p.state in ("download_failed", "print_failed", "no_link") for p in shown)
        blocked = any(p.need.blocking and not p.done for p in self.papers) and not (
            self.override_reason)
        if not shown and not confirm and self.last_printed:
            strip.title.setText(self.tr("Printed"))
            strip.detail.setText("   ·   ".join(
                f"{self._name(p)} ×{p.need.copies} ✓" for p in self.last_printed))
            strip.set_tone("ok")
            strip.retry_button.setVisible(False)
            strip.reason.setVisible(False)
            strip.print_button.setVisible(False)
            if not strip.isVisible():
                strip.setVisible(True)
            return
        if not shown and not confirm:
            if strip.isVisible():
                strip.setVisible(False)
            return
        customs = confirm or any(p.need.blocking for p in self.papers)
        if customs and self.shipment is not None:
            title = self.tr("Customs papers ({0})").format(
                country_name(self.shipment.delivery_country))
        else:
            title = self.tr("Papers")
        strip.title.setText(title)
        lines = []
        if confirm:
            lines.append(
                self.tr("In the box: confirmed ✓") if self.customs_confirmed
                else self.tr("In the box? Ctrl+Enter again confirms and completes.")
                if self.confirm_asked
                else self.tr("Not printed by Packstation: put them in the box (from Centra's "
                             "admin or the carrier's system). Ctrl+Enter asks you to confirm."))
        sid = self.shipment.shipment_id if self.shipment is not None else None
        own = [*self.papers, *(p for p in self.leftovers if p.shipment_id == sid)]
        earlier = [p for p in self.leftovers if p.shipment_id != sid]
        if own:  # (a completion Centra has not taken yet keeps its owed papers here)
            lines.append("   ·   ".join(
                f"{self._name(p)} ×{p.need.copies}: {self._state_words(p)}" for p in own))
        if earlier:  # owed to parcels already completed: said under their numbers
            lines.append("   ·   ".join(
                self.tr("Completed {0}: {1} ×{2}: {3}").format(
                    p.shipment_id, self._kind(p), p.need.copies, self._state_words(p))
                for p in earlier))
        strip.detail.setText("\n".join(lines))
        unconfirmed = confirm and not self.customs_confirmed
        strip.set_tone("warn" if problem or unconfirmed else (
            "ok" if all(p.done for p in shown) else "idle"))
        strip.retry_button.setVisible(any(  # what Retry can mend (not a missing link)
            p.state in ("download_failed", "print_failed") for p in shown))
        strip.reason.setVisible(blocked and any(  # the customs paper itself is stuck
            p.need.blocking and p.state in ("download_failed", "print_failed", "no_link")
            for p in self.papers))
        strip.print_button.setVisible(self.shipment is not None and (
            self.links is not DocumentLinks.NONE))
        if not strip.isVisible():
            strip.setVisible(True)

    def texts(self) -> str:
        return f"{self.strip.title.text()} {self.strip.detail.text()}"
