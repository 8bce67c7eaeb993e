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


def end(code: int) -> None:
    """A command that has ended ends the process without the interpreter's teardown: the last
    collection and the freeing of every module's objects and both documents (1.5% of a
    300-page draft) only give memory back to a process that is going away. What an ordinary
    exit does that matters is done first: the exit handlers (the caches written), then both
    streams flushed. A stream that cannot be flushed (a reader gone), a thread still at work
    or the desktop app ends the ordinary way, so what is reported and how stays as it was."""
    import atexit
    import os
    import threading

    atexit._run_exitfuncs()
    try:
        for stream in (sys.stdout, sys.stderr, sys.__stdout__, sys.__stderr__):
            if stream is not None:
                stream.flush()
    except BaseException:
        sys.exit(code)
    if threading.active_count() > 1 or "PySide6.QtCore" in sys.modules:
        sys.exit(code)
    os._exit(code & 0xFF)


def run() -> None:
    """The installed `amendtool` command and the frozen app end as `python -m amendtool` does."""
    end(main())


if __name__ == "__main__":
    run()
