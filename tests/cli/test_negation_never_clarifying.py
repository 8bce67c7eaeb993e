"""A negation or a limiting word put in or taken out of the sample offer, in its Word and in
its EDGAR text form, is proposed material in items.json, never clarifying, whatever the
section it is printed in (the company's description, additional information, miscellaneous)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import docx
import pytest

from tests.conftest import SAMPLES
from tests.support.series_cli import run

# (the sentence's opening as the sample prints it, as revised, the word named)
EDITS = [
    (
        "Halvorsen Networks, Inc. designs, manufactures and sells optical",
        "Halvorsen Networks, Inc. no longer designs, manufactures and sells optical",
        "no longer",
    ),
    ("You should rely only on the information", "You should rely on the information", "only"),
    (
        "other than exhibits to these documents, unless the exhibits are specifically",
        "other than exhibits to these documents, including where the exhibits are specifically",
        "unless",
    ),
]


def _revised_text(folder: Path) -> Path:
    text = (SAMPLES / "offer-to-exchange.txt").read_text(encoding="utf-8")
    for old, new, _ in EDITS:
        text = _replace_wrapped(text, old, new)  # the sample wraps its lines
    target = folder / "revised.txt"
    target.write_text(text, encoding="utf-8")
    return target


def _replace_wrapped(text: str, old: str, new: str) -> str:
    """`old` replaced in `text` wherever its words are broken across lines."""
    pattern = r"\s+".join(re.escape(w) for w in old.split())
    replaced, count = re.subn(pattern, new, text, count=1)
    assert count == 1, old
    return replaced


def _revised_docx(folder: Path) -> Path:
    document = docx.Document(str(SAMPLES / "offer-to-exchange.docx"))
    for old, new, _ in EDITS:
        paragraph = next(p for p in document.paragraphs if old in p.text)
        text = paragraph.text.replace(old, new)
        for run_ in paragraph.runs[1:]:
            run_.text = ""
        paragraph.runs[0].text = text
    target = folder / "revised.docx"
    document.save(str(target))
    return target


@pytest.mark.parametrize("form", ["txt", "docx"])
def test_a_negation_put_in_or_taken_out_is_never_clarifying(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, form: str
) -> None:
    revised = _revised_text(tmp_path) if form == "txt" else _revised_docx(tmp_path)
    original = SAMPLES / f"offer-to-exchange.{form}"
    out = tmp_path / "out"
    status, _, err = run(
        capsys, "draft", original, revised, "--filing", SAMPLES / "filing.toml", "--out", out
    )
    assert status == 0, err
    data = json.loads((out / "items.json").read_text(encoding="utf-8"))
    items = data["items"] if isinstance(data, dict) else data
    for _, new, word in EDITS:
        edited = [i for i in items if new.split(",")[0] in " ".join(i["new_text"].split())]
        assert edited, (new, [i["new_text"][:60] for i in items])
        item = edited[0]
        assert item["materiality"] == "material", item["materiality_reason"]
        assert f"“{word}”" in item["materiality_reason"], item["materiality_reason"]
        assert item["materiality_source"] == "proposed"
