"""A long table put in place of another: the whole process (draft and export) with the
revised offer's table four times as long, against the same with the shorter table.

A revision whose table shares nothing with the original's (a grant list replaced by another
list) is restated and redlined row by row; the work must grow with the rows, so four times
the rows may take about four times as long (less, for the fixed start), never sixteen.

    python benchmarks/bench_tables.py --rows 500 --repeat 3
"""

from __future__ import annotations

import argparse
import html
import shutil
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from harness import ROOT, Row, compile_bytecode, interleaved_cpu, python, seconds, table

SAMPLE = ROOT / "resources" / "samples" / "offer-to-exchange.txt"
FILING = ROOT / "resources" / "samples" / "filing.toml"
GROWTH_GOAL = 4.4  # 4x the rows: linear work takes at most about 4x as long


def offer_html(rows: list[tuple[str, str]]) -> str:
    """The sample offer as HTML, one paragraph a block of its text, ending in `rows`."""
    blocks = [b.strip() for b in SAMPLE.read_text(encoding="utf-8").split("\n\n") if b.strip()]
    body = "".join(f"<p>{html.escape(block)}</p>\n" for block in blocks)
    cells = "".join(f"<tr><td>{html.escape(a)}</td><td>{html.escape(b)}</td></tr>" for a, b in rows)
    return f"<html><body>{body}<table>{cells}</table></body></html>\n"


def write_pair(folder: Path, rows: int) -> tuple[Path, Path]:
    """An original ending in a short grant table and a revision ending in `rows` other rows."""
    original = folder / "original.htm"
    grants = [(f"Grant {n}", f"{3 * n} shares") for n in range(10)]
    original.write_text(offer_html(grants), encoding="utf-8")
    revised = folder / f"revised-{rows}.htm"
    listed = [(f"Holder {n}", f"{7 * n + 1} options") for n in range(rows)]
    revised.write_text(offer_html(listed), encoding="utf-8")
    return original, revised


def long_table_row(rows: int, repeat: int) -> Row:
    """Whole process at 4 x `rows` rows against `rows` rows, interleaved, by CPU time (on a
    busy machine the longer run waits longer for a core); the wall clock and the larger
    run's peak memory are noted in the measure."""
    folder = Path(tempfile.mkdtemp(prefix="amendtool-bench-tables-"))
    runs = {"n": 0}
    try:
        original, short = write_pair(folder, rows)
        _, long = write_pair(folder, 4 * rows)

        def run(revised: Path) -> Callable[[], None]:
            def measured() -> None:
                runs["n"] += 1
                out = folder / f"out-{runs['n']}"
                python(
                    "-m",
                    "amendtool",
                    "draft",
                    str(original),
                    str(revised),
                    "--filing",
                    str(FILING),
                    "--out",
                    str(out),
                    outputs=[out / "redline.docx", out / "schedule-to-amendment.docx"],
                )
                shutil.rmtree(out, ignore_errors=True)

            return measured

        timed = interleaved_cpu({"short": run(short), "long": run(long)}, repeat)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return Row(
        f"a {4 * rows:,}-row table put in place of a 10-row one: draft + export, whole process, "
        f"CPU time (wall clock {seconds(timed.wall['long'])} against "
        f"{seconds(timed.wall['short'])}; peak {timed.peak_mb:.0f} MB)",
        f"the same with {rows:,} rows",
        timed.cpu["short"],
        timed.cpu["long"],
        goal=GROWTH_GOAL,
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rows", type=int, default=500, help="rows of the shorter table")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    compile_bytecode()
    print(table([long_table_row(args.rows, args.repeat)]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
