"""A project saved together with the outputs it records, as one change.

The project file and DIR are two places, and no single step of the file system changes both.
So one of them decides: the outputs' set goes into DIR in one step (io/publish.py), and the
project that records that set is first written complete beside its own file, under a name
that carries the set's token. After DIR has changed, the project is renamed into place. If
the run is cut off between the two, the next time the project is opened the pending copy is
put in place when DIR holds its set, and removed when it does not: the project and DIR are
both new or both old, never one of each.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from amendtool.core.errors import shown_name
from amendtool.io.failure_reports import refusal
from amendtool.io.folder_lock import FolderBusy, folder_lock
from amendtool.io.leftovers import recover_held
from amendtool.io.output_set import fsync_folder, new_token, read_manifest, write_file
from amendtool.io.safe_write import WriteError

PENDING = ".pending-"


def pending_path(path: Path, token: str) -> Path:
    return path.parent / f".{path.name}{PENDING}{token}"


def write_with_project(
    project: Any,
    path: str | Path,
    entry: Any,
    write: Callable[[str, Callable[[list[str]], None]], list[Path]],
    out: str | Path,
) -> list[Path]:
    """`write(token, stage)` renders the outputs, calls `stage(names)` before DIR changes
    and puts them in DIR under `token` (io/outputs.write_outputs). `entry` (the amendment
    whose outputs these are) records them in the project."""
    from amendtool.io.project_file import project_json

    path = Path(path)
    token = new_token()
    staged: list[Path] = []

    from amendtool.core.series_lock import outputs_fingerprint

    def stage(names: list[str]) -> None:
        entry.outputs = {
            "fingerprint": outputs_fingerprint(entry),
            "folder": str(Path(out).resolve()),
            "files": names,
            "written": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            "token": token,
        }
        pending = pending_path(path, token)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            write_file(pending, project_json(project).encode("utf-8"))
        except OSError as exc:
            with contextlib.suppress(OSError):
                os.unlink(pending)
            raise WriteError(
                path, f"cannot be written, nothing was written: {refusal(exc)}"
            ) from exc
        staged.append(pending)

    try:
        written = write(token, stage)
    except BaseException:
        for pending in staged:
            with contextlib.suppress(OSError):
                os.unlink(pending)
        raise
    for pending in staged:
        try:
            _put_in_place(pending, path)
        except OSError as exc:
            raise WriteError(
                path,
                f"could not be put in place; the outputs were written and the project is kept "
                f"beside it as {shown_name(pending.name)}, taken when the project is next opened: "
                f"{refusal(exc)}",
            ) from exc
    return written


def finish_pending(path: str | Path) -> list[str]:
    """What an interrupted save left beside the project, finished or removed (before the
    project is read); the names of what was found."""
    path = Path(path)
    prefix = f".{path.name}{PENDING}"
    found: list[str] = []
    with contextlib.suppress(OSError):
        for item in sorted(os.scandir(path.parent), key=lambda e: e.name):
            if not item.name.startswith(prefix) or not item.is_file(follow_symlinks=False):
                continue
            pending = Path(item.path)
            token = item.name[len(prefix) :]
            folder = _outputs_folder(pending, token)
            with contextlib.suppress(OSError):
                try:
                    committed = folder is not None and _committed(folder, token)
                except FolderBusy:
                    continue  # its export is running now: the project is its to put in place
                if committed:
                    _put_in_place(pending, path)  # DIR holds its set: the save had committed
                else:
                    os.unlink(pending)  # DIR is still the old set: so is the project
                found.append(item.name)
    return found


def _committed(folder: Path, token: str) -> bool:
    """DIR holds the set named `token`, once its own interrupted change is finished or
    undone (it decides); FolderBusy while another export holds DIR."""
    if not folder.parent.is_dir():
        return False
    with folder_lock(folder):
        recover_held(folder)
        return read_manifest(folder).get("token") == token


def _put_in_place(pending: Path, path: Path) -> None:
    with contextlib.suppress(OSError):
        os.chmod(pending, path.stat().st_mode & 0o777)
    os.replace(pending, path)
    fsync_folder(path.parent)


def _outputs_folder(pending: Path, token: str) -> Path | None:
    """The folder of the set the pending project records under `token` (None when it is not
    a complete project of amendtool's)."""
    try:
        data = json.loads(pending.read_text(encoding="utf-8"))
    except (OSError, ValueError, RecursionError):
        return None
    amendments = data.get("amendments") if isinstance(data, dict) else None
    for amendment in amendments if isinstance(amendments, list) else []:
        outputs = amendment.get("outputs") if isinstance(amendment, dict) else None
        if isinstance(outputs, dict) and outputs.get("token") == token:
            folder = outputs.get("folder")
            return Path(folder) if isinstance(folder, str) else None
    return None
