"""Loading, drafting and exporting long offers, each beside a bare-library anchor in one run.

    python benchmarks/bench_engine.py [--pages 300] [--repeat 5]

What each row measures (the anchor runs in turns with amendtool, median of the runs):
* load .docx: `load_document` against python-docx opening the file and reading every
  paragraph's text;
* load EDGAR .txt: `load_document` alone (no ratio: no bare library reads EDGAR text; the
  time of reading the file and splitting it at blank lines is shown for scale);
* draft: `draft_items` on a revision with one edit a page, its caches empty (as the command
  line drafts a pair it has not seen), against one word-level diff of the two whole texts
  (diff-match-patch, words as symbols, paragraphs first, as it diffs long texts);
* draft + export: `amendtool draft` writing every output, as a fresh process, against a fresh
  Python process in which python-docx opens both documents, reads every paragraph and saves
  both;
* export: the filing and the notice as Word files, against python-docx writing the same
  paragraphs bare into the same template;
* peak memory: a fresh process that loads both documents and drafts, against one in which
  python-docx opens both and reads every paragraph.
Revisions come with pages moving (edits add text, so the contents' page numbers change) and
pages still (each edit keeps its paragraph's line count).
"""

from __future__ import annotations

import argparse
import io
import pickle
import shutil
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import corpus
from harness import (
    ROOT,
    Row,
    compile_bytecode,
    interleaved,
    interleaved_cpu,
    python,
    seconds,
    table,
)

FILING = ROOT / "resources" / "samples" / "filing.toml"

BARE_DOCX_PROCESS = """
import sys, docx
for source, target in ((sys.argv[1], sys.argv[3]), (sys.argv[2], sys.argv[4])):
    document = docx.Document(source)
    texts = [p.text for p in document.paragraphs]
    document.save(target)
"""

BARE_DOCX_MEMORY = """
import sys, docx
sys.path.insert(0, "benchmarks")
from harness import peak_mb
kept = []
for source in sys.argv[1:3]:
    document = docx.Document(source)
    kept.append((document, [p.text for p in document.paragraphs]))
print(peak_mb())
"""

# The app refuses a document past its budget of work (core/text_limits.py: 100,000
# paragraphs and cells, 20,000,000 characters, 2,000 items an amendment; a 3,000-page offer is
# within the first two, its revision with an edit a page is past the third). A longer offer or
# revision is measured with the budget lifted, to show how the work grows; its rows say so.
LIFTED_LIMITS = (
    "MAX_UNITS",
    "MAX_CHARACTERS",
    "MAX_TABLE_ROWS",
    "MAX_TABLE_CELLS",
    "MAX_ITEMS",
)
LIFT_BUDGET = "from amendtool.core import text_limits; " + "; ".join(
    f"text_limits.{name} = 10**12" for name in LIFTED_LIMITS
)

WHOLE_PROCESS_LIFTED = f"""
import sys
{LIFT_BUDGET}
from amendtool.__main__ import end, main
end(main())
"""

DRAFT_MEMORY = f"""
import sys
sys.path.insert(0, "benchmarks")
{LIFT_BUDGET}
from harness import peak_mb
from amendtool.core.drafting import draft_items
from amendtool.io.load import load_document
original, revised = load_document(sys.argv[1]), load_document(sys.argv[2])
items = draft_items(original, revised).items
print(peak_mb())
"""


# What `amendtool draft` must write for a run to count: the filing, the notice, the items and
# both review aids (a run that left the redline out did less work than it is timed for).
DRAFT_OUTPUTS = (
    "items.json",
    "schedule-to-amendment.docx",
    "employee-notice.docx",
    "redline.docx",
    "conformed-offer.docx",
)


def files_for(pages: int, moving: bool) -> dict[str, Path]:
    """An offer of `pages` pages and its revision with one edit a page (kept between runs)."""
    return corpus.write(edits=pages, pages=pages, moving=moving)


_PAST_BUDGET: dict[Path, bool] = {}


def past_budget(files: dict[str, Path]) -> bool:
    """Whether the app refuses these documents as past its budget of work."""
    from amendtool.core import text_limits
    from amendtool.core.errors import InputError
    from amendtool.io.load import load_document

    if files["revised_docx"] not in _PAST_BUDGET:
        # an edit is at least one item: more edits than an amendment holds is past it
        past = corpus.edits(files) > text_limits.MAX_ITEMS
        try:
            for key in ("docx", "revised_docx"):
                load_document(files[key])
        except InputError as exc:
            if "more than amendtool drafts from" not in str(exc):
                raise
            past = True
        _PAST_BUDGET[files["revised_docx"]] = past
    return _PAST_BUDGET[files["revised_docx"]]


@contextmanager
def budget_lifted() -> Iterator[None]:
    """In this process, documents and revisions past the app's budget of work are read and
    drafted."""
    from amendtool.core import text_limits

    kept = {name: getattr(text_limits, name) for name in LIFTED_LIMITS}
    for name in LIFTED_LIMITS:
        setattr(text_limits, name, 10**12)
    try:
        yield
    finally:
        for name, value in kept.items():
            setattr(text_limits, name, value)


def lifted_note(files: dict[str, Path]) -> str:
    return "; past the app's budget of work, lifted to measure it" if past_budget(files) else ""


def pagination(files: dict[str, Path]) -> str:
    moved, entries = corpus.moved(files)
    return f"{moved} of {entries} contents entries move"


# --- load ------------------------------------------------------------------------------------
def load_rows(files: dict[str, Path], pages: int, repeat: int) -> list[Row]:
    import docx

    from amendtool.io.load import load_document

    def bare_docx() -> object:
        return [p.text for p in docx.Document(str(files["docx"])).paragraphs]

    def bare_txt() -> object:
        text = files["txt"].read_text(encoding="utf-8")
        return [block for block in text.split("\n\n") if block.strip()]

    note = lifted_note(files)
    with budget_lifted():
        times = interleaved(
            {
                "bare docx": bare_docx,
                "docx": lambda: load_document(files["docx"]),
                "bare txt": bare_txt,
                "txt": lambda: load_document(files["txt"]),
            },
            repeat,
        )
    return load_table_rows(pages, note, times)


def load_table_rows(pages: int, note: str, times: dict[str, float]) -> list[Row]:
    """The .docx row beside its anchor; the EDGAR text row with no ratio, since no bare
    library reads EDGAR text (a blank-line split is shown for scale, not compared)."""
    return [
        Row(
            f"load .docx, {pages} pages{note}",
            "python-docx open + every paragraph's text",
            times["bare docx"],
            times["docx"],
            goal=1.5,
        ),
        Row(
            f"load EDGAR .txt, {pages} pages{note} (no ratio: a blank-line split of the file, "
            f"{times['bare txt'] * 1000:,.0f} ms, reads no EDGAR text)",
            "none",
            None,
            times["txt"],
        ),
    ]


# --- draft -----------------------------------------------------------------------------------
def word_level_diff(a: list[str], b: list[str]) -> object:
    """One word-level diff of two whole texts, as diff-match-patch does it for long texts:
    each word (and space and mark) one symbol, paragraphs compared first."""
    from diff_match_patch import diff_match_patch

    from amendtool.core.diffing import _TOKEN

    codes: dict[str, str] = {"\n": "\n"}

    def encode(paragraphs: list[str]) -> str:
        out = []
        for paragraph in paragraphs:
            for token in _TOKEN.findall(paragraph.replace("\n", " ")):
                code = codes.get(token)
                if code is None:
                    point = 0x100 + len(codes)
                    code = chr(point if point < 0xD800 else point + 0x800)
                    codes[token] = code
                out.append(code)
            out.append("\n")
        return "".join(out)

    engine = diff_match_patch()
    engine.Diff_Timeout = 0  # the whole diff, however long: a cut-short diff is less work
    diffs = engine.diff_main(encode(a), encode(b), True)
    engine.diff_cleanupSemantic(diffs)
    return diffs


def draft_rows(sizes: list[int], moving: bool, repeat: int) -> list[Row]:
    """Drafting at every size and its anchors, all in turns in one loop (so the growth rows
    compare runs made side by side), each draft on fresh documents with empty caches."""
    from amendtool.core import changes, diffing, facts, segment, typography
    from amendtool.core.drafting import align, draft_items
    from amendtool.io.load import load_document

    runs: dict[str, Callable[..., object]] = {}
    prepare: dict[str, Callable[[], object]] = {}
    items: dict[int, int] = {}
    files_of: dict[int, dict[str, Path]] = {}
    notes: dict[int, str] = {}
    for pages in sizes:
        files = files_of[pages] = files_for(pages, moving)
        notes[pages] = lifted_note(files)
        with budget_lifted():
            original = load_document(files["docx"])
            revised = load_document(files["revised_docx"])
        frozen = pickle.dumps((original, revised))
        a = [p.text for p in original.paragraphs()]
        b = [p.text for p in revised.paragraphs()]

        def fresh(frozen: bytes = frozen) -> object:
            for module in (typography, diffing, segment, facts, changes, align):
                module.clear_caches()
            return pickle.loads(frozen)

        def draft(pair: tuple, pages: int = pages) -> None:  # type: ignore[type-arg]
            items[pages] = len(draft_items(*pair).items)

        runs[f"anchor {pages}"] = lambda a=a, b=b: word_level_diff(a, b)
        runs[f"draft {pages}"] = draft
        prepare[f"draft {pages}"] = fresh
    with budget_lifted():
        times = interleaved(runs, repeat, prepare)
    mode = "moving" if moving else "still"
    rows = [
        Row(
            f"draft {pages} pages, {pages} edits, pages {mode} ({pagination(files_of[pages])}; "
            f"{items[pages]} items{notes[pages]})",
            "one word-level diff of the two texts",
            times[f"anchor {pages}"],
            times[f"draft {pages}"],
        )
        for pages in sizes
    ]
    for large, goal in ((1000, 4.0), (3000, 12.0)):
        if 300 in sizes and large in sizes:
            rows.append(
                Row(
                    f"drafting grows: {large:,} pages against 300, pages {mode}",
                    "draft 300 pages",
                    times["draft 300"],
                    times[f"draft {large}"],
                    goal=goal,
                )
            )
    return rows


# --- draft + export, whole process -----------------------------------------------------------
def whole_process_row(files: dict[str, Path], pages: int, repeat: int, goal: float | None) -> Row:
    """The goal is stated in CPU time, so the row compares CPU time (each process's own,
    user + system); the wall clock, which on a busy machine also counts the waits for a
    core, is noted in the measure."""
    out = Path(tempfile.mkdtemp(prefix="amendtool-bench-out-"))
    runs = {"n": 0}
    lifted = past_budget(files)
    command = ["-c", WHOLE_PROCESS_LIFTED] if lifted else ["-m", "amendtool"]

    def ours() -> None:
        runs["n"] += 1
        target = out / f"run{runs['n']}"
        python(
            *command,
            "draft",
            str(files["docx"]),
            str(files["revised_docx"]),
            "--filing",
            str(FILING),
            "--out",
            str(target),
            outputs=[target / name for name in DRAFT_OUTPUTS],
        )

    def bare() -> None:
        python(
            "-c",
            BARE_DOCX_PROCESS,
            str(files["docx"]),
            str(files["revised_docx"]),
            str(out / "a.docx"),
            str(out / "b.docx"),
            outputs=[out / "a.docx", out / "b.docx"],
        )

    try:
        timed = interleaved_cpu({"bare": bare, "ours": ours}, repeat)
    finally:
        shutil.rmtree(out, ignore_errors=True)
    return Row(
        f"draft + export, whole process, {pages} pages, {pages} edits ({pagination(files)}; "
        f"CPU time; wall clock {seconds(timed.wall['ours'])} against "
        f"{seconds(timed.wall['bare'])}{lifted_note(files)})",
        "python-docx: open both, read every paragraph, save both",
        timed.cpu["bare"],
        timed.cpu["ours"],
        goal=goal,
    )


# --- export ----------------------------------------------------------------------------------
def export_row(files: dict[str, Path], repeat: int) -> Row:
    import docx

    from amendtool.core.amendment import draft_amendment
    from amendtool.core.filing import load_filing
    from amendtool.core.filing_document import notice_blocks, schedule_to_blocks
    from amendtool.io.docx_writer import blocks_to_docx, house_template
    from amendtool.io.load import load_document

    original, revised = load_document(files["docx"]), load_document(files["revised_docx"])
    amendment = draft_amendment(original, revised, load_filing(FILING))
    filing, notice = schedule_to_blocks(amendment), notice_blocks(amendment)

    def ours() -> None:
        blocks_to_docx(filing, "Schedule TO Amendment")
        blocks_to_docx(notice, "Notice of Amendment", cover_page=False)

    def bare() -> None:
        for blocks in (filing, notice):
            document = docx.Document(str(house_template()))
            for block in blocks:
                document.add_paragraph(block.label + block.text + " ".join(block.cells))
            document.save(io.BytesIO())

    times = interleaved({"bare": bare, "ours": ours}, repeat)
    return Row(
        f"export filing + notice .docx, {len(amendment.items)} items (styles by id)",
        "python-docx writing the same paragraphs bare",
        times["bare"],
        times["ours"],
        goal=1.5,
    )


# --- memory ----------------------------------------------------------------------------------
def memory_row(files: dict[str, Path], pages: int, goal_mb: float | None) -> Row:
    pair = (str(files["docx"]), str(files["revised_docx"]))
    bare = float(python("-c", BARE_DOCX_MEMORY, *pair).stdout)
    ours = float(python("-c", DRAFT_MEMORY, *pair).stdout)
    return Row(
        f"peak memory: load both + draft, {pages} pages, {pages} edits{lifted_note(files)}",
        "python-docx: open both, read every paragraph",
        bare,
        ours,
        goal=goal_mb,
        unit="MB",
        goal_absolute=True,
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pages", type=int, default=300)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    compile_bytecode()
    rows: list[Row] = []
    moving = files_for(args.pages, True)
    rows += load_rows(moving, args.pages, args.repeat)
    rows += draft_rows([args.pages], True, args.repeat)
    rows += draft_rows([args.pages], False, args.repeat)
    rows.append(whole_process_row(moving, args.pages, max(3, args.repeat // 2), 6.0))
    rows.append(export_row(moving, args.repeat))
    print(table(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
