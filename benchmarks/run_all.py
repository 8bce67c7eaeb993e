"""Every benchmark in one table: measure | anchor | ours | ratio | goal.

    python benchmarks/run_all.py            # 100, 300, 1,000 and 3,000 pages
    python benchmarks/run_all.py --quick    # 100 and 300 pages
    python benchmarks/run_all.py --quick --no-app   # without the app's rows

Each row runs amendtool and its anchor in turns in one run and takes the median of each
(bench_engine.py says what each anchor is). The offers are the sample's sections repeated
to length, each revised with one edit a page, with pages moving (the edits add text, so the
contents' page numbers change) and still; they are written once and kept in the system's
temporary folder (a 3,000-page offer takes minutes to write).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_engine
import bench_tables
from harness import Row, compile_bytecode, python, table


def main() -> int:
    parser = argparse.ArgumentParser(description="amendtool's benchmarks in one table")
    parser.add_argument("--quick", action="store_true", help="100 and 300 pages only")
    parser.add_argument("--repeat", type=int, default=5, help="runs of each (median)")
    parser.add_argument("--no-app", action="store_true", help="without the app's rows")
    args = parser.parse_args()
    compile_bytecode()
    sizes = [100, 300] if args.quick else [100, 300, 1000, 3000]
    started = time.time()

    def repeat_for(pages: int, whole_process: bool = False) -> int:
        runs = args.repeat if pages <= 300 else max(3, args.repeat // 2)
        return max(3, runs // 2) if whole_process else runs

    print(f"writing the offers ({', '.join(f'{p:,}' for p in sizes)} pages) …", flush=True)
    for pages in sizes:
        for moving in (True, False):
            bench_engine.files_for(pages, moving)
    rows: list[Row] = []
    for pages in sizes:
        print(f"loading {pages:,} pages …", flush=True)
        rows += bench_engine.load_rows(
            bench_engine.files_for(pages, True), pages, repeat_for(pages)
        )
    for moving in (True, False):
        print(f"drafting, pages {'moving' if moving else 'still'} …", flush=True)
        rows += bench_engine.draft_rows(sizes, moving, repeat_for(max(sizes)))
    print("drafting and exporting, whole process …", flush=True)
    for pages in sizes:
        rows.append(
            bench_engine.whole_process_row(
                bench_engine.files_for(pages, True),
                pages,
                repeat_for(pages, whole_process=True),
                6.0 if pages == 300 else None,
            )
        )
    if 300 in sizes:  # and a revision that keeps every page where it was
        still = bench_engine.files_for(300, False)
        rows.append(bench_engine.whole_process_row(still, 300, repeat_for(300, True), 6.0))
    print("export …", flush=True)
    rows.append(bench_engine.export_row(bench_engine.files_for(300, True), args.repeat))
    print("memory …", flush=True)
    largest = max(sizes)
    rows.append(
        bench_engine.memory_row(
            bench_engine.files_for(largest, True), largest, 400.0 if largest == 3000 else None
        )
    )
    print("a long table put in place of another …", flush=True)
    rows.append(bench_tables.long_table_row(500, max(3, args.repeat // 2)))
    if not args.no_app:  # launch, and typing with 30 and 300 edits (bench_gui.py)
        print("the app …", flush=True)
        app = python(
            "benchmarks/bench_gui.py",
            "--json",
            "--repeat",
            str(args.repeat),
            env={"QT_QPA_PLATFORM": "offscreen"},
        )
        rows += [Row(**row) for row in json.loads(app.stdout.strip().splitlines()[-1])]
    print()
    print(table(rows))
    print(f"\n{len(rows)} rows in {time.time() - started:,.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
