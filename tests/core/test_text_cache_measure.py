"""A text asked about is measured where it is asked, not by a call: the functions kept by
content are asked tens of thousands of times a draft (every paragraph's facts, references
and sentences), most about one text. A tuple of texts is still measured whole, and a long
text is still kept among the long ones."""

from __future__ import annotations

import pytest

from amendtool.core import text_cache
from amendtool.core.text_cache import CACHED_CHARS, kept_by_content


def test_a_text_is_measured_without_a_call_and_a_tuple_as_before(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    measured: list[object] = []
    length = text_cache._length

    def counted(key: object) -> int:
        measured.append(key)
        return length(key)

    monkeypatch.setattr(text_cache, "_length", counted)

    @kept_by_content
    def upper(text: str) -> str:
        return text.upper()

    @kept_by_content
    def joined(texts: tuple[str, str]) -> str:
        return "|".join(texts)

    assert upper("the offer") == "THE OFFER"
    assert upper("x" * (CACHED_CHARS + 1)) == "X" * (CACHED_CHARS + 1)
    assert measured == []
    assert joined(("old", "new")) == "old|new"
    assert measured == [("old", "new")]
    before = text_cache.READS[upper.__qualname__]
    upper("x" * (CACHED_CHARS + 1))  # the long text kept among the long ones: not read again
    upper("the offer")
    after = text_cache.READS[upper.__qualname__]
    assert after == before
