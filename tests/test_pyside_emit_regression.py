"""PySide6 6.12.0 on Python 3.11 drops a reference to ``True`` on every Python-side
signal emit and aborts the interpreter (``bool_dealloc``). The pin in pyproject.toml
keeps us off that release; this test proves the installed build survives many emits.
It runs in a subprocess because the failure is an abort, not an exception."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

SCRIPT = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import QCoreApplication, QObject, Signal

    class Emitter(QObject):
        fired = Signal(int)

    app = QCoreApplication(sys.argv)
    e = Emitter()
    seen = []
    e.fired.connect(seen.append)
    for i in range(2000):
        e.fired.emit(i)
    assert len(seen) == 2000, len(seen)
    print("emits", len(seen))
    """
)


def test_two_thousand_signal_emits_do_not_abort() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, env=env, timeout=60
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert "emits 2000" in proc.stdout
