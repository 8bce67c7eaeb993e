"""What the operating system refused, in words, always ending with what to do.

"No space left on device" alone leaves the user guessing; every message made from an
OSError (reading a document, writing the outputs or the project, the top level) ends with
the step that gets the work done: free space, choose another folder, close the file in Word.
"""

from __future__ import annotations

import errno

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
