"""The scanner test's findings in the interface language.

``scanning/scanner_test.py`` keeps the English templates; here each goes through
``translate("ScannerTest", ...)`` (listed with ``QT_TRANSLATE_NOOP`` so lupdate finds them;
tests/test_scanner_test_dialog.py checks that none is missing).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from packstation.scanning.scanner_test import LAYOUT_NAMES, TEMPLATES, Finding

translate = QCoreApplication.translate

TEXTS = (
    QT_TRANSLATE_NOOP("ScannerTest", "Nothing arrived from the scanner."),
    QT_TRANSLATE_NOOP("ScannerTest", "Check the cable or the scanner's pairing, then scan again."),
    QT_TRANSLATE_NOOP("ScannerTest", "That was not the SCANNER TEST barcode (received {0})."),
    QT_TRANSLATE_NOOP("ScannerTest", "Scan the SCANNER TEST barcode on the command sheet."),
    QT_TRANSLATE_NOOP("ScannerTest", "Keyboard layout mismatch: the scanner sends {0} keys, "
                      "Windows uses {1}."),
    QT_TRANSLATE_NOOP("ScannerTest", "Set the scanner's keyboard language to {1} (programming "
                      "barcode in its manual), or use its 'ALT+numpad' mode."),
    QT_TRANSLATE_NOOP("ScannerTest", "Upper and lower case letters are swapped."),
    QT_TRANSLATE_NOOP("ScannerTest", "Turn Caps Lock off, or set the scanner to ignore Caps Lock."),
    QT_TRANSLATE_NOOP("ScannerTest", "All letters arrive in upper case."),
    QT_TRANSLATE_NOOP("ScannerTest", "All letters arrive in lower case."),
    QT_TRANSLATE_NOOP("ScannerTest", "Turn off the scanner's case conversion setting."),
    QT_TRANSLATE_NOOP("ScannerTest", "Characters were lost: {0} of {1} arrived."),
    QT_TRANSLATE_NOOP("ScannerTest", "Set a small delay between characters in the scanner's "
                      "setup (e.g. 5 ms), then scan again."),
    QT_TRANSLATE_NOOP("ScannerTest", "Some characters arrived changed: {0}."),
    QT_TRANSLATE_NOOP("ScannerTest", "Check the scanner's keyboard language and character "
                      "settings."),
    QT_TRANSLATE_NOOP("ScannerTest", "The scanner adds {0} before each scan."),
    QT_TRANSLATE_NOOP("ScannerTest", "Remove the prefix in the scanner's setup (programming "
                      "barcode in its manual)."),
    QT_TRANSLATE_NOOP("ScannerTest", "The scanner adds {0} after each scan."),
    QT_TRANSLATE_NOOP("ScannerTest", "Remove the suffix in the scanner's setup (programming "
                      "barcode in its manual)."),
    QT_TRANSLATE_NOOP("ScannerTest", "The scan did not end with Enter."),
    QT_TRANSLATE_NOOP("ScannerTest", "Set the scanner to send Enter after each scan."),
    QT_TRANSLATE_NOOP("ScannerTest", "The scanner types too slowly: the longest pause between "
                      "keys was {0} ms, this station allows {1} ms."),
    QT_TRANSLATE_NOOP("ScannerTest", "Set the scanner to send without a delay between "
                      "characters (USB keyboard mode, fastest speed)."),
)

LAYOUT_TEXTS = {
    "us": QT_TRANSLATE_NOOP("ScannerTest", "US"),
    "uk": QT_TRANSLATE_NOOP("ScannerTest", "UK"),
    "de": QT_TRANSLATE_NOOP("ScannerTest", "German"),
    "sv": QT_TRANSLATE_NOOP("ScannerTest", "Swedish"),
    "fr": QT_TRANSLATE_NOOP("ScannerTest", "French"),
}


def finding_words(finding: Finding) -> tuple[str, str]:
    """(what happened, what to do), translated."""
    names = {code: translate("ScannerTest", str(LAYOUT_TEXTS.get(code, name)))
             for code, name in LAYOUT_NAMES.items()}
    values = finding.words(names)
    what, fix = TEMPLATES[finding.problem]
    return (translate("ScannerTest", what).format(*values),
            translate("ScannerTest", fix).format(*values))
