"""The output folder's gate: what is refused before anything is drafted, rendered or written.

A folder that is a file, that cannot be made or written (asked of the system itself, not of
the permissions: an administrator may write anywhere and /proc still refuses), the offer
drafted from saved under an output's name, a file of counsel's that bears an output's name
without the folder's manifest listing it as amendtool's, and an output counsel changed since
amendtool wrote it (its bytes no longer those the manifest records): each is one line, and
the folder is left as it was. README: counsel's own files, and edits, are never written
over."""

from __future__ import annotations

import contextlib
import os
import secrets
import stat
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from amendtool.core.errors import shown_path
from amendtool.io.folder_refusals import folder_refusal
from amendtool.io.output_set import MANIFEST, file_digest, read_manifest, staging_folders
from amendtool.io.safe_write import WriteError

if TYPE_CHECKING:
    from amendtool.core.amendment import Amendment


def refuse_not_ours(out: Path, names: Iterable[str], recovered: bool = False) -> None:
    """A file in `out` under one of `names` (or the manifest's name) that the folder's
    manifest does not list as amendtool's is counsel's: nothing is written over it. Nor over
    an output the manifest lists whose bytes are no longer those it records: counsel edited
    it (a paragraph added in Word), and replacing it would lose the edit unsaid. Until
    an interrupted export is finished (`recovered`), a name it was writing is given the
    benefit of the doubt: publish asks again once it is."""
    if not out.is_dir() or (not recovered and staging_folders(out)):
        return
    manifest = read_manifest(out)
    ours = set(manifest.get("files", {})) | set(manifest.get("previous", []))
    if manifest:
        ours.add(MANIFEST)
    names = sorted({*names, MANIFEST})
    theirs = [name for name in names if name not in ours and _there(out / name)]
    if theirs:
        rest, them = _rest(theirs)
        nor = f", nor {'is' if len(theirs) == 2 else 'are'} {rest}" if rest else ""
        raise WriteError(
            out / theirs[0],
            f"is not a file amendtool wrote here{nor}; move {them} or choose another folder",
        )
    recorded: dict[str, str] = manifest.get("files", {})
    changed = [
        name
        for name in names
        if name in recorded and file_digest(out / name) not in (None, recorded[name])
    ]
    if changed:
        rest, them = _rest(changed)
        so = f", and so {'has' if len(changed) == 2 else 'have'} {rest}" if rest else ""
        raise WriteError(
            out / changed[0],
            f"has changed since amendtool wrote it here{so}; the export would replace {them}: "
            f"move {them} out of the folder to keep the changes, or choose another folder",
        )


def _rest(names: list[str]) -> tuple[str, str]:
    """The names after the first, as a sentence lists them, and the pronoun for all."""
    rest = names[1:]
    listed = ", ".join(rest[:-1]) + f" and {rest[-1]}" if len(rest) > 1 else "".join(rest)
    return listed, "them" if rest else "it"


def _there(path: Path) -> bool:
    return path.exists() or path.is_symlink()


def refuse_inputs_overwritten(amendment: Amendment, out: Path, names: list[str]) -> None:
    """An output that would replace the offer the amendment is drafted from, or its revision
    (an original saved in DIR as "redline.docx"), is refused before anything is rendered:
    the offer as filed is counsel's, never one of the tool's files."""
    inputs = {
        "the original offer": amendment.original.source,
        "the revised offer": amendment.revised.source if amendment.revised else "",
    }
    for name in names:
        target = out / name
        if not target.exists():
            continue
        for role, source in inputs.items():
            if source and Path(source).exists() and target.samefile(source):
                raise WriteError(
                    target,
                    f"is {role} this amendment is drafted from, and amendtool writes a file of "
                    "that name there; choose another output folder (--out) or rename the offer",
                )


def refuse_file_as_folder(out: Path) -> None:
    """The output folder, or the nearest part of its path that exists, is a file, or the
    folder does not exist and cannot be made there (a read-only disk, a folder the user may
    not write in, a folder the system keeps such as /proc or /sys), or it exists and cannot
    be written: said before anything is read or checked (a draft's findings would otherwise
    be all counsel sees, and the folder's problem only after they are dealt with)."""
    # the path as the export will use it: "new/../offer" is "offer", whether or not "new"
    # exists (the system would refuse it where it does not, after the set was staged)
    out = Path(os.path.abspath(out))
    for part in (out, *out.parents):
        if part.exists() or part.is_symlink():
            if not part.is_dir():
                raise WriteError(
                    part,
                    f"is {_what_is(part)}, not a folder; give --out a folder (it is made if it "
                    "does not exist)",
                )
            if part == out:
                refuse_read_only(out)
                if problem := _unwritable(out):
                    raise WriteError(
                        out, f"folder cannot be written, it was left as it was: {problem}"
                    )
                return
            if not os.access(part, os.W_OK | os.X_OK):
                raise WriteError(out, f"the folder cannot be made: {_why_not_in(part)}")
            if problem := _unwritable(part):
                raise WriteError(out, f"the folder cannot be made in {shown_path(part)}: {problem}")
            return


def _unwritable(place: Path) -> str:
    """Why no folder can be made in `place`, "" when one can: the system is asked, by making
    one of a name of its own and removing it (what permissions say is not all). A name that
    is taken says nothing of the folder: the export itself finds out."""
    probe = place / f".amendtool-probe-{secrets.token_hex(6)}"
    try:
        os.mkdir(probe, 0o700)
    except FileExistsError:
        return ""
    except OSError as exc:
        return folder_refusal(exc, place)
    with contextlib.suppress(OSError):
        os.rmdir(probe)
    return ""


def refuse_read_only(out: Path) -> None:
    """A DIR made read-only (a filed set protected) is left as it is, said in one line:
    its parent may be writable, and the set swapped in beside it would replace it anyway."""
    try:
        mode = os.stat(out).st_mode
    except OSError:
        return  # not there yet: made new
    if stat.S_ISDIR(mode) and (not mode & 0o222 or not os.access(out, os.W_OK)):
        raise WriteError(
            out,
            "folder is read-only, it was left as it was: make it writable, or choose "
            "another folder",
        )


def _what_is(path: Path) -> str:
    """What stands at `path` where a folder was wanted: a file, a device (/dev/null), a
    named pipe."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return "a file"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISFIFO(mode):
        return "a named pipe"
    return "a socket" if stat.S_ISSOCK(mode) else "a file"


def _why_not_in(place: Path) -> str:
    """Why no folder can be made in `place`, and what to do."""
    try:
        read_only = bool(os.statvfs(place).f_flag & getattr(os, "ST_RDONLY", 0))
    except (OSError, AttributeError):
        read_only = False
    if read_only:
        return f"{shown_path(place)} is on a read-only disk; choose a folder on another disk"
    return f"amendtool may not write in {shown_path(place)}; choose a folder you can write to"
