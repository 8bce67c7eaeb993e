"""Puts a set of files into DIR as one change: after any interruption, wholly old or wholly new.

The set is written into a fresh folder beside DIR (`.DIR.amendtool-TOKEN`), with a manifest
naming every file amendtool wrote and its SHA-256. Where the system can swap two folders in
one step (Linux `renameat2(RENAME_EXCHANGE)`, macOS `renamex_np(RENAME_SWAP)`), that folder
takes DIR's place in that one step; counsel's own files in DIR are carried over as hard links
(the same files, not copies). A DIR that does not exist yet is made by one rename. Elsewhere
(Windows, a DIR holding folders, a mount point, the current folder) the files are moved in
one by one under a commit record that the next run completes, so an interrupted run still
ends wholly new. The next run also removes what an interrupted run left behind, and only
that: folders carrying the name pattern and a manifest of their own.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import json
import os
import secrets
import shutil
import stat
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

MANIFEST = ".amendtool-manifest.json"
COMMIT = ".amendtool-commit.json"
# in DIR's old folder after a swap, while its files are being removed: its token, so a run
# after an interruption (or after a file that could not be removed) knows it for what it is
RETIRED = ".amendtool-retired"
FORMAT = "amendtool-outputs"


@dataclass
class Published:
    """What writing an output set did: the files written, and the stale or leftover files
    removed or left alone."""

    written: list[Path]
    removed: list[str] = field(default_factory=list)  # stale files of an earlier export
    kept: list[str] = field(default_factory=list)  # stale, but changed since: left alone
    cleaned: list[str] = field(default_factory=list)  # leftovers of interrupted runs
    # leftovers beside DIR that could not be removed: (folder, a file in it that stays)
    stuck: list[tuple[str, str]] = field(default_factory=list)
    method: str = ""  # "swap", "new" or "journal"


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def read_manifest(folder: Path) -> dict[str, Any]:
    """DIR's manifest ({} when there is none or it is not one amendtool wrote)."""
    try:
        data = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError, RecursionError):  # damaged, or nested past any parser
        return {}
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        return {}
    if not isinstance(data.get("files"), dict) or not isinstance(data.get("token"), str):
        return {}
    data["files"] = {k: v for k, v in data["files"].items() if own_name(k)}
    if isinstance(data.get("previous"), list):
        data["previous"] = [name for name in data["previous"] if own_name(name)]
    return data


def own_name(name: object) -> bool:
    """A name amendtool could have written in DIR: a plain file name, never a path. A
    manifest edited, or received with the folder, naming a file outside DIR or in a
    subfolder of it must never make an export remove that file, or say it did."""
    return (
        isinstance(name, str)
        and name not in ("", ".", "..")
        and not any(c in name for c in "/\\:\x00")
        and name == name.strip()
    )


def staging_name(out: Path, token: str) -> str:
    return f".{out.name}.amendtool-{token}"


def staging_folders(out: Path) -> list[Path]:
    """Folders an earlier run may have left: beside DIR, and (journal runs) inside it."""
    found: list[Path] = []
    prefix = f".{out.name}.amendtool-"
    for folder, pattern in ((out.parent, prefix), (out, ".amendtool-staging-")):
        with contextlib.suppress(OSError), os.scandir(folder) as entries:
            for entry in entries:
                if entry.name.startswith(pattern) and entry.is_dir(follow_symlinks=False):
                    found.append(Path(entry.path))
    return found


def token_of(folder: Path) -> str:
    return folder.name.rsplit("-", 1)[-1]


def manifest_bytes(
    token: str, files: dict[str, str], method: str, previous: list[str], owner: str | None = None
) -> bytes:
    """`previous`: the files of the export this one replaces, so what is left of the old
    folder after an interrupted swap is known to be amendtool's without its own manifest.
    `owner`: the identity of the project exported (none for outputs of no project)."""
    data: dict[str, Any] = {
        "format": FORMAT,
        "token": token,
        "method": method,
        "files": files,
        "previous": sorted(previous),
    }
    if owner:
        data["project"] = owner
    return json.dumps(data, indent=1, sort_keys=True).encode("utf-8")


def other_owner(out: Path, owner: str | None) -> str | None:
    """Why DIR is not this export's to write in: it holds the outputs another project
    exported (two projects in one folder propose the same folder for the same amendment
    number and date). None when it may be written: no export there, this project's own, or
    one that named no project (written before exports named theirs)."""
    theirs = read_manifest(out).get("project") if out.is_dir() else None
    if not isinstance(theirs, str) or not theirs or theirs == owner:
        return None
    return (
        "holds the files another project exported there; this export would replace them: "
        "give a new folder (or move those files out first)"
    )


def check_replaceable(target: Path) -> None:
    """A file open in Word (Windows) or read-only is found before anything is replaced."""
    from amendtool.io.safe_write import WriteError

    if not target.exists():
        return
    try:
        with open(target, "ab"):
            pass
    except PermissionError as exc:
        raise WriteError(
            target,
            "is open in another program or read-only, the previous files are unchanged; "
            "close it and export again",
        ) from exc


def same_device(a: Path, b: Path) -> bool:
    try:
        return os.stat(a).st_dev == os.stat(b).st_dev
    except OSError:
        return False


def new_token() -> str:
    return secrets.token_hex(6)


def write_file(path: Path, data: bytes) -> None:
    """A new file, complete on disk before anything relies on it."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    descriptor = os.open(path, flags, 0o666)
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(descriptor, view) :]
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def fsync_folder(folder: Path) -> None:
    if os.name == "nt":
        return
    with contextlib.suppress(OSError):
        descriptor = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)


def same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samestat(os.lstat(a), os.lstat(b))
    except OSError:
        return False


def file_digest(path: Path) -> str | None:
    try:
        return digest(path.read_bytes())
    except OSError:
        return None


def remove_tree(folder: Path) -> None:
    """A staging folder amendtool made: files and links only (never follows a link)."""
    shutil.rmtree(folder, ignore_errors=True)


# --- swapping two folders in one step ---------------------------------------------------------
_RENAME_EXCHANGE = 2  # Linux
_RENAME_SWAP = 2  # macOS


def exchange(a: Path, b: Path) -> bool:
    """Swap folders `a` and `b` atomically; False where the system cannot (then nothing
    happened). Other failures raise OSError. The system's library is reached only here:
    a first export into a new folder never swaps, and loads none of it."""
    import ctypes

    try:
        libc = ctypes.CDLL(None, use_errno=True)
    except OSError:
        return False
    if sys.platform.startswith("linux"):
        call = getattr(libc, "renameat2", None)
        if call is None:
            return False
        call.argtypes = [
            ctypes.c_int,
            ctypes.c_char_p,
            ctypes.c_int,
            ctypes.c_char_p,
            ctypes.c_uint,
        ]
        here = -100  # AT_FDCWD
        result = call(here, os.fsencode(a), here, os.fsencode(b), _RENAME_EXCHANGE)
    elif sys.platform == "darwin":
        call = getattr(libc, "renamex_np", None)
        if call is None:
            return False
        call.argtypes = [ctypes.c_char_p, ctypes.c_char_p, ctypes.c_uint]
        result = call(os.fsencode(a), os.fsencode(b), _RENAME_SWAP)
    else:
        return False
    if result == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.EINVAL, errno.ENOSYS, errno.ENOTSUP, errno.EXDEV, errno.EPERM):
        return False  # this file system cannot swap: the files are moved one by one
    raise OSError(code, os.strerror(code), str(b))


def swappable(out: Path) -> bool:
    """DIR may be replaced by a folder beside it: a folder of files only, of our own, not a
    mount point and not where this program stands."""
    try:
        info = os.lstat(out)
        if not stat.S_ISDIR(info.st_mode) or os.path.ismount(out):
            return False
        if hasattr(os, "getuid") and info.st_uid != os.getuid():
            return False
        here = Path.cwd()
        if same_file(here, out) or out in here.parents:
            return False
        with os.scandir(out) as entries:  # closed when a subfolder ends the look early
            if any(not (e.is_file(follow_symlinks=False) or e.is_symlink()) for e in entries):
                return False
        return os.access(out.parent, os.W_OK)
    except OSError:
        return False
