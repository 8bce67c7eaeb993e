"""What is wrong with filing.toml is said in one short line naming the file, the key and
what to do: a character the EDGAR text cannot hold names its key (not "the cover page" of a
filing counsel has not seen); an accent typed as a letter and a combining mark is the
accented letter; a date counsel wrote in words is that date's problem only; a file without
the tables is told where a complete one is."""

from __future__ import annotations

from pathlib import Path

import pytest

from amendtool.core.errors import InputError
from amendtool.core.filing import load_filing


@pytest.fixture
def sample(example_filing_toml: Path) -> str:
    return example_filing_toml.read_text(encoding="utf-8")


def _refusal(tmp_path: Path, name: str, text: str) -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError) as refused:
        load_filing(path)
    line = str(refused.value)
    assert line.startswith(f"{name}: "), line
    assert "\n" not in line
    return line


@pytest.mark.parametrize(
    ("character", "named"),
    [("\u2028", "U+2028 LINE SEPARATOR"), ("\u2603", "U+2603 SNOWMAN"), ("\u0301", "U+0301")],
)
def test_a_character_the_edgar_text_cannot_hold_is_named_with_its_key(
    tmp_path: Path, sample: str, character: str, named: str
) -> None:
    assert "Shearman & Sterling" in sample
    spoiled = sample.replace("Shearman & Sterling", f"Shearman &{character} Sterling", 1)
    line = _refusal(tmp_path, "f-char.toml", spoiled)
    assert named in line
    assert "EDGAR" in line and "copy_to.firm" in line, line
    assert "cover page" not in line


def test_an_accent_typed_as_a_combining_mark_is_the_accented_letter(
    tmp_path: Path, sample: str
) -> None:
    path = tmp_path / "filing.toml"
    path.write_text(sample.replace("Shearman & Sterling", "Shearman & Ste\u0301rling", 1))
    details = load_filing(path)
    assert details.copy_to[0].firm == "Shearman & St\u00e9rling"


def test_a_date_in_words_is_one_problem_naming_what_was_written(
    tmp_path: Path, sample: str
) -> None:
    assert "date = 20" in sample
    start = sample.index("[amendment]")
    at = sample.index("date = ", start)
    end = sample.index("\n", at)
    line = _refusal(tmp_path, "f-date.toml", sample[:at] + 'date = "next Tuesday"' + sample[end:])
    assert "next Tuesday" in line and "(amendment.date)" in line
    assert "before" not in line  # no comparison with a date never read
    assert line.count(";") <= 1 and len(line) < 160, line


def test_a_file_without_the_tables_is_one_short_line_saying_where_they_are(
    tmp_path: Path,
) -> None:
    line = _refusal(tmp_path, "f-list.toml", "offer = [1, 2]\n")
    assert len(line) < 200, line
    assert "resources/samples/filing.toml" in line
    assert "required" not in line  # not every key of every missing table


def test_one_missing_table_is_named_with_where_to_copy_it_from(tmp_path: Path, sample: str) -> None:
    start = sample.index("[signature]")
    end = sample.index("\n[", start + 1)
    line = _refusal(tmp_path, "f-sig.toml", sample[:start] + sample[end + 1 :])
    assert "[signature] is missing" in line and "resources/samples/filing.toml" in line
    assert "required" not in line


@pytest.mark.parametrize(
    ("character", "named"),
    [("\u2028", "line separator (U+2028)"), ("\u2029", "paragraph separator (U+2029)")],
)
def test_an_invisible_character_is_to_be_removed_not_written_out(
    tmp_path: Path, sample: str, character: str, named: str
) -> None:
    spoiled = sample.replace("Shearman & Sterling", f"Shearman &{character} Sterling", 1)
    line = _refusal(tmp_path, "f-invisible.toml", spoiled)
    assert f"remove the invisible {named} from copy_to.firm" in line, line
    assert "write it out in words" not in line


def test_a_visible_character_is_still_to_be_written_out(tmp_path: Path, sample: str) -> None:
    spoiled = sample.replace("Shearman & Sterling", "Shearman &\u2603 Sterling", 1)
    line = _refusal(tmp_path, "f-visible.toml", spoiled)
    assert "write it out in words" in line and "remove" not in line, line
