"""Runs the amendtool command line on many inputs, each in its own forked process with limits.

    python runner.py JOBS.json RESULTS.json

The modules are imported once here; each run is a fork, so a hundred runs cost what their
work costs. A run gets 2 GB of address space and a minute of CPU as a backstop, and is
ended after `timeout` seconds of wall time (a run that waits on a pipe uses no CPU). Its
time and peak memory come from the kernel's accounting of that one child.
"""

from __future__ import annotations

import json
import os
import resource
import signal
import sys
import time
import traceback

BACKSTOP_BYTES = 2 * 2**30
BACKSTOP_CPU_SECONDS = 60


def main(jobs_file: str, results_file: str) -> int:
    with open(jobs_file, encoding="utf-8") as handle:
        jobs = json.load(handle)
    from amendtool.__main__ import main as amendtool_main

    _warm()
    results = [_run(job, amendtool_main) for job in jobs]
    with open(results_file, "w", encoding="utf-8") as handle:
        json.dump(results, handle)
    return 0


def _warm() -> None:
    """What every run would import anyway, imported before the forks."""
    import amendtool.cli
    import amendtool.core.amendment
    import amendtool.core.checks
    import amendtool.io.edgar_html_reader
    import amendtool.io.edgar_text_reader
    import amendtool.io.load
    import amendtool.io.outputs
    import amendtool.io.project_file
    import amendtool.io.redline_docx  # noqa: F401


def _run(job: dict, amendtool_main) -> dict:  # type: ignore[no-untyped-def, type-arg]
    stdout = os.open(job["stdout"], os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    stderr = os.open(job["stderr"], os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    start = time.monotonic()
    pid = os.fork()
    if pid == 0:  # the child: never returns
        code = 99
        try:
            os.dup2(stdout, 1)
            os.dup2(stderr, 2)
            os.environ.update(job.get("env", {}))
            resource.setrlimit(resource.RLIMIT_AS, (BACKSTOP_BYTES, BACKSTOP_BYTES))
            resource.setrlimit(resource.RLIMIT_CPU, (BACKSTOP_CPU_SECONDS, BACKSTOP_CPU_SECONDS))
            signal.alarm(int(job.get("timeout", 120)))
            os.chdir(job["cwd"])
            code = amendtool_main(job["argv"])
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else 1
        except BaseException:
            traceback.print_exc()
            code = 99
        finally:
            try:
                sys.stdout.flush()
                sys.stderr.flush()
            finally:
                os._exit(code)
    os.close(stdout)
    os.close(stderr)
    _, status, usage = os.wait4(pid, 0)
    return {
        "exit": os.waitstatus_to_exitcode(status),
        "wall": time.monotonic() - start,
        "cpu": usage.ru_utime + usage.ru_stime,
        "peak_mb": usage.ru_maxrss / 1024,
    }


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
