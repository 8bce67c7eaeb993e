"""Passive voice is named alike under the Plain tab's editor and in Checks: every passive
phrase of the sentence ("are hereby deemed", "was corrected"), an adverb between the verbs
included, from one reading of the paragraph."""

from __future__ import annotations

import pytest

from amendtool.core.plain_english import passive_phrases, passive_said
from amendtool.core.plain_review import review

SENTENCE = (
    "Pursuant to the plan, such options are hereby deemed nonstatutory options, and the "
    "price reference was corrected."
)


@pytest.mark.parametrize(
    ("text", "phrases"),
    [
        (SENTENCE, ("are hereby deemed", "was corrected")),
        ("The form must be returned by you.", ("be returned",)),
        ("The options are thereby cancelled.", ("are thereby cancelled",)),
        ("The offer is now extended and was announced.", ("is now extended", "was announced")),
        ("Your election is still valid.", ()),
    ],
)
def test_every_passive_phrase_is_found(text: str, phrases: tuple[str, ...]) -> None:
    found = passive_phrases(text)
    assert tuple(p for _, said in found for p in said) == phrases


def test_checks_and_the_editor_say_it_in_the_same_words() -> None:
    [(sentence, phrases)] = passive_phrases(SENTENCE)
    said = passive_said(sentence, phrases)
    assert said.startswith("passive voice (“are hereby deemed”, “was corrected”): “Pursuant")
    [problem] = [p for p in review([SENTENCE]) if p.kind == "passive"]
    assert problem.message == said
