"""Printing a PDF (a proforma, a delivery note) on the station's printer.

PySide6-Essentials has QtPrintSupport but not QtPdf, so the pages are rendered with
``pypdfium2`` (PDFium, the renderer Chrome uses; wheels for Windows and Linux, no other
dependencies) and painted onto a ``QPrinter``.

Where it prints (station setting ``document_printer``):

* ``""``: the PC's default printer;
* a printer's name, as the OS lists it;
* ``file:<folder>``: a PDF file per document in that folder (``QPrinter`` with
  ``PdfFormat``), for a station without a printer, the demo and the tests.

Must run in the GUI thread (QPrinter with a native printer).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

RENDER_DPI = 200
FILE_PREFIX = "file:"


class PrintError(Exception):
    """Printing did not happen; the message is meant for the packer."""


@dataclass(frozen=True)
class PrintJob:
    pdf: bytes
    title: str  # e.g. "41102-1 proforma" (the file name in file: mode)
    copies: int = 1


def printer_names() -> list[str]:
    return [p.printerName() for p in QPrinterInfo.availablePrinters()]


def describe_target(target: str) -> str:
    if target.startswith(FILE_PREFIX):
        return f"PDF files in {target[len(FILE_PREFIX):]}"
    return target or "the default printer"


def _printer(target: str, title: str) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    printer.setFullPage(True)
    if target.startswith(FILE_PREFIX):
        folder = Path(target[len(FILE_PREFIX):]).expanduser()
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise PrintError(f"Cannot write to {folder}: {exc.strerror}") from None
        name = re.sub(r"[^\w.-]+", "-", title).strip("-") or "document"
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(folder / f"{name}.pdf"))
        return printer
    info = QPrinterInfo.printerInfo(target) if target else QPrinterInfo.defaultPrinter()
    if info.isNull():
        raise PrintError(f"Printer {target!r} not found" if target
                         else "No default printer is set up on this PC")
    printer.setPrinterName(info.printerName())
    return printer


def _pages(pdf: bytes) -> list[QImage]:
    import pypdfium2 as pdfium  # loaded when the first document prints, not at start-up

    try:
        doc = pdfium.PdfDocument(pdf)
    except pdfium.PdfiumError as exc:
        raise PrintError(f"The document is not a readable PDF ({exc})") from None
    images: list[QImage] = []
    try:
        for i in range(len(doc)):
            page = doc[i]
            bitmap = page.render(scale=RENDER_DPI / 72, rev_byteorder=True)
            image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride,
                           QImage.Format.Format_RGB888 if bitmap.n_channels == 3
                           else QImage.Format.Format_RGBA8888)
            images.append(image.copy())  # own the pixels before PDFium frees them
            bitmap.close()
            page.close()
    finally:
        doc.close()
    if not images:
        raise PrintError("The document has no pages")
    return images


def print_pdf(job: PrintJob, target: str) -> str:
    """Print ``job.copies`` copies; returns where it went (for the message). Raises PrintError."""
    pages = _pages(job.pdf)
    printer = _printer(target, job.title)
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintError(f"{describe_target(target)} did not accept the job")
    try:
        first = True
        for _ in range(max(1, job.copies)):
            for image in pages:
                if not first and not printer.newPage():
                    raise PrintError(f"{describe_target(target)} stopped mid-job")
                first = False
                area = QRectF(painter.viewport())
                scale = min(area.width() / image.width(), area.height() / image.height())
                w, h = image.width() * scale, image.height() * scale
                painter.drawImage(QRectF(area.x() + (area.width() - w) / 2, area.y(), w, h),
                                  image)
    finally:
        painter.end()
    if target.startswith(FILE_PREFIX):
        return printer.outputFileName()
    return printer.printerName()
