"""The top level: every exception that escapes a command becomes one line, never a traceback.

Known classes (a file that cannot be read or written, the disk full, memory exhausted) are
the user's to act on: one line and exit status 2. Anything else is a defect: one line saying
where the details were written (io/failure_reports.py), exit status 3. The app uses the same
sorting for its message boxes.
"""

from __future__ import annotations

import contextlib
import io
import os
import sys
from collections.abc import Callable, Iterator

from amendtool.core.errors import AmendtoolError, shown_name

EXIT_BAD_INPUT, EXIT_INTERNAL, EXIT_INTERRUPTED = 2, 3, 130


def known_problem(error: BaseException) -> str | None:
    """The one line for an error the user can act on; None for a defect."""
    if isinstance(error, AmendtoolError):
        return str(error)
    if isinstance(error, MemoryError):
        return "ran out of memory; close other programs or try a smaller document"
    if isinstance(error, OSError) and not isinstance(error, BrokenPipeError):
        name = shown_name(os.path.basename(str(error.filename))) if error.filename else ""
        from amendtool.io.failure_reports import refusal

        reason = refusal(error)
        return f"{name}: {reason}" if name else reason
    return None


def run_guarded(command: Callable[[], int], context: str) -> int:
    """Run `command`, translating whatever escapes it into one line on stderr."""
    _tolerant_streams()
    try:
        return command()
    except BrokenPipeError:
        _discard_stdout()  # `amendtool outline --json FILE | head`: the reader left
        return 0
    except KeyboardInterrupt:
        print("amendtool: interrupted; files being written were left as they were", file=sys.stderr)
        return EXIT_INTERRUPTED
    except SystemExit:
        raise
    except BaseException as error:
        line = known_problem(error)
        if line is not None:
            _say(f"amendtool: {line}")
            return EXIT_BAD_INPUT
        from amendtool.io.failure_reports import internal_error_line

        _say(internal_error_line(error, context))
        return EXIT_INTERNAL


@contextlib.contextmanager
def said_when_done() -> Iterator[None]:
    """What a command says on stderr (notes, warnings) is held back until it ends: when it
    ends in a refusal, that refusal is the one line on the screen, not the last of several
    about a draft that was then not written."""
    held, real = io.StringIO(), sys.stderr
    sys.stderr = held
    try:
        yield
    except SystemExit:  # a command's own way out: what it said stands
        _release(held, real)
        raise
    finally:
        sys.stderr = real
    _release(held, real)


def _release(held: io.StringIO, real: object) -> None:
    with contextlib.suppress(OSError, ValueError, AttributeError):
        real.write(held.getvalue())  # type: ignore[attr-defined]
        real.flush()  # type: ignore[attr-defined]


def _say(line: str) -> None:
    with contextlib.suppress(OSError, ValueError):  # stderr closed: nothing more to say
        print(line, file=sys.stderr, flush=True)


def _tolerant_streams() -> None:
    """A file name or quoted text the console cannot show is escaped, not fatal."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            with contextlib.suppress(ValueError, OSError):
                reconfigure(errors="backslashreplace")


def _discard_stdout() -> None:
    """Point stdout at the null device so the interpreter's final flush stays quiet."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):
        pass
