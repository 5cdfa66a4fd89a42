"""Qt-free scan classification: check digits, carrier formats, commands, wedge timing."""

from .checkdigits import gs1_check_digit, gs1_is_valid, s10_is_valid, ups_is_valid
from .classify import DEFAULT_SHIPMENT_PATTERN, MAX_SCAN_LENGTH, as_gtin14, classify
from .commands import COMMAND_LABELS, Command, parse_command
from .description import Description, Note, Said, render
from .model import Scan, ScanKind
from .normalize import GS, split_aim, strip_affixes
from .tracking import UNKNOWN_CARRIER_DETAIL, validate_tracking
from .wedge import Burst, ScanBuffer, WedgeDetector

__all__ = [
    "COMMAND_LABELS",
    "DEFAULT_SHIPMENT_PATTERN",
    "GS",
    "MAX_SCAN_LENGTH",
    "UNKNOWN_CARRIER_DETAIL",
    "Burst",
    "Command",
    "Description",
    "Note",
    "Said",
    "Scan",
    "ScanBuffer",
    "ScanKind",
    "WedgeDetector",
    "as_gtin14",
    "classify",
    "gs1_check_digit",
    "gs1_is_valid",
    "parse_command",
    "render",
    "s10_is_valid",
    "split_aim",
    "strip_affixes",
    "ups_is_valid",
    "validate_tracking",
]
