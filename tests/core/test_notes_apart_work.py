"""An offer without footnotes or endnotes has no note to keep apart from its body text:
its sections' ops are not read for notes at all (twice for every section, a paragraph's
kind asked for each op of a 300-page offer). Counted, not timed."""

from __future__ import annotations

import pytest

from amendtool.core.drafting import draft_items, engine
from tests.core.test_drafting_work import offer
from tests.support.builders import doc


def test_an_offer_without_notes_is_not_read_for_them(monkeypatch: pytest.MonkeyPatch) -> None:
    original, revised = (doc(spec) for spec in offer(2, moving=True))
    expected = draft_items(original, revised).items
    calls: list[str] = []
    keep = engine.keep_notes_apart

    def counted(*args, **named):  # type: ignore[no-untyped-def]
        calls.append(args[1].id)
        return keep(*args, **named)

    monkeypatch.setattr(engine, "keep_notes_apart", counted)
    assert draft_items(original, revised).items == expected
    assert calls == []
