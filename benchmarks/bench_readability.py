"""How plainly the employee notice reads, case by case: the plain notice against the
precedent notice (the example filing's exhibit (a)(11) form) of the same amendment, for the
example filing's case, the bundled sample and every case of the corpus in tests/corpus.

    python benchmarks/bench_readability.py            # every case
    python benchmarks/bench_readability.py sample     # the cases named (example, sample, a
                                                      # corpus case's folder name)

Grade is the Flesch-Kincaid grade and words/sentence the average sentence, both counted with
textstat (its word counts, the bundled CMU pronouncing dictionary's syllables; offline), as
the app's plain-English check counts them. Plain notice: the parts written for employees
(the items quoted as filed left out; limits 9 and 20); the longest sentence; legal words in
the tool's own sentences and in counsel's sentences from the filing details as the plain
notice says them (with the everyday words of the firm's [swaps] list); whether the
deadline is named with day, date, time and zone; placeholders left for counsel. Precedent
notice: all of its text, as employees receive it. Exit status 1 when a plain notice misses
a limit or carries a listed legal word.
"""

from __future__ import annotations

import dataclasses
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from amendtool.core.amendment import Amendment, draft_amendment  # noqa: E402
from amendtool.core.filing import load_filing  # noqa: E402
from amendtool.core.filing_document import notice_blocks  # noqa: E402
from amendtool.core.plain_english import Readability, readability  # noqa: E402
from amendtool.core.plain_readability import NoticeReading, notice_reading  # noqa: E402
from amendtool.io.load import load_document  # noqa: E402

EXAMPLE_FILING = ROOT / "tests" / "data" / "example-filing" / "filing.toml"
SAMPLES = ROOT / "resources" / "samples"
CORPUS = ROOT / "tests" / "corpus"


@dataclass(frozen=True)
class Measured:
    name: str
    items: int
    plain: NoticeReading  # the plain notice's parts written for employees
    precedent: Readability  # the precedent notice, all of it

    @property
    def within_limits(self) -> bool:
        p = self.plain
        return (
            p.grade <= 9
            and p.average_sentence <= 20
            and not p.own_legal_words
            and not p.counsel_legal_words
            and p.names_deadline
        )


def precedent_reading(amendment: Amendment) -> Readability:
    """The precedent notice as employees receive it: every line of it, quoted text included."""
    styled = dataclasses.replace(
        amendment, filing=dataclasses.replace(amendment.filing, notice_style="precedent")
    )
    return readability([b.text for b in notice_blocks(styled) if b.text.strip()])


def measure(name: str, amendment: Amendment) -> Measured:
    return Measured(
        name, len(amendment.change_items), notice_reading(amendment), precedent_reading(amendment)
    )


def case_names() -> list[str]:
    names = ["example"] if EXAMPLE_FILING.exists() else []
    return [*names, "sample", *sorted(p.parent.name for p in CORPUS.glob("*/case.toml"))]


def drafted(name: str, scratch: Path) -> Amendment:
    """The case's amendment as `amendtool draft` drafts it (EDGAR text for the example and
    the sample)."""
    if name == "example":
        sys.path.insert(0, str(ROOT / "tests" / "data"))
        import make_fixtures

        files = make_fixtures.build(scratch)
        original, revised = files["example_original_txt"], files["example_revised_txt"]
        filing = EXAMPLE_FILING
    elif name == "sample":
        original = SAMPLES / "offer-to-exchange.txt"
        revised = SAMPLES / "offer-to-exchange-revised.txt"
        filing = SAMPLES / "filing.toml"
    else:
        from tests.corpus.build import case_files

        work = scratch / name
        work.mkdir(exist_ok=True)
        original, revised = case_files(CORPUS / name, work)
        filing = CORPUS / name / "filing.toml"
    return draft_amendment(load_document(original), load_document(revised), load_filing(filing))


HEADER = (
    "| case | items | plain grade (≤ 9) | plain words/sentence (≤ 20) | plain longest "
    "| precedent grade | precedent words/sentence | precedent longest | legal words (tool) "
    "| legal words (counsel's filing details) | deadline named | placeholders |"
)


def row(measured: Measured) -> str:
    p, q = measured.plain, measured.precedent
    own = ", ".join(p.own_legal_words) or "none"
    counsel = ", ".join(dict.fromkeys(p.counsel_legal_words)) or "none"
    deadline = "yes" if p.names_deadline else "NO"
    return (
        f"| {measured.name} | {measured.items} | {p.grade:.1f} | {p.average_sentence:.1f} | "
        f"{p.longest_sentence} | {q.grade:.1f} | {q.average_sentence:.1f} | "
        f"{q.longest_sentence} | {own} | {counsel} | {deadline} | {p.placeholders} |"
    )


def readings(names: list[str]) -> Iterator[Measured]:
    with tempfile.TemporaryDirectory() as folder:
        for name in names:
            yield measure(name, drafted(name, Path(folder)))


def main(argv: list[str]) -> int:
    known = case_names()
    unknown = [n for n in argv if n not in known]
    if unknown:
        print(f"unknown case {', '.join(unknown)}; cases: {', '.join(known)}", file=sys.stderr)
        return 2
    print(HEADER)
    print("|" + " --- |" * HEADER.count(" | ") + " --- |")
    failed = False
    for measured in readings(argv or known):
        print(row(measured), flush=True)
        failed |= not measured.within_limits
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
