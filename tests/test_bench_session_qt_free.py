"""The bench session, its delivery service and the e-mail override run without Qt, and
every sentence the session says is listed for the translators."""

from __future__ import annotations

import ast
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

SCRIPT = textwrap.dedent('''
    import sys, tempfile
    from pathlib import Path
    from packstation.bench.delivery import DeliveryService
    from packstation.bench.session import BenchSession
    from packstation.bench.tone import Tone
    from packstation.centra.order_api.client import CentraClient
    from packstation.outbox import Dispatcher, Outbox
    from packstation.simulator import DEMO_API_KEY, CentraSimulator
    from packstation.station.email_override import EmailOverride
    from tests.session_support import FakeView, PlainWords, SyncRunner

    with CentraSimulator(api_key=DEMO_API_KEY) as sim, tempfile.TemporaryDirectory() as d:
        client = CentraClient(sim.base_url, DEMO_API_KEY)
        outbox = Outbox(Path(d) / "outbox.sqlite3")
        runner = SyncRunner()
        view = FakeView()
        deliveries = DeliveryService(outbox, Dispatcher(outbox, client), runner)
        session = BenchSession(view, client, runner, deliveries, PlainWords())
        deliveries.start()
        session.handle_scan("41001-1")
        session.handle_scan("1Z999AA10123456784")
        session.handle_scan("PS:COMPLETE")
        runner.fire_timers()
        outbox.close()
        client.close()
    assert view.last.tone is Tone.OK, view.banners
    assert view.completions == [("41001-1", True)]
    qt = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6"))
    print("QT:", qt)
''')


def test_the_session_completes_a_shipment_without_qt() -> None:
    out = subprocess.run([sys.executable, "-c", SCRIPT], cwd=ROOT, capture_output=True,
                         text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert "QT: []" in out.stdout, out.stdout


def _said(path: Path) -> set[str]:
    """Every literal passed to ``self._tr(...)`` in ``path``."""
    texts = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                and node.func.attr == "_tr"):
            (arg,) = node.args
            assert isinstance(arg, ast.Constant) and isinstance(arg.value, str), (
                f"{path.name}:{node.lineno}: _tr() takes a literal (lupdate reads the list)")
            texts.add(arg.value)
    return texts


def test_every_session_sentence_is_listed_for_translation() -> None:
    from packstation.ui.text.bench_words import SESSION_TEXTS

    said: set[str] = set()
    for path in sorted((ROOT / "packstation" / "bench").glob("session*.py")):
        said |= _said(path)
    assert len(said) > 30  # the parse found the session's sentences
    listed = {str(text) for text in SESSION_TEXTS}
    assert sorted(said - listed) == []
    assert sorted(listed - said) == []  # nothing listed that nobody says
