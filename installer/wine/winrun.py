"""Run a command inside wine with environment variables set from inside Windows.

wine does not hand QT_* (and a few other) variables from the Linux environment to Windows
programs, so installer/wine_ci.sh starts everything through this launcher:

    wine python.exe winrun.py [--cwd DIR] NAME=VALUE ... -- program arg ...

It sets the variables, runs the program, and exits with its exit code. CI only: the
product never needs it.
"""

from __future__ import annotations

import os
import subprocess
import sys


def main(argv: list[str]) -> int:
    if "--" not in argv:
        print("usage: winrun.py [--cwd DIR] NAME=VALUE ... -- program arg ...", file=sys.stderr)
        return 2
    split = argv.index("--")
    settings, command = argv[:split], argv[split + 1:]
    cwd = None
    while settings and settings[0] == "--cwd":
        cwd = settings[1]
        settings = settings[2:]
    env = dict(os.environ)
    for item in settings:
        name, _, value = item.partition("=")
        env[name] = value
    sys.stdout.flush()
    return subprocess.run(command, env=env, cwd=cwd, check=False).returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
