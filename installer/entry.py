"""Entry script for the frozen build (PyInstaller needs a file, not ``-m packstation``)."""

import sys

from packstation.app.cli import main

if __name__ == "__main__":
    sys.exit(main())
