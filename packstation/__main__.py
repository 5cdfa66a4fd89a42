"""``python -m packstation``."""

import sys

from packstation.app.cli import main

sys.exit(main())
