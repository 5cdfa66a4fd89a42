"""``python -m packstation``."""

import sys

from packstation.main import main

sys.exit(main())
