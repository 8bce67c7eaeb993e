"""The plain-English review looks for the firm's legal words in a paragraph in one pass, and
word by word only in a paragraph that holds one of them: a 300-item notice has hundreds of
paragraphs, most with none of the fifty words, each looked for on its own. Work is counted
(word patterns run over a paragraph), never timed."""

from __future__ import annotations

from collections import Counter

import pytest

from amendtool.core import plain_english
from amendtool.core.plain_english import legal_words, plain_rules

PLAIN = "We lowered the exercise price to $17.50. You can exchange your options until June 30."
LEGAL = "Pursuant to the offer, such options are hereby cancelled, such as those granted in 2020."


@pytest.fixture
def run(monkeypatch: pytest.MonkeyPatch) -> Counter[str]:
    ran: Counter[str] = Counter()
    real = plain_english._legal

    def counted(word: str):  # type: ignore[no-untyped-def]
        ran[word] += 1
        return real(word)

    monkeypatch.setattr(plain_english, "_legal", counted)
    return ran


def test_a_paragraph_without_legal_words_is_read_in_one_pass(run: Counter[str]) -> None:
    assert len(plain_rules().words) > 10
    assert legal_words(PLAIN) == []
    assert sum(run.values()) == 0


def test_a_paragraph_with_legal_words_names_each_in_order(run: Counter[str]) -> None:
    found = legal_words(LEGAL)
    assert [word for word, _ in found] == ["Pursuant to", "such", "hereby"]
    assert sum(run.values()) == len(plain_rules().words)


def test_words_across_a_line_break_and_in_capitals_are_found() -> None:
    assert [w for w, _ in legal_words("This is PURSUANT\nTO the plan.")] == ["PURSUANT\nTO"]
    assert legal_words("A pre-herein word and hereinafter are not the word.") == []
