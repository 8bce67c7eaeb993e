"""Entry point of the frozen app: the same dispatch as `python -m amendtool`."""

import sys

from amendtool.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
