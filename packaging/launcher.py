"""Entry point of the frozen app: the same dispatch as `python -m amendtool`."""

from amendtool.__main__ import run

if __name__ == "__main__":
    run()
