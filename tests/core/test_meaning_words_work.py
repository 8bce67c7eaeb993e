"""The words that carry a sentence's meaning are read once for each sentence and set of
rules: the proposal of an item asks about its sentences in several tests (the same words,
a reversal), and items that edit one sentence ask about it again. Work is counted (texts
read for their meaning), never timed."""

from __future__ import annotations

from collections import Counter

import pytest

from amendtool.core import materiality_same_meaning
from amendtool.core.materiality_reversals import reversal
from amendtool.core.materiality_rules import house_rules
from amendtool.core.materiality_same_meaning import meaning_words

OLD = "You must remain employed by us through the date the New Options are granted."
NEW = "You must not remain employed by us through the date the New Options are granted."


@pytest.fixture
def counted(monkeypatch: pytest.MonkeyPatch) -> Counter[str]:
    read: Counter[str] = Counter()
    real = materiality_same_meaning.mask_references

    def counting(text: str) -> str:
        read[text] += 1
        return real(text)

    monkeypatch.setattr(materiality_same_meaning, "mask_references", counting)
    return read


def test_a_sentence_asked_about_again_is_read_once(counted: Counter[str]) -> None:
    rules = house_rules().with_names(("Acme",), ())
    first = meaning_words(OLD, rules)
    for _ in range(3):
        assert reversal(OLD, NEW, rules) == ("not", True)
        assert meaning_words(OLD, rules) == first
    assert len(counted) == 2 and set(counted.values()) == {1}


def test_a_caller_changing_its_list_changes_no_one_elses(counted: Counter[str]) -> None:
    rules = house_rules().with_names(("Acme",), ())
    words = meaning_words(OLD, rules)
    words.clear()
    assert meaning_words(OLD, rules)


def test_rules_with_other_names_read_the_sentence_with_those_names() -> None:
    sentence = "Acme will grant the New Options."
    plain = house_rules().with_names(("Zenith",), ())
    named = house_rules().with_names(("Acme",), ())
    assert meaning_words(sentence, plain) != meaning_words(sentence, named)
    assert "partyname" in meaning_words(sentence, named)
