"""``python -m packstation``."""

import sys

from packstation.app import main

sys.exit(main())
