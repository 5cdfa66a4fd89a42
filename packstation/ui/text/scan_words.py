"""What a scan is, in the interface language: the words for ``Scan.description``.

The Qt-free core (``packstation/scanning``) describes a scan as a code plus values
(:class:`~packstation.scanning.Description`) and builds the English sentence from source
templates (``scanning/description.py``). Here the same templates go through
``translate("ScanWords", ...)``; :data:`TEXTS` lists them with ``QT_TRANSLATE_NOOP`` so
lupdate finds them (tests/test_scan_words.py checks that none is missing). Carrier names,
product symbologies (EAN-13 ...) and technical reasons in parentheses stay as they are.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from packstation.scanning import Description, Scan, render

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text")

# Every template of packstation.scanning.description.TEMPLATES. Context "ScanWords".
TEXTS = (
    QT_TRANSLATE_NOOP("ScanWords", "Empty scan"),
    QT_TRANSLATE_NOOP("ScanWords", "2D label data: scan the 1D tracking barcode"),
    QT_TRANSLATE_NOOP("ScanWords", "QR or other 2D code"),
    QT_TRANSLATE_NOOP("ScanWords", "Web address (QR code)"),
    QT_TRANSLATE_NOOP("ScanWords", "Contains control characters; not a barcode"),
    QT_TRANSLATE_NOOP("ScanWords", "Too long ({0} characters) to be a label barcode"),
    QT_TRANSLATE_NOOP("ScanWords", "Unknown command barcode ({0})"),
    QT_TRANSLATE_NOOP("ScanWords", "Command: {0}"),
    QT_TRANSLATE_NOOP("ScanWords", "Centra shipment ID"),
    QT_TRANSLATE_NOOP("ScanWords", "Free text, not a barcode this app uses"),
    QT_TRANSLATE_NOOP("ScanWords", "Unexpected characters (check the scanner's keyboard layout)"),
    QT_TRANSLATE_NOOP("ScanWords", "Not a barcode this app recognises"),
    QT_TRANSLATE_NOOP("ScanWords", "{0} product code"),
    QT_TRANSLATE_NOOP("ScanWords", "Order number"),
    QT_TRANSLATE_NOOP("ScanWords",
                      "{0} digits: not an order, product or parcel number this app knows"),
    QT_TRANSLATE_NOOP("ScanWords", "SSCC parcel number"),
    QT_TRANSLATE_NOOP("ScanWords", "Unreadable GS1 data ({0})"),
    QT_TRANSLATE_NOOP("ScanWords", "Product (GS1 GTIN)"),
    QT_TRANSLATE_NOOP("ScanWords", "GS1 consignment number"),
    QT_TRANSLATE_NOOP("ScanWords", "GS1 shipment number"),
    QT_TRANSLATE_NOOP("ScanWords", "GS1 data without a parcel, product or consignment number"),
    QT_TRANSLATE_NOOP("ScanWords", "Could not read this scan ({0})"),
    QT_TRANSLATE_NOOP("ScanWords", "UPS tracking number"),
    QT_TRANSLATE_NOOP("ScanWords", "International postal item ({0}, UPU S10)"),
    QT_TRANSLATE_NOOP("ScanWords", "USPS tracking number (IMpb)"),
    QT_TRANSLATE_NOOP("ScanWords", "FedEx tracking number (from the 34-digit barcode)"),
    QT_TRANSLATE_NOOP("ScanWords", "FedEx Ground tracking number"),
    QT_TRANSLATE_NOOP("ScanWords", "FedEx Express tracking number"),
    QT_TRANSLATE_NOOP("ScanWords", "DHL Express waybill number"),
    QT_TRANSLATE_NOOP("ScanWords", "DHL piece number (JJD/JVGL)"),
    QT_TRANSLATE_NOOP("ScanWords", "DHL Parcel tracking number (3S)"),
    QT_TRANSLATE_NOOP("ScanWords", "DHL eCommerce tracking number"),
    QT_TRANSLATE_NOOP("ScanWords", "DHL Paket parcel number"),
    QT_TRANSLATE_NOOP("ScanWords", "Postal item number with an unknown country code ({0})"),
    QT_TRANSLATE_NOOP("ScanWords", "UPS Mail Innovations tracking number"),
    QT_TRANSLATE_NOOP("ScanWords", "FedEx SmartPost tracking number"),
    QT_TRANSLATE_NOOP("ScanWords", "GLS parcel number"),
    QT_TRANSLATE_NOOP("ScanWords", "DPD parcel number"),
    QT_TRANSLATE_NOOP("ScanWords", "DPD parcel number (check character {0})"),
    QT_TRANSLATE_NOOP("ScanWords", "Hermes parcel number"),
    QT_TRANSLATE_NOOP("ScanWords", "Yodel parcel number"),
    QT_TRANSLATE_NOOP("ScanWords", "Posti parcel number"),
    QT_TRANSLATE_NOOP("ScanWords", "Colissimo parcel number"),
    QT_TRANSLATE_NOOP("ScanWords", "DB Schenker shipment number"),
    QT_TRANSLATE_NOOP("ScanWords", "InPost parcel number"),
    QT_TRANSLATE_NOOP("ScanWords", "Evri parcel number"),
    QT_TRANSLATE_NOOP("ScanWords", "All zeros: not a parcel number"),
    QT_TRANSLATE_NOOP("ScanWords", "Tracking number (carrier not recognised)"),
    QT_TRANSLATE_NOOP("ScanWords", "That is a product barcode, not a tracking number"),
    QT_TRANSLATE_NOOP("ScanWords", "That is a Centra shipment ID ({0}), not a tracking number"),
    QT_TRANSLATE_NOOP("ScanWords", "That is a command barcode ({0}), not a tracking number"),
    QT_TRANSLATE_NOOP("ScanWords", "That is the order number, not a tracking number"),
    QT_TRANSLATE_NOOP("ScanWords", "Too short for a tracking number"),
    QT_TRANSLATE_NOOP("ScanWords",
                      "That is a QR code or text, not a tracking number: scan the 1D barcode"),
    QT_TRANSLATE_NOOP("ScanWords",
                      "Letters swapped by the keyboard layout: this looks like a {1} number "
                      "({0}). Set the scanner to this PC's keyboard layout (Station settings "
                      "> Test scanner) or type the number"),
    QT_TRANSLATE_NOOP("ScanWords",
                      "Missing its start? This looks like a {1} number without its first "
                      "character(s) ({0}). Scan the carrier label again"),
    QT_TRANSLATE_NOOP("ScanWords", "{0} with a wrong check digit"),
    QT_TRANSLATE_NOOP("ScanWords", "SSCC with a wrong check digit"),
    QT_TRANSLATE_NOOP("ScanWords", "GTIN with a wrong check digit"),
    QT_TRANSLATE_NOOP("ScanWords", "UPS tracking number with a wrong check digit"),
    QT_TRANSLATE_NOOP("ScanWords",
                      "International postal item ({0}, UPU S10) with a wrong check digit"),
    QT_TRANSLATE_NOOP("ScanWords", "USPS barcode with a wrong check digit"),
    QT_TRANSLATE_NOOP("ScanWords", "FedEx barcode with a wrong check digit"),
    QT_TRANSLATE_NOOP("ScanWords", "FedEx Ground barcode with a wrong check digit"),
    QT_TRANSLATE_NOOP("ScanWords", "DPD barcode with a wrong check character"),
    QT_TRANSLATE_NOOP("ScanWords", "{0} (ship-to postal code {1})"),
    QT_TRANSLATE_NOOP("ScanWords", "{0} (separator changed by the keyboard layout)"),
    QT_TRANSLATE_NOOP("ScanWords", "{0} (used by PostNord, Bring, DB Schenker and others)"),
    QT_TRANSLATE_NOOP("ScanWords", "{0}: check the number or scan again"),
    QT_TRANSLATE_NOOP("ScanWords", "{0}: read as {1} because the order is booked with {1}"),
    QT_TRANSLATE_NOOP("ScanWords", "{0} (could also be {1}: check the label)"),
    QT_TRANSLATE_NOOP("ScanWords", "{0} (the same digits are also a product code)"),
    QT_TRANSLATE_NOOP("ScanWords", "{0}. It may be the label's routing code (Leitcode): "
                                   "check that you scanned the parcel number"),
    QT_TRANSLATE_NOOP("ScanWords", "Complete shipment"),
    QT_TRANSLATE_NOOP("ScanWords", "Cancel / start over"),
    QT_TRANSLATE_NOOP("ScanWords", "Next package"),
    QT_TRANSLATE_NOOP("ScanWords", "Good to go (mark shipment ready)"),
    QT_TRANSLATE_NOOP("ScanWords", "Print this command sheet"),
    QT_TRANSLATE_NOOP("ScanWords", "Print the parcel's papers"),
)


def _tr(text: str) -> str:
    return translate("ScanWords", text)


def describe(description: Description) -> str:
    """``description`` as a sentence in the interface language."""
    return render(description, _tr)


def scan_words(scan: Scan) -> str:
    """What ``scan`` is (or why the tracking field refuses it), for a banner hint."""
    return describe(scan.description)
