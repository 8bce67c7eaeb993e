"""What the user is told when something fails: an operating system refusal in words, an unexpected
error logged.

What the operating system refused, in words, always ending with what to do.

"No space left on device" alone leaves the user guessing; every message made from an
OSError (reading a document, writing the outputs or the project, the top level) ends with
the step that gets the work done: free space, choose another folder, close the file in Word.

Where the details of an unexpected error go: a log file in the user's log folder.

An error amendtool did not foresee is a defect. The user sees one line saying so and where
the details are; the traceback goes to the file, with what is needed to reproduce it, and
never to the screen."""

from __future__ import annotations

import datetime as dt
import errno
import os
import tempfile
from pathlib import Path

from amendtool import __version__
from amendtool.core.errors import shown_path
from amendtool.core.user_folders import user_folder

# the user acts on these: the last words of the message
_CLOSE = "close the file in the program that has it open (Word, a viewer), then try again"
_ADVICE = {
    errno.ENAMETOOLONG: "choose a shorter name",
    errno.ENOSPC: "free some space on the disk, or choose another one",
    errno.EDQUOT: "free some space on the disk, or choose another one",
    errno.EFBIG: "free some space on the disk, or choose another one",
    errno.EROFS: "the disk is read-only: choose a folder on another one",
    errno.EACCES: "choose a folder you can write to, or close the file in other programs",
    errno.EPERM: "choose a folder you can write to, or close the file in other programs",
    errno.EBUSY: _CLOSE,
    errno.ETXTBSY: _CLOSE,
    errno.ENOTDIR: "a part of the path is a file, not a folder: check the path",
    errno.EISDIR: "the path names a folder: give a file's name",
    errno.ENOENT: "the file or folder is not there (moved, renamed or unplugged): check the path",
    errno.ELOOP: "the path goes round in a circle of links: check the path",
    errno.EEXIST: "choose another name",
    errno.EXDEV: "choose a folder on the same disk",
    errno.EMFILE: "close other programs, then try again",
    errno.ENFILE: "close other programs, then try again",
    errno.ENOMEM: "close other programs, then try again",
    errno.EIO: "the disk did not answer: check it (or its connection), then try again",
    errno.ENXIO: "the disk did not answer: check it (or its connection), then try again",
    errno.ENODEV: "the disk did not answer: check it (or its connection), then try again",
    errno.ETIMEDOUT: "the network folder did not answer: check the connection, or choose a "
    "folder on this computer",
    errno.EAGAIN: "try again in a moment",
    errno.EINTR: "try again",
}
DEFAULT_ADVICE = "check the disk and the folder, then try again, or choose another folder"


def advice(error: OSError) -> str:
    """What to do about `error`: the last words of any message made from it."""
    return _ADVICE.get(error.errno or 0, DEFAULT_ADVICE)


def refusal(error: OSError) -> str:
    """The system's reason and what to do: "No space left on device; free some space…"."""
    return f"{error.strerror or error}; {advice(error)}"


def log_folder() -> Path:
    """The user's log folder (see `user_folder`): kept, unlike a cache."""
    return user_folder("logs")


def write_crash_log(error: BaseException, context: str) -> Path | None:
    """The details of `error` in a new file; its path, or None if no folder would take it.
    What describes the machine is imported here: every command imports this module for its
    refusals, and only a failure writes a log."""
    import platform
    import traceback

    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    name = f"amendtool-error-{stamp}-{os.getpid()}.log"
    details = "".join(
        [
            f"amendtool {__version__}, Python {platform.python_version()}, {platform.platform()}\n",
            f"when: {dt.datetime.now().isoformat(timespec='seconds')}\n",
            f"doing: {context}\n\n",
            *traceback.format_exception(type(error), error, error.__traceback__),
        ]
    )
    for folder in (log_folder(), Path(tempfile.gettempdir())):
        try:
            folder.mkdir(parents=True, exist_ok=True)
            path = folder / name
            path.write_text(details, encoding="utf-8", errors="backslashreplace")
            return path
        except OSError:
            continue
    return None


def internal_error_line(error: BaseException, context: str) -> str:
    """One line for the user: what failed, where the details are, what to do."""
    path = write_crash_log(error, context)
    where = f"details are in {shown_path(path)}" if path else "the details could not be saved"
    return (
        f"amendtool: internal error ({type(error).__name__}); {where}; "
        "please send that file to support"
    )
