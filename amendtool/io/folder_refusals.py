"""Why the system would not make a folder in a folder that is there, in words true for it.

failure_reports.refusal words an OSError for any path; making a folder in a place that
exists, some of its words mislead: "No such file or directory" from /proc (a folder the
system keeps and adds nothing to) is no folder "not there (moved, renamed or unplugged)".
Each refusal the making of a folder can give says here what stands in the way, the
system's own words kept in brackets for whoever helps, and ends with what to do."""

from __future__ import annotations

import errno
from pathlib import Path

from amendtool.core.errors import shown_path
from amendtool.io.failure_reports import refusal

_FULL = "free some space on the disk, or choose another one"
# what stands in the way of a folder made in a place that is there, and what to do
_IN_PLACE = {
    errno.EROFS: ("it is on a read-only disk", "choose a folder on another disk"),
    errno.EACCES: ("amendtool may not write in it", "choose a folder you can write to"),
    errno.EPERM: ("amendtool may not write in it", "choose a folder you can write to"),
    errno.ENOSPC: ("its disk is full", _FULL),
    errno.EDQUOT: ("your share of the disk is used up", _FULL),
    errno.EFBIG: ("its disk takes nothing larger", _FULL),
    errno.EEXIST: (
        "a file or folder of that name is already there",
        "choose another name, or move what is there",
    ),
    errno.EMLINK: ("it holds as many folders as its disk allows", "choose another folder"),
    errno.ENAMETOOLONG: ("the name is too long for its disk", "choose a shorter name"),
    errno.ELOOP: ("its path goes round in a circle of links", "check the path"),
}
# a place that is there and still "not there": the system keeps it (/proc, /sys) and makes
# no folder in it that it did not make itself
_KEPT = (
    "the system keeps that folder and makes no new folder in it (as in /proc or /sys)",
    "choose another folder, in your documents or on another disk",
)


def made_in(out: Path) -> Path:
    """The folder a new `out` is made in: the nearest part of its path that is there (its
    parent, or further up when the folders between are made too)."""
    for part in out.parents:
        if part.is_dir():
            return part
    return out.parent


def folder_refusal(error: OSError, place: Path) -> str:
    """Why no folder could be made in `place` (a folder that was there), and what to do:
    "its disk is full (No space left on device); free some space …"."""
    code = error.errno or 0
    said = error.strerror or str(error)
    if code in (errno.EACCES, errno.EPERM) and system_kept(place):
        what, remedy = _KEPT  # sysfs says "not permitted" even to an administrator
        return f"{what} ({said}); {remedy}"
    if code in (errno.ENOENT, errno.ENOTDIR):
        gone = next((p for p in (place, *place.parents) if not p.is_dir()), None)
        if gone is not None and (gone.exists() or gone.is_symlink()):
            return f"{shown_path(gone)} is a file, not a folder ({said}); check the path"
        if gone is not None:
            return (
                f"{shown_path(place)} is no longer there ({said}: moved, renamed or unplugged "
                "meanwhile); check the path"
            )
        what, remedy = _KEPT
        return f"{what} ({said}); {remedy}"
    if code in _IN_PLACE:
        what, remedy = _IN_PLACE[code]
        return f"{what} ({said}); {remedy}"
    return refusal(error)


# file systems the system keeps (its own state, not a disk): no folder of counsel's is made there
_SYSTEM_KINDS = frozenset(
    {"proc", "sysfs", "cgroup", "cgroup2", "debugfs", "tracefs", "securityfs", "configfs",
     "devpts", "bpf", "pstore", "efivarfs", "fusectl", "mqueue", "hugetlbfs"}
)  # fmt: skip


def system_kept(place: Path) -> bool:
    """Whether `place` is on a file system the system keeps (/proc, /sys on Linux), read from
    the list of mounts: the mount nearest to it decides. False where there is no such list."""
    try:
        lines = Path("/proc/self/mounts").read_text(encoding="utf-8", errors="replace")
    except OSError:
        return False
    best, kind = "", ""
    where = str(place)
    for line in lines.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        mount = fields[1].replace("\\040", " ")
        inside = where == mount or where.startswith(mount.rstrip("/") + "/")
        if inside and len(mount) >= len(best):
            best, kind = mount, fields[2]
    return kind in _SYSTEM_KINDS
