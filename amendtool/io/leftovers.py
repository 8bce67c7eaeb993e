"""What earlier exports left beside DIR, finished or removed: the staging folder of a run
interrupted before or after its commit record, and the old folder a swap left (DIR as it
was), whose files Word may still hold open.

Only folders whose name and own manifest (or the mark an old folder of a swap writes of
itself) say they are amendtool's are touched; counsel's files met in an old folder are moved
back into DIR, never removed.
"""

from __future__ import annotations

import contextlib
import json
import os
from pathlib import Path
from typing import Any

from amendtool.io.folder_lock import FolderBusy, folder_lock
from amendtool.io.output_set import (
    COMMIT,
    MANIFEST,
    RETIRED,
    fsync_folder,
    read_manifest,
    remove_tree,
    same_file,
    staging_folders,
    token_of,
    write_file,
)


def retire_old(old: Path, out: Path, ours: set[str], carry: bool = True) -> list[str]:
    """After a swap `old` holds DIR as it was: amendtool's files go (`ours`: the new set's
    and the earlier export's names, also read from the old manifest, which goes last);
    counsel's files are in DIR already (the same file), or arrived or changed during the
    export and are moved over (with `carry`; a later run leaves them, DIR may hold newer
    ones). A file that cannot be removed (open in Word) stays, the others go all the same;
    the names of those that stay are returned."""
    ours = ours | set(read_manifest(old).get("files") or {}) | {MANIFEST, COMMIT, RETIRED}
    with contextlib.suppress(OSError):
        write_file(old / RETIRED, token_of(old).encode("ascii", "replace"))
    left: list[str] = []
    with contextlib.suppress(OSError):
        entries = sorted(os.scandir(old), key=lambda e: (e.name == MANIFEST, e.name == RETIRED))
        for entry in entries:
            path, there = Path(entry.path), out / entry.name
            if left and entry.name in (MANIFEST, RETIRED):
                continue  # kept with what stays, so a later run knows the folder
            try:
                if entry.name in ours or same_file(path, there):
                    if entry.is_dir(follow_symlinks=False):
                        remove_tree(path)
                    else:
                        path.unlink()
                elif carry:
                    os.replace(path, there)
                else:
                    left.append(entry.name)
            except OSError:
                left.append(entry.name)
    left = [name for name in left if name not in (MANIFEST, RETIRED)]
    with contextlib.suppress(OSError):
        old.rmdir()
    return left if old.exists() else []


def _retired(folder: Path) -> str | None:
    """The token an old folder of a swap wrote of itself while being removed."""
    try:
        return (folder / RETIRED).read_text(encoding="ascii", errors="replace").strip()
    except OSError:
        return None


def roll_forward(staging: Path, out: Path, record: dict[str, Any]) -> None:
    for name in record["files"]:
        if (staging / name).exists():
            os.replace(staging / name, out / name)
    for name in record["remove"]:
        with contextlib.suppress(FileNotFoundError):
            (out / name).unlink()
    if (staging / MANIFEST).exists():
        os.replace(staging / MANIFEST, out / MANIFEST)
    fsync_folder(out)
    remove_tree(staging)  # with it the files moved aside


def recover(out: Path) -> list[str]:
    """Finish or remove what interrupted runs left beside (or in) DIR; the names of what
    was cleaned up. Nothing is touched while another export holds DIR: its staging is
    work in progress, not a leftover."""
    if not out.parent.is_dir():
        return []
    try:
        with folder_lock(out):
            return recover_held(out)
    except FolderBusy:
        return []


def recover_held(out: Path, stuck: list[tuple[str, str]] | None = None) -> list[str]:
    """recover, with DIR held. A folder is touched only if its name and its own manifest
    (or the mark an old folder of a swap writes of itself) say it is amendtool's staging.
    Only folders gone afterwards are named; one that cannot be removed (a file in it open
    in Word) is added to `stuck`, with that file, and removed by a later run."""
    cleaned: list[str] = []
    manifest = read_manifest(out) if out.is_dir() else {}
    current = manifest.get("token")
    for folder in staging_folders(out):
        token = token_of(folder)
        record = _commit_record(folder)
        left: list[str] = []
        if record is not None and record.get("token") == token:
            roll_forward(folder, out, record)  # it had committed: finish it
        elif current == token:
            names = set(manifest.get("files") or {}) | set(manifest.get("previous") or [])
            left = retire_old(folder, out, names)  # the old DIR of a completed swap
        elif _retired(folder) == token:  # the same, found by a later export: ours go only
            left = retire_old(folder, out, set(), carry=False)
        elif read_manifest(folder).get("token") == token:
            remove_tree(folder)  # an unfinished set: DIR is still wholly the old one
        elif not any(folder.iterdir()):
            folder.rmdir()  # made, then interrupted before its manifest
        else:
            continue
        if not folder.exists():
            cleaned.append(folder.name)
        elif stuck is not None:
            stuck.append((folder.name, left[0] if left else _any_file(folder)))
    return cleaned


def _any_file(folder: Path) -> str:
    with contextlib.suppress(OSError), os.scandir(folder) as entries:
        for entry in entries:
            if entry.name not in (MANIFEST, RETIRED, COMMIT):
                return entry.name
    return ""


def _commit_record(folder: Path) -> dict[str, Any] | None:
    try:
        record = json.loads((folder / COMMIT).read_text(encoding="utf-8"))
    except (OSError, ValueError, RecursionError):
        return None
    if not isinstance(record, dict) or not all(
        isinstance(record.get(k), list) for k in ("files", "remove")
    ):
        return None
    return record
