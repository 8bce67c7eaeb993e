"""The EDGAR ASCII documents hold 7-bit text only: a character outside it is spelt by the
reviewed table in resources/wording/edgar-ascii.toml, or the export is refused in one line
naming the item and the character. Never a silent "?"."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from documents import EDITED_FROM, as_text, offer

from amendtool.cli import main
from amendtool.core.errors import AmendtoolError
from amendtool.core.layout import Block, Role
from amendtool.io.edgar_writer import blocks_to_ascii

SAMPLE_FILING = Path(__file__).resolve().parents[2] / "resources" / "samples" / "filing.toml"


def draft_with(sentence: str, folder: Path) -> tuple[int, Path]:
    """Draft an amendment whose one change reads `sentence`; the exit status and DIR."""
    spec = offer()
    revised = [(h, list(p)) for h, p in spec]
    revised[1][1][1] = revised[1][1][1].replace(EDITED_FROM, sentence)
    original, changed = folder / "offer.txt", folder / "revised.txt"
    original.write_text(as_text(spec), encoding="utf-8")
    changed.write_text(as_text(revised), encoding="utf-8")
    out = folder / "out"
    argv = ["draft", str(original), str(changed), "--filing", str(SAMPLE_FILING)]
    return main([*argv, "--out", str(out)]), out


def test_symbols_are_spelt_by_the_table_never_as_question_marks(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sentence = "The price is now €5 (about £4 or ¥700) per Zephyr™ option, ±2%."
    code, out = draft_with(sentence, tmp_path)
    assert code == 0, capsys.readouterr().err
    text = (out / "schedule-to-amendment.txt").read_text(encoding="ascii")
    flat = " ".join(text.split())
    assert "EUR 5 (about GBP 4 or JPY 700) per Zephyr(TM) option, +/-2%." in flat
    assert "?" not in text
    html = (out / "schedule-to-amendment.htm").read_text(encoding="ascii")
    assert "&#8364;5" in html and "&#8482;" in html


def test_a_character_the_table_cannot_spell_refuses_the_export_naming_item_and_character(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out = draft_with("The price is now ₹500 per option.", tmp_path)
    assert code == 2
    lines = capsys.readouterr().err.strip().splitlines()
    assert len(lines) == 1, lines
    assert "U+20B9 INDIAN RUPEE SIGN" in lines[0] and "item A" in lines[0], lines
    assert "₹500 per option" in lines[0] and "edgar-ascii.toml" in lines[0]
    assert not out.exists()


@pytest.mark.parametrize("role", [Role.ITEM, Role.QUOTE, Role.BODY, Role.CHECKBOX, Role.MEMO])
def test_every_block_of_the_ascii_document_is_checked(role: Role) -> None:
    label = "C." if role is Role.ITEM else "To:"
    blocks = [Block(Role.ITEM, "Amend Section 1.", label="B."), Block(role, "a 中 b", label=label)]
    with pytest.raises(AmendtoolError) as refused:
        blocks_to_ascii(blocks)
    item = "item C" if role is Role.ITEM else "item B"
    assert "U+4E2D" in str(refused.value) and item in str(refused.value)


def test_table_cells_and_labels_are_checked_too() -> None:
    with pytest.raises(AmendtoolError, match=r"U\+20B9"):
        blocks_to_ascii([Block(Role.TABLE_ROW, cells=("Price", "₹5"))])
    with pytest.raises(AmendtoolError, match=r"U\+20B9"):
        blocks_to_ascii([Block(Role.MEMO, "To all holders", label="₹")])


def test_check_names_the_character_before_export_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    spec = offer()
    revised = [(h, list(p)) for h, p in spec]
    revised[1][1][1] = revised[1][1][1].replace(EDITED_FROM, "The price is now ₹500.")
    original, changed = tmp_path / "offer.txt", tmp_path / "revised.txt"
    original.write_text(as_text(spec), encoding="utf-8")
    changed.write_text(as_text(revised), encoding="utf-8")
    argv = ["check", str(original), str(changed), "--filing", str(SAMPLE_FILING)]
    assert main(argv) == 1
    errors = [line for line in capsys.readouterr().err.splitlines() if "U+20B9" in line]
    assert len(errors) == 1 and "error" in errors[0] and "item A" in errors[0], errors
