"""The baseline for cold start: a bare PySide6 window with a focused line edit, marked
ready exactly like ``packstation --ready-mark`` (shown, event loop idle)."""

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLineEdit, QMainWindow

app = QApplication(sys.argv[:1])
window = QMainWindow()
field = QLineEdit()
window.setCentralWidget(field)
window.resize(1400, 860)
window.show()
field.setFocus()
QTimer.singleShot(0, lambda: (print("READY", flush=True), app.quit()))
sys.exit(app.exec())
