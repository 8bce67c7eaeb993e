"""Load and draft timings on a ~300-page offer, each beside a bare-library baseline.

    python benchmarks/bench_engine.py

Loading is compared with python-docx opening the same file and reading every paragraph's
text; drafting (30 scattered edits) with one diff-match-patch diff of the two full texts.
Ratios are what matter: both sides run in the same process, on the same machine, now.
"""

from __future__ import annotations

import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import docx
from diff_match_patch import diff_match_patch

sys.path.insert(0, str(Path(__file__).resolve().parent))
import corpus

from amendtool.core import diffing, typography
from amendtool.core.drafting import draft_items
from amendtool.io.load import load_document


def best(run: Callable[[], object], repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> int:
    folder = Path(tempfile.mkdtemp(prefix="amendtool-bench-"))
    files = corpus.write(folder)
    document = load_document(files["txt"])
    pages = document.sections[-1].last_page
    print(f"document: {len(document.paragraphs())} paragraphs, last printed page {pages}")

    bare = best(lambda: [p.text for p in docx.Document(str(files["docx"])).paragraphs])
    ours = best(lambda: load_document(files["docx"]))
    print(
        f"load .docx      amendtool {ours * 1000:7.1f} ms   python-docx paragraphs "
        f"{bare * 1000:7.1f} ms   ratio {ours / bare:.2f}"
    )
    ours_txt = best(lambda: load_document(files["txt"]))
    print(
        f"load .txt       amendtool {ours_txt * 1000:7.1f} ms   (same baseline)         "
        f"ratio {ours_txt / bare:.2f}"
    )

    original, revised = load_document(files["docx"]), load_document(files["revised_docx"])
    a = "\n".join(p.text for p in original.paragraphs())
    b = "\n".join(p.text for p in revised.paragraphs())
    engine = diff_match_patch()
    engine.Diff_Timeout = 0
    baseline = best(lambda: engine.diff_main(a, b, False), repeat=3)

    def cold_draft() -> object:
        """As the CLI drafts a pair it has not seen: the text caches start empty."""
        typography.clear_caches()
        diffing.clear_caches()
        return draft_items(original, revised)

    draft = best(cold_draft, repeat=3)
    items = draft_items(original, revised).items
    print(
        f"draft 30 edits  amendtool {draft * 1000:7.1f} ms   one dmp diff of full text "
        f"{baseline * 1000:7.1f} ms   ratio {draft / baseline:.2f}   ({len(items)} items)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
