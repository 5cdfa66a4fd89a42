"""Printable sheets: Code 128 bar patterns (Qt-free) and the command sheet PDF (QtGui)."""
