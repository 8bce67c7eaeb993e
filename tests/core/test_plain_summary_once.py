"""A draft summarises each item in plain words once (counted, not timed): the plain notice,
its checks and items.json share the summary."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from amendtool import cli
from amendtool.core import plain_summary
from tests.conftest import SAMPLES


def test_a_draft_summarises_each_item_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    made: list[str] = []
    real = plain_summary.summarise

    def counted(item, *args, **kwargs):  # type: ignore[no-untyped-def]
        made.append(item.old_text + "→" + "|".join(item.new_paragraphs))
        return real(item, *args, **kwargs)

    monkeypatch.setattr(plain_summary, "summarise", counted)
    out = tmp_path / "out"
    args = [
        "draft",
        str(SAMPLES / "offer-to-exchange.docx"),
        str(SAMPLES / "offer-to-exchange-revised.docx"),
        "--filing",
        str(SAMPLES / "filing.toml"),
        "--out",
        str(out),
    ]
    assert cli.main(args) == 0
    items = json.loads((out / "items.json").read_text(encoding="utf-8"))["items"]
    assert items and len(made) == len(items) == len(set(made))
