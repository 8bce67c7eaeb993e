"""benchmarks/bench_readability.py measures what its name says: the plain notice's reading
grade and words per sentence (textstat's counts) beside the precedent notice's, case by
case, and names the cases it can measure."""

from __future__ import annotations

import dataclasses
import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from amendtool.core.plain_readability import notice_reading

SCRIPT = Path(__file__).resolve().parents[1] / "benchmarks" / "bench_readability.py"


@pytest.fixture(scope="module")
def bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_readability", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["bench_readability"] = module
    spec.loader.exec_module(module)
    return module


def test_it_names_the_sample_and_every_corpus_case(bench: ModuleType) -> None:
    corpus = sorted(
        p.parent.name for p in (SCRIPT.parents[1] / "tests" / "corpus").glob("*/case.toml")
    )
    names = bench.case_names()
    assert "sample" in names and corpus and set(corpus) <= set(names)


def test_the_sample_row_gives_both_notices_grade_and_sentence_length(
    bench: ModuleType, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    amendment = bench.drafted("sample", tmp_path)
    measured = bench.measure("sample", amendment)
    plain = notice_reading(amendment)
    assert measured.plain == plain
    # the precedent notice repeats the filing's legal instructions: it reads harder
    assert measured.precedent.grade > plain.grade
    assert measured.precedent.average_sentence > plain.average_sentence
    assert measured.precedent.words > 0
    assert bench.main(["sample"]) == 0
    header, rule, line = capsys.readouterr().out.splitlines()
    cells = [c.strip() for c in line.strip("|").split("|")]
    columns = [c.strip() for c in header.strip("|").split("|")]
    assert len(cells) == len(columns) == rule.count("---")
    shown = dict(zip(columns, cells, strict=True))
    assert shown["case"] == "sample"
    assert shown["plain grade (≤ 9)"] == f"{plain.grade:.1f}"
    assert shown["plain words/sentence (≤ 20)"] == f"{plain.average_sentence:.1f}"
    assert shown["precedent grade"] == f"{measured.precedent.grade:.1f}"
    assert shown["precedent words/sentence"] == f"{measured.precedent.average_sentence:.1f}"


def test_a_legal_word_left_in_counsels_sentences_misses_the_limits(
    bench: ModuleType, tmp_path: Path
) -> None:
    measured = bench.measure("sample", bench.drafted("sample", tmp_path))
    assert measured.within_limits
    for kept in [("such",), ("deemed", "in accordance with")]:
        plain = dataclasses.replace(measured.plain, counsel_legal_words=kept)
        assert not dataclasses.replace(measured, plain=plain).within_limits


def test_an_unknown_case_is_named(bench: ModuleType, capsys: pytest.CaptureFixture[str]) -> None:
    assert bench.main(["no-such-case"]) == 2
    assert "unknown case no-such-case" in capsys.readouterr().err
