"""Runs `amendtool` commands in forked children that SIGKILL themselves at a chosen write.

    python fault_runner.py JOBS.json RESULTS.json

Each job names a folder (`root`) and `kill_at`: the child counts every operation that
changes the file system under `root` (a file opened for writing, a rename, a link, a
removal, a folder made or removed, a mode change, a call into the C library such as the
folder swap) and kills itself with SIGKILL just before the `kill_at`-th one; 0 runs to the
end and reports how many there were. Nothing is cleaned up: what is on disk afterwards is
what a power cut or `kill -9` at that moment would leave.
"""

from __future__ import annotations

import json
import os
import signal
import sys

_WRITING_EVENTS = {
    "os.rename",
    "os.remove",
    "os.rmdir",
    "os.mkdir",
    "os.link",
    "os.symlink",
    "os.chmod",
    "os.truncate",
    "shutil.rmtree",
    "shutil.move",
    "ctypes.call_function",
}


def _writes(event: str, args: tuple, root: str) -> bool:  # type: ignore[type-arg]
    if event == "ctypes.call_function":
        return True
    if event == "open":
        path, mode, flags = [*args, None, None, 0][:3]
        writing = (isinstance(mode, str) and any(c in mode for c in "wax+")) or (
            mode is None and isinstance(flags, int) and flags & (os.O_WRONLY | os.O_RDWR)
        )
        return bool(writing) and _under(path, root)
    if event in _WRITING_EVENTS:
        return any(_under(a, root) for a in args[:2])
    return False


def _under(path: object, root: str) -> bool:
    if isinstance(path, bytes):
        path = os.fsdecode(path)
    return isinstance(path, str) and os.path.abspath(path).startswith(root)


def main(jobs_file: str, results_file: str) -> int:
    with open(jobs_file, encoding="utf-8") as handle:
        jobs = json.load(handle)
    import amendtool.io.outputs
    import amendtool.io.project_file
    import amendtool.io.publish
    import amendtool.io.redline_docx  # noqa: F401
    from amendtool.cli import main as amendtool_main

    results = []
    for job in jobs:
        count_file = job["count_file"]
        pid = os.fork()
        if pid == 0:
            _child(job, amendtool_main)
        _, status = os.waitpid(pid, 0)
        killed = os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL
        count = 0
        if os.path.exists(count_file):
            with open(count_file, encoding="utf-8") as handle:
                count = int(handle.read() or 0)
        results.append(
            {"killed": killed, "exit": os.waitstatus_to_exitcode(status), "count": count}
        )
    with open(results_file, "w", encoding="utf-8") as handle:
        json.dump(results, handle)
    return 0


def _child(job: dict, amendtool_main) -> None:  # type: ignore[no-untyped-def, type-arg]
    code = 99
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 1)
        os.dup2(devnull, 2)
        root, kill_at = os.path.abspath(job["root"]), int(job["kill_at"])
        seen = [0]

        def hook(event: str, args: tuple) -> None:  # type: ignore[type-arg]
            if _writes(event, args, root):
                seen[0] += 1
                if seen[0] == kill_at:
                    os.kill(os.getpid(), signal.SIGKILL)

        sys.addaudithook(hook)
        os.chdir(job["cwd"])
        code = amendtool_main(job["argv"])
        with open(job["count_file"], "w", encoding="utf-8") as handle:
            handle.write(str(seen[0]))
    finally:
        os._exit(code)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
