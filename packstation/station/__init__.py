"""Qt-free station core: settings, secrets, supervisor PIN, audit log, paths, operators.

``qsettings_store`` is the one module here that imports PySide6; it is not imported by
this package so that the core stays usable (and testable) without Qt.
"""
