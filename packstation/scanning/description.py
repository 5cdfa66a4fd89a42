"""What a scan is, as a code plus a few values, so the UI can say it in the packer's language.

The Qt-free core holds no translated text. :func:`classify` and :func:`validate_tracking`
describe a scan with a :class:`Description` (a :class:`Said` kind, one value such as a
country code or a length, a wrong-check-digit flag, an optional ship-to postal code and
:class:`Note` qualifiers). :func:`render` turns it into English (``Scan.detail``, for logs
and tests) or, given a translate function by the UI layer (``ui/scan_words.py``), into the
packer's language. Every English template is listed in :data:`TEMPLATES`; a test checks the
UI's catalogue list holds them all. Carrier names are proper nouns and stay as written.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass, replace

from .commands import COMMAND_LABELS

Translate = Callable[[str], str]


class Said(enum.Enum):
    """The kind of description (what the scan was taken for, or why it was refused)."""

    # classify(): what the text is
    EMPTY = "empty"
    LABEL_DATA_2D = "label_data_2d"
    CODE_2D = "code_2d"
    WEB_ADDRESS = "web_address"
    CONTROL_CHARACTERS = "control_characters"
    TOO_LONG = "too_long"  # value: number of characters
    UNKNOWN_COMMAND = "unknown_command"  # value: the word after PS:
    COMMAND = "command"  # value: Command.value
    SHIPMENT_ID = "shipment_id"
    FREE_TEXT = "free_text"
    UNEXPECTED_CHARACTERS = "unexpected_characters"
    NOT_RECOGNISED = "not_recognised"
    PRODUCT_CODE = "product_code"  # value: EAN-8, UPC-A, EAN-13 or GTIN-14
    ORDER_NUMBER = "order_number"
    DIGITS_UNKNOWN = "digits_unknown"  # value: number of digits
    SSCC = "sscc"
    GS1_UNREADABLE = "gs1_unreadable"  # value: the parser's reason (technical, English)
    GS1_GTIN = "gs1_gtin"
    GS1_CONSIGNMENT = "gs1_consignment"
    GS1_SHIPMENT = "gs1_shipment"
    GS1_NO_NUMBER = "gs1_no_number"
    COULD_NOT_READ = "could_not_read"  # value: the exception text (technical, English)
    # carrier formats (carriers.py)
    UPS = "ups"
    S10 = "s10"  # value: the two-letter country code
    USPS = "usps"
    FEDEX_34 = "fedex_34"
    FEDEX_GROUND = "fedex_ground"
    FEDEX_EXPRESS = "fedex_express"
    DHL_EXPRESS = "dhl_express"
    DHL_PIECE = "dhl_piece"
    DHL_PARCEL = "dhl_parcel"
    DHL_ECOMMERCE = "dhl_ecommerce"
    DHL_PAKET = "dhl_paket"
    S10_UNKNOWN_COUNTRY = "s10_unknown_country"  # value: the two letters
    UPS_MAIL_INNOVATIONS = "ups_mail_innovations"
    FEDEX_SMARTPOST = "fedex_smartpost"
    GLS = "gls"
    DPD = "dpd"  # 14 characters typed without the check character
    DPD_BARCODE = "dpd_barcode"  # value: the parcel number's check character
    HERMES = "hermes"
    YODEL = "yodel"
    POSTI = "posti"
    COLISSIMO = "colissimo"
    DB_SCHENKER = "db_schenker"
    INPOST = "inpost"
    EVRI = "evri"
    ALL_ZEROS = "all_zeros"
    # validate_tracking(): why the tracking field refuses or accepts it
    UNKNOWN_CARRIER = "unknown_carrier"
    PRODUCT_NOT_TRACKING = "product_not_tracking"
    SHIPMENT_ID_NOT_TRACKING = "shipment_id_not_tracking"  # value: the shipment ID
    COMMAND_NOT_TRACKING = "command_not_tracking"  # value: Command.value or the word
    ORDER_NUMBER_NOT_TRACKING = "order_number_not_tracking"
    TOO_SHORT = "too_short"
    QR_NOT_TRACKING = "qr_not_tracking"
    LAYOUT_MISMATCH = "layout_mismatch"  # value: the number as meant; carrier: its carrier
    HEAD_MISSING = "head_missing"  # value: the likely full number ("?" unknown); carrier


class Note(enum.Enum):
    """A qualifier added after the description, in the order given."""

    LAYOUT_SEPARATOR = "layout_separator"  # "+" or "'" read as "-" in a shipment ID
    SHARED_FORMAT = "shared_format"  # SSCC: used by many carriers
    CHECK_AND_RESCAN = "check_and_rescan"  # refused for a wrong check digit
    BOOKED_READING = "booked_reading"  # several readings: the booked carrier's was taken
    COULD_ALSO_BE = "could_also_be"  # several readings, none booked: the first was taken
    ALSO_PRODUCT = "also_product"  # a valid product code taken as tracking (booked carrier)
    MAYBE_LEITCODE = "maybe_leitcode"  # DHL digits that pass the routing code's check digit


@dataclass(frozen=True, slots=True)
class Description:
    said: Said
    value: str = ""
    wrong_check_digit: bool = False
    postal_code: str = ""  # SSCC: the ship-to postal code from the same label
    carrier: str = ""  # notes: the carrier(s) of the reading taken or of the other readings
    notes: tuple[Note, ...] = ()

    def noted(self, note: Note, carrier: str | None = None) -> Description:
        d = replace(self, notes=(*self.notes, note))
        return d if carrier is None else replace(d, carrier=carrier)

    @property
    def names_reading(self) -> bool:
        """Whether the text says which of several readings was taken (for the banner)."""
        return any(n in self.notes for n in READING_NOTES)


ENGLISH: dict[Said, str] = {
    Said.EMPTY: "Empty scan",
    Said.LABEL_DATA_2D: "2D label data: scan the 1D tracking barcode",
    Said.CODE_2D: "QR or other 2D code",
    Said.WEB_ADDRESS: "Web address (QR code)",
    Said.CONTROL_CHARACTERS: "Contains control characters; not a barcode",
    Said.TOO_LONG: "Too long ({0} characters) to be a label barcode",
    Said.UNKNOWN_COMMAND: "Unknown command barcode ({0})",
    Said.COMMAND: "Command: {0}",
    Said.SHIPMENT_ID: "Centra shipment ID",
    Said.FREE_TEXT: "Free text, not a barcode this app uses",
    Said.UNEXPECTED_CHARACTERS: "Unexpected characters (check the scanner's keyboard layout)",
    Said.NOT_RECOGNISED: "Not a barcode this app recognises",
    Said.PRODUCT_CODE: "{0} product code",
    Said.ORDER_NUMBER: "Order number",
    Said.DIGITS_UNKNOWN: "{0} digits: not an order, product or parcel number this app knows",
    Said.SSCC: "SSCC parcel number",
    Said.GS1_UNREADABLE: "Unreadable GS1 data ({0})",
    Said.GS1_GTIN: "Product (GS1 GTIN)",
    Said.GS1_CONSIGNMENT: "GS1 consignment number",
    Said.GS1_SHIPMENT: "GS1 shipment number",
    Said.GS1_NO_NUMBER: "GS1 data without a parcel, product or consignment number",
    Said.COULD_NOT_READ: "Could not read this scan ({0})",
    Said.UPS: "UPS tracking number",
    Said.S10: "International postal item ({0}, UPU S10)",
    Said.USPS: "USPS tracking number (IMpb)",
    Said.FEDEX_34: "FedEx tracking number (from the 34-digit barcode)",
    Said.FEDEX_GROUND: "FedEx Ground tracking number",
    Said.FEDEX_EXPRESS: "FedEx Express tracking number",
    Said.DHL_EXPRESS: "DHL Express waybill number",
    Said.DHL_PIECE: "DHL piece number (JJD/JVGL)",
    Said.DHL_PARCEL: "DHL Parcel tracking number (3S)",
    Said.DHL_ECOMMERCE: "DHL eCommerce tracking number",
    Said.DHL_PAKET: "DHL Paket parcel number",
    Said.S10_UNKNOWN_COUNTRY: "Postal item number with an unknown country code ({0})",
    Said.UPS_MAIL_INNOVATIONS: "UPS Mail Innovations tracking number",
    Said.FEDEX_SMARTPOST: "FedEx SmartPost tracking number",
    Said.GLS: "GLS parcel number",
    Said.DPD: "DPD parcel number",
    Said.DPD_BARCODE: "DPD parcel number (check character {0})",
    Said.HERMES: "Hermes parcel number",
    Said.YODEL: "Yodel parcel number",
    Said.POSTI: "Posti parcel number",
    Said.COLISSIMO: "Colissimo parcel number",
    Said.DB_SCHENKER: "DB Schenker shipment number",
    Said.INPOST: "InPost parcel number",
    Said.EVRI: "Evri parcel number",
    Said.ALL_ZEROS: "All zeros: not a parcel number",
    Said.UNKNOWN_CARRIER: "Tracking number (carrier not recognised)",
    Said.PRODUCT_NOT_TRACKING: "That is a product barcode, not a tracking number",
    Said.SHIPMENT_ID_NOT_TRACKING: "That is a Centra shipment ID ({0}), not a tracking number",
    Said.COMMAND_NOT_TRACKING: "That is a command barcode ({0}), not a tracking number",
    Said.ORDER_NUMBER_NOT_TRACKING: "That is the order number, not a tracking number",
    Said.TOO_SHORT: "Too short for a tracking number",
    Said.QR_NOT_TRACKING: "That is a QR code or text, not a tracking number: scan the 1D barcode",
    Said.LAYOUT_MISMATCH: "Letters swapped by the keyboard layout: this looks like a {1} number "
                          "({0}). Set the scanner to this PC's keyboard layout (Station settings "
                          "> Test scanner) or type the number",
    Said.HEAD_MISSING: "Missing its start? This looks like a {1} number without its first "
                       "character(s) ({0}). Scan the carrier label again",
}

READING_NOTES = (Note.BOOKED_READING, Note.COULD_ALSO_BE, Note.ALSO_PRODUCT,
                 Note.MAYBE_LEITCODE)

WRONG_CHECK_DIGIT = "{0} with a wrong check digit"

# Whole sentences where "<description> with a wrong check digit" would read badly.
ENGLISH_WRONG: dict[Said, str] = {
    Said.PRODUCT_CODE: WRONG_CHECK_DIGIT,  # value = EAN-13 etc.: "EAN-13 with a wrong ..."
    Said.SSCC: "SSCC with a wrong check digit",
    Said.GS1_GTIN: "GTIN with a wrong check digit",
    Said.UPS: "UPS tracking number with a wrong check digit",
    Said.S10: "International postal item ({0}, UPU S10) with a wrong check digit",
    Said.USPS: "USPS barcode with a wrong check digit",
    Said.FEDEX_34: "FedEx barcode with a wrong check digit",
    Said.FEDEX_GROUND: "FedEx Ground barcode with a wrong check digit",
    Said.DPD_BARCODE: "DPD barcode with a wrong check character",
}

POSTAL_CODE = "{0} (ship-to postal code {1})"

ENGLISH_NOTES: dict[Note, str] = {
    Note.LAYOUT_SEPARATOR: "{0} (separator changed by the keyboard layout)",
    Note.SHARED_FORMAT: "{0} (used by PostNord, Bring, DB Schenker and others)",
    Note.CHECK_AND_RESCAN: "{0}: check the number or scan again",
    Note.BOOKED_READING: "{0}: read as {1} because the order is booked with {1}",
    Note.COULD_ALSO_BE: "{0} (could also be {1}: check the label)",
    Note.ALSO_PRODUCT: "{0} (the same digits are also a product code)",
    Note.MAYBE_LEITCODE: "{0}. It may be the label's routing code (Leitcode): check that you "
                         "scanned the parcel number",
}

_COMMAND_LABELS = {c.value: label for c, label in COMMAND_LABELS.items()}

TEMPLATES: frozenset[str] = frozenset(
    [*ENGLISH.values(), *ENGLISH_WRONG.values(), *ENGLISH_NOTES.values(),
     WRONG_CHECK_DIGIT, POSTAL_CODE, *COMMAND_LABELS.values()]
)


def _same(text: str) -> str:
    return text


def render(d: Description, tr: Translate = _same) -> str:
    """The sentence for ``d``: English, or through ``tr`` (source text -> translation)."""
    value = tr(_COMMAND_LABELS.get(d.value, d.value)) if d.said is Said.COMMAND else d.value
    if d.wrong_check_digit and d.said in ENGLISH_WRONG:
        text = tr(ENGLISH_WRONG[d.said]).format(value)
    else:
        text = tr(ENGLISH[d.said]).format(value, d.carrier)
        if d.wrong_check_digit:
            text = tr(WRONG_CHECK_DIGIT).format(text)
    if d.postal_code:
        text = tr(POSTAL_CODE).format(text, d.postal_code)
    for note in d.notes:
        text = tr(ENGLISH_NOTES[note]).format(text, d.carrier)
    return text
