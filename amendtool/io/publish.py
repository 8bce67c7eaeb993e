"""Publishing a set of outputs into DIR as one change (how: see io/output_set.py).

`publish` first finishes or removes what an interrupted run left, then writes the new set
beside DIR and swaps it in (or, where that cannot be done in one step, moves it in under a
commit record). Files of an earlier export that are no longer part of the set are removed
when they still hold what amendtool wrote, and left (and named) when counsel changed them.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

from amendtool.io.folder_lock import folder_lock
from amendtool.io.leftovers import recover_held, retire_old, roll_forward
from amendtool.io.out_folder import refuse_not_ours, refuse_read_only
from amendtool.io.output_set import (
    COMMIT,
    MANIFEST,
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
    staging_name,
    swappable,
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
    refuse_read_only(out)
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
    refuse_not_ours(out, files, recovered=True)  # counsel's own files are never written over
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
    left = retire_old(staging, out, set(listed) | set(run[1]))
    stuck.extend((staging.name, name) for name in left)
    return "swap"


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
    roll_forward(staging, out, record)


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
