"""A change the EDGAR text (.txt) cannot show: "Boise" to "Boisé" is one word in the .htm
and .docx, but EDGAR ASCII has no accented letters, so the .txt reads as replacing "Boise"
with "Boise". Counsel is warned once, naming the words, before filing it."""

from __future__ import annotations

from pathlib import Path

from amendtool.core.amendment import draft_amendment
from amendtool.core.checks import run_checks
from amendtool.core.filing import load_filing
from tests.support.builders import doc

SECTION = "8. Information Concerning the Company"
BEFORE = "Our principal office is in Boise, Idaho, where we have been based since 1998."
STAFF = "We have 1,200 employees in the United States and Canada as of the date hereof."


def test_an_accent_only_change_is_warned_once(example_filing_toml: Path) -> None:
    after = BEFORE.replace("Boise", "Bois\u00e9")
    amendment = draft_amendment(
        doc([(SECTION, [BEFORE, STAFF])]),
        doc([(SECTION, [after, STAFF.replace("1,200", "1,300")])]),
        load_filing(example_filing_toml),
    )
    said = [f for f in run_checks(amendment) if f.code == "edgar_ascii_same"]
    assert len(said) == 1, said
    assert said[0].severity == "warning"
    assert '"Bois\u00e9"' in said[0].message and ".txt" in said[0].message
    assert "1,300" not in said[0].message  # a change the .txt shows is not warned about


def test_an_ordinary_accented_change_is_not_warned(example_filing_toml: Path) -> None:
    after = BEFORE.replace("Boise", "Montr\u00e9al")
    amendment = draft_amendment(
        doc([(SECTION, [BEFORE])]), doc([(SECTION, [after])]), load_filing(example_filing_toml)
    )
    assert not [f for f in run_checks(amendment) if f.code == "edgar_ascii_same"]
