"""One line per corpus case (tests/corpus): counsel's expected items, the drafted ones, how
many match, and what still reads worse than counsel's wording, drafted afresh, so the note
on offers written by other hands is never a hand-kept table.

    python scripts/corpus_report.py [OUT.md]      # prints the table, or writes it to OUT.md
"""

from __future__ import annotations

import re
import sys
import tempfile
import tomllib
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from tests.corpus.test_corpus import CASES, GAPS, HERE, align, case_report, drafted

_ITEM = re.compile(r"^item ([A-Z]|#\d+)\b")


def _reads_worse(name: str) -> str:
    """The first point of the case note's "Reads worse than counsel", on one line."""
    text = (HERE / name / "note.md").read_text(encoding="utf-8")
    part = text.split("## Reads worse than counsel", 1)[-1].strip()
    first = re.split(r"\n(?=- )|\n\n", part.lstrip("- "), maxsplit=1)[0]
    return " ".join(first.split()).replace("|", "/")


def _row(name: str, scratch: Path) -> str:
    original, _revised, amendment = drafted(name, scratch)
    with (HERE / name / "expected.toml").open("rb") as handle:
        wanted = tomllib.load(handle)["item"]
    items = amendment.items_json()["items"]
    problems = case_report(name, original, amendment)
    differing = {m.group(1) for p in problems if (m := _ITEM.match(p))}
    paired = [i for i, j in align(wanted, items) if i is not None and j is not None]
    labels = [chr(ord("A") + i) if i < 26 else f"#{i + 1}" for i in paired]
    matched = sum(1 for label in labels if label not in differing)
    gap = GAPS.get(name, {}).get("reason")
    worse = _reads_worse(name)
    if problems:
        differs = "; ".join(problems).replace("|", "/")
        worse = f"{'known gap: ' + gap + '. ' if gap else ''}Differs: {differs}"
    return f"| {name} | {len(wanted)} | {len(items)} | {matched}/{len(wanted)} | {worse} |"


def report() -> str:
    lines = [
        "# Corpus cases: counsel's items against the drafted ones",
        "",
        "Made by `python scripts/corpus_report.py` from tests/corpus (each case drafted afresh;",
        "match: counsel's items drafted with every checked field as counsel wrote it).",
        "",
        "| case | expected items | drafted items | match | reads worse than counsel |",
        "| --- | --- | --- | --- | --- |",
    ]
    with tempfile.TemporaryDirectory() as folder:
        lines += [_row(name, Path(folder)) for name in CASES]
    return "\n".join(lines) + "\n"


def main(argv: list[str]) -> int:
    table = report()
    if len(argv) > 1:
        Path(argv[1]).write_text(table, encoding="utf-8")
    else:
        print(table, end="")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
