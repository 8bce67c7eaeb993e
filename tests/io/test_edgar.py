"""EDGAR HTML and ASCII: only what EDGAR accepts, and the example's layout conventions."""

from __future__ import annotations

from pathlib import Path

import pytest

from amendtool.core.amendment import draft_amendment
from amendtool.core.filing import load_filing
from amendtool.io.edgar_submission import ascii_problems, filename_problems, html_problems
from amendtool.io.load import load_document
from amendtool.io.outputs import SCHEDULE_TO_HTM, SCHEDULE_TO_TXT, write_outputs


@pytest.fixture(scope="module")
def outputs(
    fixture_files: dict[str, Path],
    example_filing_toml: Path,
    tmp_path_factory: pytest.TempPathFactory,
) -> Path:
    amendment = draft_amendment(
        load_document(fixture_files["example_original_txt"]),
        load_document(fixture_files["example_revised_txt"]),
        load_filing(example_filing_toml),
    )
    out = tmp_path_factory.mktemp("edgar")
    write_outputs(amendment, out)
    return out


def test_file_names_are_within_edgar_limits(outputs: Path) -> None:
    names = [p.name for p in outputs.iterdir() if p.suffix in (".htm", ".txt")]
    assert sorted(names) == ["exhibit-a11.htm", "exhibit-a11.txt", SCHEDULE_TO_HTM, SCHEDULE_TO_TXT]
    assert [problem for name in names for problem in filename_problems(name)] == []


def test_our_html_is_accepted(outputs: Path) -> None:
    for name in (SCHEDULE_TO_HTM, "exhibit-a11.htm"):
        markup = (outputs / name).read_text(encoding="ascii")
        assert html_problems(markup) == []
    filing = (outputs / SCHEDULE_TO_HTM).read_text()
    assert filing.count("page-break-before:always") >= 4
    assert "NOTICE OF AMENDMENT" not in filing  # the exhibit is its own document
    assert "NOTICE OF AMENDMENT" in (outputs / "exhibit-a11.htm").read_text()


@pytest.mark.parametrize(
    ("markup", "problem"),
    [
        ("<html><body><script>alert(1)</script></body></html>", "<script> is not accepted"),
        (
            '<html><body><img src="https://example.com/logo.gif"></body></html>',
            "refers outside the filing",
        ),
        ('<html><body><p onclick="x()">a</p></body></html>', "scripts are not accepted"),
        ("<html><body><iframe></iframe></body></html>", "<iframe> is not accepted"),
        (
            '<html><body><p style="background:url(http://x/y.gif)">a</p></body></html>',
            "loads something from outside",
        ),
    ],
)
def test_validator_rejects_active_and_external_content(markup: str, problem: str) -> None:
    assert any(problem in p for p in html_problems(markup))


def test_our_ascii_is_accepted_and_paged_like_the_example(outputs: Path) -> None:
    text = (outputs / SCHEDULE_TO_TXT).read_text(encoding="ascii")
    assert ascii_problems(text) == []
    assert text.count("<PAGE>") >= 4
    assert "[X]  issuer tender offer subject to Rule 13e-4." in text
    assert "SECURITIES AND EXCHANGE COMMISSION".center(80).rstrip() in text.splitlines()
    assert '"' in text and "\u201c" not in text


def test_validator_rejects_long_lines_and_non_ascii() -> None:
    assert ascii_problems("x" * 81) == ["line 1 is 81 characters long (80 at most)"]
    assert ascii_problems("curly \u201cquotes\u201d") == [
        "line 1 has a character outside printable ASCII"
    ]
    assert filename_problems("Schedule TO Amendment.htm")
