"""Entry point: sub-commands go to the CLI, everything else opens the desktop app."""

from __future__ import annotations

import gc
import sys

# Young objects collected every 10,000 allocations rather than Python's 700. A draft keeps
# millions of small objects for its whole run (every paragraph of both documents, every fact
# read, kept by content); at the default the collector walked all of them 22 times while a
# 20,000-row table was drafted (2 of 18 s). The cycles python-docx's parts make are let go
# of by the writers (io/docx_writer.release), so memory stays where it was.
COLLECT_EVERY = 10_000


def main(argv: list[str] | None = None) -> int:
    from amendtool.cli import main as cli_main

    gc.set_threshold(COLLECT_EVERY, *gc.get_threshold()[1:])
    return cli_main(sys.argv[1:] if argv is None else argv)


if __name__ == "__main__":
    sys.exit(main())
