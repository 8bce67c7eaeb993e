"""What a cache of texts does on each question it works out is a count of characters and
no more: a 300-page draft works out some 13,000 answers, and asking each cache how full it
is on every one of them (to learn whether its module emptied it) cost as much as some of
the answers. The count starts again when the cache is emptied, at once."""

from __future__ import annotations

import pytest

from amendtool.core import text_cache
from amendtool.core.text_cache import bounded_cache, kept_characters


@bounded_cache(64)
def _joined(a: str, b: str, *, mark: str = "") -> str:
    return a + mark + b


@bounded_cache(64)
def _upper(text: str) -> str:
    return text.upper()


@bounded_cache(64)
def _paired(texts: tuple[str, tuple[str, ...]]) -> int:
    return len(texts)


NAME = f"{__name__}._joined"


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Each time a cache is asked how full it is."""
    counted: list[str] = []
    for cache in (_joined, _upper, _paired):
        info = cache.cache_info

        def counting(info=info, name=cache.__name__):  # type: ignore[no-untyped-def]
            counted.append(name)
            return info()

        monkeypatch.setattr(cache, "cache_info", counting)
    return counted


def test_a_question_worked_out_asks_no_cache_how_full_it_is(asked: list[str]) -> None:
    _joined.cache_clear()
    _upper.cache_clear()
    for n in range(20):
        assert _joined(f"old {n}", "new", mark="|") == f"old {n}|new"
        assert _upper(f"text {n}") == f"TEXT {n}"
        assert _paired(("a" * n, ("bc", "d"))) == 2
    assert asked == []


def test_the_characters_asked_are_counted_and_start_again_when_emptied() -> None:
    _joined.cache_clear()
    assert kept_characters()[NAME] == 0
    _joined("abc", "de")
    _joined("abc", "de")  # answered from the cache: not counted again
    _joined("x", "yz", mark="--")
    assert kept_characters()[NAME] == 5 + 5
    _joined.cache_clear()
    assert kept_characters()[NAME] == 0
    _joined("abcd", "e")
    assert kept_characters()[NAME] == 5
    text_cache.clear_caches()
    assert kept_characters()[NAME] == 0


def test_nested_texts_are_counted_whole() -> None:
    _paired.cache_clear()
    _paired(("abc", ("de", "f")))
    assert kept_characters()[f"{__name__}._paired"] == 6


def test_past_its_bound_a_cache_starts_again(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(text_cache, "KEPT_CHARACTERS", 10)
    _upper.cache_clear()
    for text in ("abcdef", "ghijkl", "mnopqr"):
        assert _upper(text) == text.upper()
    assert _upper.cache_info().currsize == 1
    assert kept_characters()[f"{__name__}._upper"] == 6
