"""The benchmarks time only work that was done: a fresh process that fails (Python exits 1 on
an uncaught exception) or leaves an output unwritten stops the benchmark instead of being
timed as a fast success, and the drafting anchor does a diff's whole work, never one cut
short by a deadline."""

from __future__ import annotations

import importlib.util
import os
import sys
import time
import types
from pathlib import Path
from types import ModuleType

import pytest

BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"


def _module(name: str) -> ModuleType:
    sys.path.insert(0, str(BENCHMARKS))
    spec = importlib.util.spec_from_file_location(name, BENCHMARKS / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def harness() -> ModuleType:
    return _module("harness")


def test_an_uncaught_exception_stops_the_benchmark(harness: ModuleType) -> None:
    with pytest.raises(SystemExit, match="exited 1"):
        harness.python("-c", "raise RuntimeError('drafting failed')")


def test_any_exit_but_0_stops_the_benchmark(harness: ModuleType) -> None:
    with pytest.raises(SystemExit, match="exited 2"):
        harness.python("-c", "import sys; sys.exit(2)")


def test_an_output_not_written_stops_the_benchmark(harness: ModuleType, tmp_path: Path) -> None:
    written, missing = tmp_path / "written.txt", tmp_path / "missing.txt"
    code = f"open({str(written)!r}, 'w').write('x')"
    with pytest.raises(SystemExit, match=r"missing\.txt"):
        harness.python("-c", code, outputs=[written, missing])


def test_an_output_left_by_an_earlier_run_does_not_count(
    harness: ModuleType, tmp_path: Path
) -> None:
    stale = tmp_path / "stale.txt"
    stale.write_text("from before")
    an_hour_ago = time.time() - 3600
    os.utime(stale, (an_hour_ago, an_hour_ago))
    with pytest.raises(SystemExit, match=r"stale\.txt"):
        harness.python("-c", "pass", outputs=[stale])


def test_a_run_that_writes_its_outputs_is_returned(harness: ModuleType, tmp_path: Path) -> None:
    target = tmp_path / "out.txt"
    code = f"open({str(target)!r}, 'w').write('x'); print('done')"
    assert harness.python("-c", code, outputs=[target]).stdout.strip() == "done"


def test_the_drafting_anchor_finishes_its_diff_however_long_it_takes(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A clock that leaps a minute at every look: a diff with a deadline gives up at once and
    returns a cruder diff (whole paragraphs deleted and inserted); the anchor must not."""
    bench_engine = _module("bench_engine")
    dmp = importlib.import_module("diff_match_patch.diff_match_patch")

    now = [0.0]

    def leaping() -> float:
        now[0] += 60.0
        return now[0]

    a = [" ".join(f"w{i}x{j}" for j in range(60)) for i in range(40)]
    b = [p.replace("x7 ", "x7 new ").replace("x31 ", "") for p in a]
    expected = bench_engine.word_level_diff(a, b)
    monkeypatch.setattr(dmp, "time", types.SimpleNamespace(time=leaping))
    assert bench_engine.word_level_diff(a, b) == expected


def test_the_edgar_text_load_has_no_ratio_to_a_split_that_reads_nothing() -> None:
    bench_engine = _module("bench_engine")
    times = {"bare docx": 0.5, "docx": 0.6, "bare txt": 0.001, "txt": 0.03}
    docx_row, txt_row = bench_engine.load_table_rows(100, "", times)
    assert docx_row.ratio == pytest.approx(1.2) and docx_row.goal == 1.5
    assert txt_row.ratio is None and txt_row.goal is None and txt_row.ours == 0.03
    assert "| load EDGAR .txt" in _module("harness").table([txt_row])


def test_the_app_goal_for_300_edits_is_a_second_and_for_30_edits_300_ms() -> None:
    bench_gui = _module("bench_gui")
    assert bench_gui.items_goal_s(30) == 0.3
    assert bench_gui.items_goal_s(300) == 1.0


def test_the_launches_run_in_turns_and_each_is_the_median(tmp_path: Path) -> None:
    """The bare window and the app alternate (a b, b a, a b), and each number is the median
    of its runs, not the best."""
    bench_gui = _module("bench_gui")
    log = tmp_path / "order.txt"
    counter = tmp_path / "n.txt"
    counter.write_text("0")
    script = (
        "import sys; from pathlib import Path; log, counter = Path({log!r}), Path({n!r}); "
        "n = int(counter.read_text()) + 1; counter.write_text(str(n)); "
        "log.open('a').write('{name} '); print({values})"
    )
    bare = script.format(log=str(log), n=str(counter), name="bare", values="n")
    ours = script.format(log=str(log), n=str(counter), name="ours", values="n, n * 10")
    bare_median, ours_median = bench_gui.launch_pair(bare, ours, 3)
    assert log.read_text().split() == ["bare", "ours", "ours", "bare", "bare", "ours"]
    assert bare_median == 4 and ours_median == [3, 30]  # bare ran 1, 4, 5; ours 2, 3, 6


def test_a_typing_measure_is_the_median_of_its_runs() -> None:
    bench_gui = _module("bench_gui")
    runs = [
        bench_gui.Typing(s, s, s, d, 1, 3, 300, 50)
        for s, d in ((30.0, 900.0), (80.0, 700.0), (40.0, 2000.0))
    ]
    typed = bench_gui.median_typing(runs)
    assert typed.worst_stall_ms == 40.0 and typed.last_key_to_items_ms == 900.0


def test_a_process_is_timed_by_its_own_cpu_beside_the_wall_clock(harness: ModuleType) -> None:
    """A process that waits uses little CPU: the wall clock counts the wait, the CPU time
    does not, and each is kept apart."""
    timed = harness.interleaved_cpu(
        {"waits": lambda: harness.python("-c", "import time; time.sleep(1.0)")}, 1
    )
    assert timed.wall["waits"] >= 1.0
    assert timed.cpu["waits"] < timed.wall["waits"] / 2
    assert timed.peak_mb > 0


def _fixed_timing(harness: ModuleType, names: tuple[str, str]) -> object:
    """Timing in which the anchor waited long (wall 9 s) but worked little (CPU 1 s)."""
    short, long = names

    def fixed(runs: dict[str, object], repeat: int) -> object:
        assert set(runs) == {short, long}
        return harness.Timed({short: 1.0, long: 8.0}, {short: 9.0, long: 10.0}, 300.0)

    return fixed


def test_the_whole_process_goal_is_met_or_missed_by_cpu_time(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The goal (6x) is stated in CPU time; the wall clock (here 1.1x) must not decide it."""
    harness = _module("harness")
    bench_engine = _module("bench_engine")
    monkeypatch.setattr(bench_engine, "interleaved_cpu", _fixed_timing(harness, ("bare", "ours")))
    monkeypatch.setattr(bench_engine, "past_budget", lambda files: False)
    monkeypatch.setattr(bench_engine, "pagination", lambda files: "pages moving")
    files = {"docx": Path("a.docx"), "revised_docx": Path("b.docx")}
    row = bench_engine.whole_process_row(files, 300, 3, 6.0)
    assert (row.anchor_value, row.ours) == (1.0, 8.0)
    assert row.ratio == pytest.approx(8.0) and row.met is False
    assert "wall clock 10.00 s against 9.00 s" in row.measure


def test_the_long_table_row_compares_cpu_time(monkeypatch: pytest.MonkeyPatch) -> None:
    harness = _module("harness")
    bench_tables = _module("bench_tables")
    monkeypatch.setattr(bench_tables, "interleaved_cpu", _fixed_timing(harness, ("short", "long")))
    row = bench_tables.long_table_row(2, 3)
    assert (row.anchor_value, row.ours) == (1.0, 8.0)
    assert row.met is False and "peak 300 MB" in row.measure


SAMPLES = Path(__file__).resolve().parents[1] / "resources" / "samples"


def test_a_revision_past_the_item_limit_is_drafted_with_the_budget_lifted(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The 3,000-page revision has an edit a page, more than one amendment holds: the
    benchmark lifts that limit too, in its own process and in the processes it starts."""
    from amendtool.core import text_limits
    from amendtool.core.drafting import draft_items
    from amendtool.core.errors import InputError
    from amendtool.io.load import load_document

    engine = _module("bench_engine")
    original = load_document(SAMPLES / "offer-to-exchange.docx")
    revised = load_document(SAMPLES / "offer-to-exchange-revised.docx")
    monkeypatch.setattr(text_limits, "MAX_ITEMS", 2)
    with pytest.raises(InputError, match="more than amendtool drafts as one amendment"):
        draft_items(original, revised)
    with engine.budget_lifted():
        assert len(draft_items(original, revised).items) > 2
    assert text_limits.MAX_ITEMS == 2  # put back
    for name in engine.LIFTED_LIMITS:  # each put back after the test
        monkeypatch.setattr(text_limits, name, getattr(text_limits, name))
    exec(engine.LIFT_BUDGET, {})  # what a lifted process runs first
    assert all(getattr(text_limits, name) == 10**12 for name in engine.LIFTED_LIMITS)
    assert "MAX_ITEMS" in engine.LIFTED_LIMITS


def test_a_revision_with_more_edits_than_an_amendment_holds_is_said_lifted(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    engine = _module("bench_engine")
    monkeypatch.setattr(engine, "_PAST_BUDGET", {})
    files = {
        "docx": SAMPLES / "offer-to-exchange.docx",
        "revised_docx": tmp_path / "p10-e3000-moving-revised.docx",
    }
    files["revised_docx"].write_bytes((SAMPLES / "offer-to-exchange-revised.docx").read_bytes())
    assert engine.past_budget(files)
    assert "lifted" in engine.lifted_note(files)


def test_the_benchmarks_time_amendtool_with_its_bytecode_written(
    harness: ModuleType, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Where bytecode is not written as modules are imported, a timed process compiles each
    changed module again; the benchmarks write it first, as an installed copy has it."""
    import importlib.util

    monkeypatch.setenv("PYTHONDONTWRITEBYTECODE", "1")
    harness.compile_bytecode()
    root = BENCHMARKS.parent / "amendtool"
    for source in root.rglob("*.py"):
        cached = Path(importlib.util.cache_from_source(str(source)))
        assert cached.exists() and cached.stat().st_mtime >= source.stat().st_mtime, source
