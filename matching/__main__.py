"""Run the matcher from the command line: ``python -m matching recommend|allocate|evaluate``."""

import sys

from .cli import main

if __name__ == "__main__":
    sys.exit(main())
