"""The materiality rules' word lists are compiled when a draft first searches them, not when
the rules are read: the house rules hold some 150 lists and a draft of a short offer searches
about a third of them, yet every draft paid for them all before a word was read. Work is
counted (patterns compiled), never timed."""

from __future__ import annotations

import re

import pytest

from amendtool.core import rule_words
from amendtool.core.materiality_rules import Rules
from amendtool.core.rule_words import Words
from amendtool.resources import resource_path


@pytest.fixture
def compiled_sources(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    sources: list[str] = []
    real = rule_words.compiled

    def counted(source: str, flags: int = 0) -> re.Pattern[str]:
        sources.append(source)
        return real(source, flags)

    monkeypatch.setattr(rule_words, "compiled", counted)
    return sources


def test_reading_the_house_rules_compiles_no_word_list(compiled_sources: list[str]) -> None:
    rules = Rules.load(resource_path("materiality", "rules.toml"))
    assert rules.terms.phrases and rules.subjects  # the lists are read, with their words
    assert compiled_sources == []


def test_a_list_is_compiled_once_when_first_searched(compiled_sources: list[str]) -> None:
    words = Words(["tender offer", "amend*"])
    assert compiled_sources == []
    assert words.search("The Tender Offer is amended.") == "Tender Offer"
    assert words.found("the tender offer, amended") == ["tender offer", "amended"]
    assert words.matches_word("amendments")
    assert len(compiled_sources) == 1  # ASCII text: the pattern of small letters alone
    assert words.last_end("amend it") == 5  # and the folding one, for this and other text
    assert len(compiled_sources) == 2
    assert words.search("Die Übernahme: the tender offer") == "tender offer"
    assert len(compiled_sources) == 2


def test_an_empty_list_compiles_nothing_and_finds_nothing(compiled_sources: list[str]) -> None:
    words = Words(["", "  "])
    assert words.pattern is None and words.small is None
    assert words.search("anything") is None and words.found("anything") == []
    assert not words.matches_word("anything") and words.last_end("anything") == -1
    assert compiled_sources == []
