"""What keeps the plain notice's texts from reading plainly, each said for counsel with what
to do: the grade and sentence length (plain_english.readability), long sentences, the
passive voice and legal words, judged on the words written for employees.

A caller asks only for the kinds it reports: the check of a 300-item notice reviews every
paragraph for its long sentences and legal words, and the grade of a paragraph review
would work out, or the passive voice it would name, were dropped there (the paragraph's
grade and its passive sentences are read otherwise, with its places and as written). A
text of no more words than a long sentence has is not split to look for one: a sentence's
words (a quotation one word, "this") are never more than the text's, space to space."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from amendtool.core import syllables
from amendtool.core.cut_quotes import cut_closed
from amendtool.core.plain_english import (
    PlainRules,
    legal_words,
    passive_phrases,
    passive_said,
    plain_rules,
    readability,
    written_sentences,
)

# every kind of problem, in the order review says them
KINDS = ("grade", "average_sentence", "long_sentence", "passive", "legal_word")
# what a paragraph of the notice is reviewed for (its grade: plain_readability.paragraph_grades)
PARAGRAPH_KINDS = ("long_sentence", "passive", "legal_word")
# a change's paragraph: its passive sentences are named as written, brackets and all
CHANGE_KINDS = ("long_sentence", "legal_word")


@dataclass(frozen=True)
class PlainProblem:
    """One way the notice falls short of plain English, said for counsel."""

    kind: str  # grade | average_sentence | long_sentence | passive | legal_word
    message: str


def review(
    texts: list[str], rules: PlainRules | None = None, kinds: Collection[str] = KINDS
) -> list[PlainProblem]:
    """Everything of `kinds` that keeps the texts from reading plainly, each with what to do;
    a kind not asked for is not worked out."""
    rules = rules or plain_rules()
    problems: list[PlainProblem] = []
    score = readability(texts) if {"grade", "average_sentence"} & set(kinds) else None
    if score is not None and "grade" in kinds and score.grade > rules.grade:
        problems.append(
            PlainProblem(
                "grade",
                f"reads at grade {score.grade:.1f} (at most {rules.grade:g}): "
                "use shorter sentences and everyday words",
            )
        )
    if (
        score is not None
        and "average_sentence" in kinds
        and score.average_sentence > rules.average_sentence
    ):
        problems.append(
            PlainProblem(
                "average_sentence",
                f"sentences average {score.average_sentence:.0f} words "
                f"(at most {rules.average_sentence:g}): split the long ones",
            )
        )
    for text in texts if "long_sentence" in kinds else ():
        if len(text.split()) <= rules.longest_sentence:
            continue  # no sentence has more words than the whole text: not split to know
        for checked, sentence in written_sentences(text):
            length = len(syllables.words(checked))
            if length > rules.longest_sentence:
                problems.append(
                    PlainProblem(
                        "long_sentence", f"a sentence of {length} words: “{_cut(sentence)}”"
                    )
                )
    for text in texts:
        if "passive" in kinds:
            for sentence, phrases in passive_phrases(text):  # named: it may open in the active
                problems.append(PlainProblem("passive", passive_said(sentence, phrases)))
        if "legal_word" in kinds:
            for word, replacement in legal_words(text, rules):
                problems.append(PlainProblem("legal_word", f"legal word “{word}”: {replacement}"))
    return problems


def paragraph_problems(text: str, kinds: tuple[str, ...] = PARAGRAPH_KINDS) -> list[PlainProblem]:
    """What a paragraph's own words fall short in (its grade is paragraph_grades'): only the
    kinds reported are worked out."""
    return review([text], kinds=kinds) if text.strip() else []


def _cut(sentence: str, words: int = 12) -> str:
    return cut_closed(sentence.split(), words, " …")
