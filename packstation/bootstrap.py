"""One-command bootstrap, run from a checkout with a bare Python 3.11+:

    python -m packstation.bootstrap demo   create .venv, install, start on the demo Centra
    python -m packstation.bootstrap test   create .venv, install with test extras, run tests
    python -m packstation.bootstrap lint   ruff, mypy (packstation and tests), import-linter
    python -m packstation.bootstrap screenshots   re-render the README's PNGs (offscreen)

Only the standard library is used here (it runs before anything is installed), so it
works the same on Windows and on Linux.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

from packstation.app.desktop_check import missing_desktop_library  # standard library only

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv"


def venv_python() -> Path:
    if os.name == "nt":
        return VENV / "Scripts" / "python.exe"
    return VENV / "bin" / "python"


def stamp_path(extras: str) -> Path:
    """Records what the last install was made from (``pyproject.toml``'s hash)."""
    return VENV / f".packstation-installed-{extras or 'app'}"


def project_hash() -> str:
    return hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()


def ensure_venv(extras: str) -> Path:
    """Create ``.venv`` and install into it, once: again only when ``pyproject.toml``
    changed (its hash is kept in a stamp file in ``.venv``), so ``demo`` starts at once.
    The install is editable: code changes need no reinstall."""
    py = venv_python()
    if not py.exists():
        print(f"Creating virtual environment in {VENV} ...", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    stamp = stamp_path(extras)
    wanted = project_hash()
    # The app alone is in every install (test and dev extras add to it).
    done = [stamp] if extras else sorted(VENV.glob(".packstation-installed-*"))
    for made in done:
        try:
            if made.read_text(encoding="utf-8").strip() == wanted:
                return py
        except OSError:
            continue
    target = f".[{extras}]" if extras else "."
    print(f"Installing Packstation ({target}) ...", flush=True)
    subprocess.check_call(
        [str(py), "-m", "pip", "install", "--quiet", "--disable-pip-version-check",
         "-e", target],
        cwd=ROOT,
    )
    stamp.write_text(wanted + "\n", encoding="utf-8")
    return py


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "demo"
    rest = argv[1:]
    if command == "demo":
        problem = missing_desktop_library()
        if problem:
            print(problem, file=sys.stderr)
            return 3
        py = ensure_venv("")
        return subprocess.call([str(py), "-m", "packstation", "--demo", *rest], cwd=ROOT)
    if command == "test":
        py = ensure_venv("test")
        env = dict(os.environ)
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        return subprocess.call([str(py), "-m", "pytest", *rest], cwd=ROOT, env=env)
    if command == "screenshots":
        py = ensure_venv("")
        env = dict(os.environ)
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        return subprocess.call([str(py), "-m", "packstation.devtools.screenshot",
                                *(rest or ["resources/screenshots"])], cwd=ROOT, env=env)
    if command == "lint":
        py = ensure_venv("dev")
        checks = [
            ["-m", "ruff", "check", "packstation", "tests"],
            ["-m", "mypy", "packstation", "tests"],
            # The layering contracts in pyproject.toml's [tool.importlinter].
            ["-c", "from importlinter.cli import lint_imports_command as c; c()",
             "--no-cache", "--no-logo"],
        ]
        failed = [subprocess.call([str(py), *check], cwd=ROOT) for check in checks]
        return max(failed)
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
