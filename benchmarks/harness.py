"""Side-by-side timing: amendtool and its anchor run in turns (a b, b a, a b …) in one process
or as fresh processes, and each is the median of its runs, so that whatever else the machine
is doing falls on both alike. A row says what was measured, against what, and the goal."""

from __future__ import annotations

import os
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def compile_bytecode() -> None:
    """amendtool's modules compiled to bytecode, as an installed copy has them. Where the
    environment says not to write bytecode (PYTHONDONTWRITEBYTECODE, as some shells and CI
    set it), each timed process would otherwise compile every module it imports that changed
    since its bytecode was written: a quarter of a second no user waits for."""
    import compileall

    compileall.compile_dir(str(ROOT / "amendtool"), quiet=1)


@dataclass
class Row:
    measure: str
    anchor: str  # what the anchor is
    anchor_value: float | None  # seconds (or MB with unit="MB")
    ours: float
    goal: float | None = None  # the highest ratio allowed (or MB with goal_absolute)
    unit: str = "s"
    goal_absolute: bool = False  # the goal bounds `ours` itself, not the ratio

    @property
    def ratio(self) -> float | None:
        if self.anchor_value is None or self.anchor_value <= 0:
            return None
        return self.ours / self.anchor_value

    @property
    def met(self) -> bool | None:
        if self.goal is None:
            return None
        value = self.ours if self.goal_absolute else self.ratio
        return value is not None and value <= self.goal


def interleaved(
    runs: dict[str, Callable[[], object]],
    repeat: int,
    prepare: dict[str, Callable[[], object]] | None = None,
) -> dict[str, float]:
    """Median seconds of each run, the runs taken in turns, their order reversed every
    round. `prepare[name]`, when given, is called untimed before each run of `name`, and
    the run is given what it returns."""
    names = list(runs)
    times: dict[str, list[float]] = {name: [] for name in names}
    for round_ in range(repeat):
        for name in names if round_ % 2 == 0 else reversed(names):
            before = (prepare or {}).get(name)
            if before is not None:
                argument = before()
                start = time.perf_counter()
                runs[name](argument)  # type: ignore[call-arg]
            else:
                start = time.perf_counter()
                runs[name]()
            times[name].append(time.perf_counter() - start)
    return {name: statistics.median(values) for name, values in times.items()}


@dataclass
class Timed:
    """Medians of runs of fresh processes: each process's CPU time (user + system, what the
    goals are stated in) and the wall clock beside it (which on a busy machine also counts
    the waits for a core, and those fall hardest on the shorter run)."""

    cpu: dict[str, float]
    wall: dict[str, float]
    peak_mb: float  # the largest child process's resident size


def interleaved_cpu(runs: dict[str, Callable[[], object]], repeat: int) -> Timed:
    """`interleaved`, each run's child processes timed by their CPU time as well."""
    cpu: dict[str, list[float]] = {name: [] for name in runs}

    def counted(name: str) -> Callable[[], None]:
        def measured() -> None:
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            runs[name]()
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpu[name].append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)

        return measured

    wall = interleaved({name: counted(name) for name in runs}, repeat)
    scale = 1024 * 1024 if sys.platform == "darwin" else 1024  # bytes on macOS, else KB
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / scale
    return Timed({name: statistics.median(values) for name, values in cpu.items()}, wall, peak)


_COMPILED: list[bool] = []


def compiled_once() -> None:
    """The checkout's byte code written once, as an installed copy ships it: with
    PYTHONDONTWRITEBYTECODE set, each fresh process would compile every module again
    (half a second that no user's run pays), while the anchor's libraries are compiled."""
    if not _COMPILED:
        import compileall

        compileall.compile_dir(str(ROOT / "amendtool"), quiet=1)
        _COMPILED.append(True)


def python(
    *args: str, env: dict[str, str] | None = None, outputs: Iterable[Path] = ()
) -> subprocess.CompletedProcess[str]:
    """A fresh Python process with this checkout first on the path. Only a run that did its
    work may be timed: any exit but 0 (Python exits 1 on an uncaught exception) or an output
    it did not write in this run stops the benchmark."""
    compiled_once()
    started = time.time()
    result = subprocess.run(
        [sys.executable, *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT), **(env or {})},
        timeout=3600,
    )
    command = " ".join(args)[:200]
    if result.returncode != 0:
        raise SystemExit(f"{command} exited {result.returncode}:\n{result.stderr}")
    for output in outputs:
        if not output.exists() or output.stat().st_mtime < started - 1:
            raise SystemExit(f"{command} did not write {output}:\n{result.stderr}")
    return result


def peak_mb() -> float:
    """The largest resident size this process has reached, in MB (printed by a child).
    Linux: VmHWM, which starts anew at exec (ru_maxrss keeps the parent's high mark)."""
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    scale = 1024 * 1024 if sys.platform == "darwin" else 1024  # bytes on macOS, else KB
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / scale


def seconds(value: float, unit: str = "s") -> str:
    """A time as the table prints it (ms below a second), or MB."""
    if unit == "MB":
        return f"{value:,.0f} MB"
    if value < 1:
        return f"{value * 1000:,.0f} ms"
    return f"{value:,.2f} s"


def table(rows: list[Row]) -> str:
    lines = ["| measure | anchor | ours | ratio | goal |", "| --- | --- | --- | --- | --- |"]
    for row in rows:
        anchor = row.anchor
        if row.anchor_value is not None:
            anchor += f": {seconds(row.anchor_value, row.unit)}"
        ratio = f"{row.ratio:.2f}" if row.ratio is not None else ""
        if row.goal is None:
            goal = ""
        elif row.goal_absolute:
            goal = f"≤ {seconds(row.goal, row.unit)}"
        else:
            goal = f"≤ {row.goal:g}"
        if row.met is not None:
            goal += " met" if row.met else " **missed**"
        lines.append(
            f"| {row.measure} | {anchor} | {seconds(row.ours, row.unit)} | {ratio} | {goal} |"
        )
    return "\n".join(lines)
