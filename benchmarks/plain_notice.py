"""How plainly the plain employee notice reads, case by case: the example filing's case and
every case of the corpus in tests/corpus, each drafted with the notice in the plain style.

    python benchmarks/plain_notice.py

Columns: Flesch-Kincaid grade and words per sentence of the parts written for employees
(the quoted filing text left out; limits 9 and 20), the longest sentence, legal words in the
tool's own sentences and in counsel's sentences from the filing details, whether the
deadline is named with day, date, time and zone, and the placeholders left for counsel.
"""

from __future__ import annotations

import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from amendtool.core.amendment import Amendment, draft_amendment  # noqa: E402
from amendtool.core.filing import load_filing  # noqa: E402
from amendtool.core.plain_checks import NoticeReading, notice_reading  # noqa: E402
from amendtool.io.load import load_document  # noqa: E402

EXAMPLE_FILING = ROOT.parent / "shared" / "examples" / "mpower" / "filing.toml"


def cases(scratch: Path) -> Iterator[tuple[str, Amendment]]:
    """(name, amendment) for the example and every corpus case that has landed."""
    sys.path.insert(0, str(ROOT / "tests" / "data"))
    import make_fixtures

    files = make_fixtures.build(scratch)
    if EXAMPLE_FILING.exists():
        yield (
            "example (Mpower 2001)",
            draft_amendment(
                load_document(files["example_original_txt"]),
                load_document(files["example_revised_txt"]),
                load_filing(EXAMPLE_FILING),
            ),
        )
    yield (
        "bundled sample",
        draft_amendment(
            load_document(ROOT / "resources" / "samples" / "offer-to-exchange.txt"),
            load_document(ROOT / "resources" / "samples" / "offer-to-exchange-revised.txt"),
            load_filing(ROOT / "resources" / "samples" / "filing.toml"),
        ),
    )
    corpus = ROOT / "tests" / "corpus" / "build.py"
    if not corpus.exists():
        return
    from tests.corpus.build import case_dirs, case_files

    for case in case_dirs():
        work = scratch / case.name
        work.mkdir(exist_ok=True)
        original, revised = case_files(case, work)
        yield (
            case.name,
            draft_amendment(
                load_document(original), load_document(revised), load_filing(case / "filing.toml")
            ),
        )


def row(name: str, items: int, reading: NoticeReading) -> str:
    own = ", ".join(reading.own_legal_words) or "none"
    counsel = ", ".join(dict.fromkeys(reading.counsel_legal_words)) or "none"
    deadline = "yes" if reading.names_deadline else "NO"
    return (
        f"| {name} | {items} | {reading.grade:.1f} | {reading.average_sentence:.1f} | "
        f"{reading.longest_sentence} | {own} | {counsel} | {deadline} | {reading.placeholders} |"
    )


def main() -> int:
    print(
        "| case | items | grade (≤ 9) | words/sentence (≤ 20) | longest | legal words (tool) "
        "| legal words (counsel's filing details) | deadline named | placeholders |"
    )
    print("| --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    failed = False
    with tempfile.TemporaryDirectory() as folder:
        for name, amendment in cases(Path(folder)):
            reading = notice_reading(amendment)
            print(row(name, len(amendment.change_items), reading), flush=True)
            failed |= (
                reading.grade > 9
                or reading.average_sentence > 20
                or bool(reading.own_legal_words)
                or not reading.names_deadline
            )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
