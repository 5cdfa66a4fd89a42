"""Print what the clean build venv needs: the runtime dependencies and the build tools.

    python installer/requirements.py > build/installer/requirements.txt
    python installer/requirements.py --version        # 0.1.0 (from packstation/__init__.py)
    python installer/requirements.py --version-quad   # 0.1.0.0 (for VIProductVersion)

Stdlib only: it runs before anything is installed, on Windows and on Linux. The test and
dev extras are left out on purpose; whatever is in the venv can end up in the bundle.
"""

from __future__ import annotations

import re
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_VERSION = re.compile(r'^__version__\s*=\s*"(\d+)\.(\d+)\.(\d+)"\s*$', re.M)


def version_parts() -> tuple[str, str, str]:
    text = (ROOT / "packstation" / "__init__.py").read_text(encoding="utf-8")
    match = _VERSION.search(text)
    if match is None:
        raise SystemExit("packstation/__init__.py: __version__ must be \"X.Y.Z\" for Windows")
    return match.group(1), match.group(2), match.group(3)


def main(argv: list[str]) -> int:
    if argv == ["--version"]:
        print(".".join(version_parts()))
        return 0
    if argv == ["--version-quad"]:
        print(".".join((*version_parts(), "0")))
        return 0
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    for dep in project["dependencies"]:
        print(dep)
    print((ROOT / "installer" / "build-requirements.txt").read_text(encoding="utf-8").strip())
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
