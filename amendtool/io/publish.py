"""Publishing a set of outputs into DIR as one change (how: see io/output_set.py).

`publish` first finishes or removes what an interrupted run left, then writes the new set
beside DIR and swaps it in (or, where that cannot be done in one step, moves it in under a
commit record). Files of an earlier export that are no longer part of the set are removed
when they still hold what amendtool wrote, and left (and named) when counsel changed them.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from pathlib import Path
from typing import Any

from amendtool.io.folder_lock import FolderBusy, folder_lock
from amendtool.io.output_set import (
    COMMIT,
    MANIFEST,
    RETIRED,
    Published,
    check_replaceable,
    digest,
    exchange,
    file_digest,
    fsync_folder,
    manifest_bytes,
    new_token,
    other_owner,
    read_manifest,
    remove_tree,
    same_device,
    same_file,
    staging_folders,
    staging_name,
    swappable,
    token_of,
    write_file,
)

# this run's token, the files of the export it replaces, and the project it exports
Run = tuple[str, list[str], str | None]


def publish(
    out: Path,
    files: dict[str, bytes],
    family: set[str],
    token: str | None = None,
    owner: str | None = None,
) -> Published:
    """Put `files` into `out` as one change. `family` names every file the full set has
    (a partial export keeps the others as they are); amendtool's files from an earlier
    export outside the family are stale. `token` names the set in DIR's manifest (a
    project that records the set knows it by it). One export at a time: another one
    writing to DIR is FolderBusy (io/folder_lock.py). `owner`, the project exported, is
    named in the manifest; a DIR holding another project's export is refused (WriteError)."""
    out = _real(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    with folder_lock(out):
        if problem := other_owner(out, owner):
            from amendtool.io.safe_write import WriteError

            raise WriteError(out, problem)
        return _publish(out, files, family, token, owner)


def _publish(
    out: Path, files: dict[str, bytes], family: set[str], token: str | None, owner: str | None
) -> Published:
    stuck: list[tuple[str, str]] = []
    cleaned = recover_held(out, stuck)
    earlier = read_manifest(out) if out.is_dir() else {}
    old_files: dict[str, str] = dict(earlier.get("files", {}))
    result = Published(written=[out / name for name in files], cleaned=cleaned, stuck=stuck)
    keep = {n: h for n, h in old_files.items() if n in family and n not in files}
    stale = {n: h for n, h in old_files.items() if n not in family and n not in files}
    for name, recorded in stale.items():
        current = file_digest(out / name)
        if current is None:
            continue
        (result.removed if current == recorded else result.kept).append(name)
    run: Run = (token or new_token(), sorted(old_files), owner)
    listed = {n: h for n, h in keep.items() if (out / n).exists()}
    listed.update({name: digest(data) for name, data in files.items()})
    if not out.exists():
        result.method = _publish_new(out, files, listed, run)
    elif swappable(out):
        result.method = _publish_swap(out, files, listed, run, set(result.removed), result.stuck)
    else:
        result.method = "journal"
    if result.method == "journal":
        _publish_journal(out, files, listed, run, set(result.removed))
    return result


def _real(out: Path) -> Path:
    """DIR as the system sees it: a link to a folder is followed (the link stays)."""
    out = Path(os.path.abspath(out))
    return out.resolve() if out.is_symlink() else out


def _stage(
    out: Path, files: dict[str, bytes], listed: dict[str, str], run: Run, method: str
) -> Path:
    """The new set in a fresh folder beside DIR, the manifest first (it marks the folder
    as amendtool's from the moment it exists)."""
    token, previous, owner = run
    staging = out.parent / staging_name(out, token)
    staging.mkdir()
    try:
        write_file(staging / MANIFEST, manifest_bytes(token, listed, method, previous, owner))
        for name, data in files.items():
            write_file(staging / name, data)
    except BaseException:
        remove_tree(staging)
        raise
    return staging


def _publish_new(out: Path, files: dict[str, bytes], listed: dict[str, str], run: Run) -> str:
    out.parent.mkdir(parents=True, exist_ok=True)
    staging = _stage(out, files, listed, run, "new")
    fsync_folder(staging)
    try:
        os.rename(staging, out)  # one step: DIR appears whole
    except OSError:
        remove_tree(staging)
        if not out.exists():
            raise
        return "journal"  # DIR appeared meanwhile
    fsync_folder(out.parent)
    return "new"


def _publish_swap(
    out: Path,
    files: dict[str, bytes],
    listed: dict[str, str],
    run: Run,
    removed: set[str],
    stuck: list[tuple[str, str]],
) -> str:
    """Everything DIR should hold afterwards, in the new folder; then one swap."""
    staging = _stage(out, files, listed, run, "swap")
    try:
        os.chmod(staging, os.stat(out).st_mode & 0o7777)
        for entry in list(os.scandir(out)):  # read whole (and closed) before a link fails
            if entry.name in files or entry.name in removed or entry.name == MANIFEST:
                continue
            target = staging / entry.name
            if entry.is_symlink():
                os.symlink(os.readlink(entry.path), target)
            else:
                os.link(entry.path, target)  # counsel's own file, carried over unchanged
        fsync_folder(staging)
        swapped = exchange(staging, out)
    except OSError:
        remove_tree(staging)
        return "journal"
    if not swapped:
        remove_tree(staging)
        return "journal"
    fsync_folder(out.parent)
    left = _retire_old(staging, out, set(listed) | set(run[1]))
    stuck.extend((staging.name, name) for name in left)
    return "swap"


def _retire_old(old: Path, out: Path, ours: set[str], carry: bool = True) -> list[str]:
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


def _publish_journal(
    out: Path, files: dict[str, bytes], listed: dict[str, str], run: Run, removed: set[str]
) -> None:
    """Moved in one by one under a commit record. The files being replaced are first moved
    aside (a file Word holds open refuses exactly that, and everything moved is put back);
    once they are aside nothing can stop the rest, and a run interrupted after the record
    was written is finished by the next one: wholly new either way."""
    for name in files:
        check_replaceable(out / name)
    token, previous, owner = run
    if os.access(out.parent, os.W_OK) and same_device(out, out.parent):
        staging = _stage(out, files, listed, run, "journal")
    else:  # DIR's parent is not ours to write in (a mount point, a shared folder)
        staging = out / f".amendtool-staging-{token}"
        staging.mkdir()
        try:
            manifest = manifest_bytes(token, listed, "journal", previous, owner)
            write_file(staging / MANIFEST, manifest)
            for name, data in files.items():
                write_file(staging / name, data)
        except BaseException:
            remove_tree(staging)
            raise
    aside = staging / ".old"
    aside.mkdir()
    record = {"token": token, "files": sorted(files), "remove": sorted(removed)}
    write_file(staging / COMMIT, json.dumps(record).encode("utf-8"))
    fsync_folder(staging)
    moved: list[str] = []
    for name in sorted(set(files) | removed):
        try:
            if (out / name).exists():
                os.replace(out / name, aside / name)
                moved.append(name)
        except OSError as exc:
            for back in moved:  # put back what was moved aside: DIR as it was
                os.replace(aside / back, out / back)
            remove_tree(staging)
            from amendtool.io.safe_write import WriteError

            if not _folder_changeable(out):  # the folder refuses, not the file
                raise WriteError(
                    out,
                    "folder cannot be changed (it is read-only, or locked), the previous "
                    "files are unchanged; export to another folder, or make it writable",
                ) from exc
            raise WriteError(
                out / name,
                "is open in another program or read-only, the previous files are unchanged; "
                "close it and export again",
            ) from exc
    _roll_forward(staging, out, record)


def _folder_changeable(folder: Path) -> bool:
    """Whether a file can be made and removed in `folder` (what permissions say is not
    enough: an administrator's lock or a read-only mount refuses all the same)."""
    try:
        descriptor, name = tempfile.mkstemp(prefix=".amendtool-probe-", dir=folder)
    except OSError:
        return False
    os.close(descriptor)
    try:
        os.unlink(name)
    except OSError:
        return False
    return True


def _roll_forward(staging: Path, out: Path, record: dict[str, Any]) -> None:
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
            _roll_forward(folder, out, record)  # it had committed: finish it
        elif current == token:
            names = set(manifest.get("files") or {}) | set(manifest.get("previous") or [])
            left = _retire_old(folder, out, names)  # the old DIR of a completed swap
        elif _retired(folder) == token:  # the same, found by a later export: ours go only
            left = _retire_old(folder, out, set(), carry=False)
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
