"""A check of the notice's paragraphs on sentences moved between changes (moved_sentences.py):
a sentence that tells employees such a change added, took out or rewrote words ("We added a
sentence on confirmations") is an error, whoever wrote it: the sentence only moved, and
the reader would take a statement of the offer to have come or gone. A sentence that says
it moved passes, and so the tool's own paragraph ("We moved a sentence …"). The words are
the firm's (resources/plain/moved_sentences.toml)."""

from __future__ import annotations

from amendtool.core.amendment import Amendment
from amendtool.core.findings import Finding
from amendtool.core.move_claims import claim_finding, move_claims
from amendtool.core.moved_sentences import sentences_moved
from amendtool.core.plain_kind_sentences import first_words
from amendtool.core.segment import sentences

CODE = "plain_sentence_moved"


def says_came_or_went(sentence: str) -> str | None:
    """The word of `sentence` that says words were added, taken out or rewritten, unless the
    sentence also says they moved or denies it ("It was not added")."""
    return move_claims("moved_sentences").came_or_went(sentence)


def check_moved_sentences_said(amendment: Amendment) -> list[Finding]:
    """An error for each paragraph on a change that only moves sentences, word for word,
    where one of its sentences says words were added, taken out or rewritten."""
    from amendtool.core.plain_change_paragraphs import plain_paragraphs

    items = amendment.change_items
    original, revised = amendment.original, amendment.revised
    findings = []
    for paragraph in plain_paragraphs(amendment):
        for index in paragraph.items:
            moved = sentences_moved(items[index], original, revised)
            if not moved or not (moved[0] or moved[1]):
                continue
            said = next((s for s in sentences(paragraph.text) if says_came_or_went(s)), None)
            if said is None:
                continue
            out, put = moved
            how = "takes it out" if put else "puts it in"
            findings.append(
                claim_finding(
                    CODE,
                    index,
                    paragraph.summary.counsel,
                    said,
                    f"the sentence it is about (“{first_words((out or put)[0])}”) only moved: "
                    f"another change {how} word for word. Say that it moved, not that it was "
                    "added, taken out or rewritten",
                )
            )
    return findings
