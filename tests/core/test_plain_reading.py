"""Every case we have, drafted with the plain notice: grade at most 9, at most 20 words a
sentence on average, none of the listed legal words in what the tool writes nor in counsel's
own sentences as the notice says them (each said otherwise is noted to counsel), and the
deadline named with its day and zone.
(benchmarks/bench_readability.py prints the same measures as a table.)"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from amendtool.core.amendment import Amendment, draft_amendment
from amendtool.core.checks import run_checks
from amendtool.core.filing import load_filing
from amendtool.core.plain_readability import notice_reading
from amendtool.io.load import load_document
from tests.conftest import SAMPLES

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
CASES = ["example", "sample", *sorted(p.parent.name for p in CORPUS.glob("*/case.toml"))]


def drafted(case: str, files: dict[str, Path], example_filing: Path, scratch: Path) -> Amendment:
    if case == "example":
        original, revised = files["example_original_txt"], files["example_revised_txt"]
        filing = example_filing
    elif case == "sample":
        original = SAMPLES / "offer-to-exchange.txt"
        revised = SAMPLES / "offer-to-exchange-revised.txt"
        filing = SAMPLES / "filing.toml"
    else:
        from tests.corpus.build import case_files

        original, revised = case_files(CORPUS / case, scratch)
        filing = CORPUS / case / "filing.toml"
    return draft_amendment(load_document(original), load_document(revised), load_filing(filing))


@pytest.mark.parametrize("case", CASES)
def test_the_plain_notice_reads_plainly(
    case: str, fixture_files: dict[str, Path], example_filing_toml: Path, tmp_path: Path
) -> None:
    amendment = drafted(case, fixture_files, example_filing_toml, tmp_path)
    reading = notice_reading(amendment)
    assert reading.grade <= 9, reading
    assert reading.average_sentence <= 20, reading
    assert reading.own_legal_words == (), reading
    assert reading.counsel_legal_words == (), reading
    assert reading.names_deadline, reading
    plain = dataclasses.replace(
        amendment, filing=dataclasses.replace(amendment.filing, notice_style="plain")
    )
    flagged = " ".join(f.message for f in run_checks(plain) if f.code == "plain_english")
    assert "(filing details): legal word" not in flagged
