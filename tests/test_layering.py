"""The import-linter contracts in pyproject.toml ([tool.importlinter]) catch a broken layer.

``bootstrap lint`` runs the contracts on the real tree. Here they run on a copy of the
package with one forbidden import added per contract, so a contract that no longer sees
what it should (a typo in a module name, an over-broad ignore) fails this test."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("importlinter", reason="import-linter is not installed (the run under wine "
                                           "installs no linters; bootstrap lint checks the "
                                           "layering)")

ROOT = Path(__file__).resolve().parent.parent

# contract name -> a module that breaks it (and only the import named in it)
BAD = {
    "PySide6 only in ui/, app/ and the named Qt adapters":
        ("packstation/outbox/_bad_qt.py", "from PySide6.QtCore import QTimer\n"),
    "packstation.centra knows nothing of the bench, station, outbox, ui or app":
        ("packstation/centra/_bad_bench.py", "import packstation.bench.shift_stats\n"),
    "The Qt-free core never imports ui/ or app/":
        ("packstation/scanning/_bad_ui.py", "import packstation.app.keycmd\n"),
    "Layers: each imports only what is below it":
        ("packstation/station/_bad_layer.py", "import packstation.bench.verification\n"),
}


def _lint_imports(tree: Path) -> subprocess.CompletedProcess[str]:
    code = "from importlinter.cli import lint_imports_command; lint_imports_command()"
    return subprocess.run(
        [sys.executable, "-c", code, "--no-cache", "--no-logo"],  # tree's pyproject.toml
        cwd=tree, capture_output=True, text=True, timeout=120,
        env={**os.environ, "PYTHONPATH": str(tree)})


@pytest.fixture(scope="module")
def broken_tree(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tree = tmp_path_factory.mktemp("layering")
    shutil.copy(ROOT / "pyproject.toml", tree / "pyproject.toml")
    shutil.copytree(ROOT / "packstation", tree / "packstation",
                    ignore=shutil.ignore_patterns("__pycache__", "resources"))
    for path, source in BAD.values():
        (tree / path).write_text(source, encoding="utf-8")
    return tree


def test_every_contract_is_broken_by_its_forbidden_import(broken_tree: Path) -> None:
    done = _lint_imports(broken_tree)
    out = done.stdout + done.stderr
    assert done.returncode != 0, out
    for name, (path, _) in BAD.items():
        assert f"{name} BROKEN" in out, out
        bad_module = path.removesuffix(".py").replace("/", ".")
        assert bad_module in out, out


def test_the_real_tree_keeps_every_contract(tmp_path: Path) -> None:
    tree = tmp_path
    shutil.copy(ROOT / "pyproject.toml", tree / "pyproject.toml")
    shutil.copytree(ROOT / "packstation", tree / "packstation",
                    ignore=shutil.ignore_patterns("__pycache__", "resources"))
    done = _lint_imports(tree)
    assert done.returncode == 0, done.stdout + done.stderr
    assert f"Contracts: {len(BAD)} kept, 0 broken." in done.stdout
