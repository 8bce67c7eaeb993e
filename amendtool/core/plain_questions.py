"""Questions and answers put in, taken out or reworded, as the plain notice tells them.

A summary term sheet in questions and answers is what most readers read: every question an
item puts in or takes out is named ("We added two new questions and answers: “Q3. What if I
leave?” and “Q4. What if I die?”"), never only the first; and a question reworded is told as
a question reworded, headed by the question as it now reads, never as a correction of
wording or typography. Whether new words change what the answer means is counsel's to say,
unless only the question's capitals or typography changed."""

from __future__ import annotations

from typing import Any

from amendtool.core.items import AmendmentItem, ItemKind
from amendtool.core.locate import is_question, quoted_question
from amendtool.core.ordinals import cardinal_words
from amendtool.core.templates import fill
from amendtool.core.typography import fold_typography


def questions_in(paragraphs: list[str]) -> list[str]:
    """The questions among `paragraphs`, each as counsel quote it ("Q3. What if I leave?")."""
    return [quoted_question(p) for p in paragraphs if p.strip() and is_question(p)]


def questions_put_in(item: AmendmentItem) -> list[str]:
    """The questions an item puts in, when it puts in questions and answers (its first
    paragraph is a question); [] otherwise."""
    if item.kind is not ItemKind.INSERT_PARAGRAPH:
        return []
    paragraphs = list(item.new_paragraphs) or item.new_text.split("\n\n")
    if not paragraphs or not is_question(paragraphs[0]):
        return []
    return questions_in(paragraphs)


def questions_taken_out(item: AmendmentItem) -> list[str]:
    """The questions an item takes out with their answers; [] for anything else."""
    if item.kind is not ItemKind.DELETE_PARAGRAPH or not item.locator.question:
        return []
    return questions_in(item.old_text.split("\n\n"))


def questions_sentence(item: AmendmentItem, kinds: dict[str, str]) -> str | None:
    """ "We added two new questions and answers: “Q3. …?” and “Q4. …?”" for an item that puts
    in, or takes out, more than one question; each named whole. None for one question or
    none (said by the kind's own sentence)."""
    put_in, taken_out = questions_put_in(item), questions_taken_out(item)
    key, questions = ("insert_questions", put_in) if put_in else ("delete_questions", taken_out)
    if len(questions) < 2 or key not in kinds:
        return None
    return fill(kinds[key], count=cardinal_words(len(questions)), questions=quoted_list(questions))


def quoted_list(questions: list[str]) -> str:
    """'"Q3. …?", "Q4. …?" and "Q5. …?"', as the kinds' sentences quote."""
    return joined([f'"{q}"' for q in questions])


def joined(parts: list[str]) -> str:
    """ "A, B and C" (a heading naming every question put in: "Q3. …? and Q4. …?")."""
    if len(parts) < 2:
        return "".join(parts)
    return ", ".join(parts[:-1]) + " and " + parts[-1]


def reworded_question(item: AmendmentItem) -> tuple[str, str] | None:
    """(question as filed, as it now reads) for an item whose text is one question, reworded
    (not renumbered alone: that is said as a renumbering); None otherwise."""
    if item.kind not in (ItemKind.REPLACE_WORDS, ItemKind.REPLACE_PARAGRAPH):
        return None
    loc = item.locator
    if not loc.question or loc.answer_paragraph != 0:
        return None
    if loc.sentence is not None and loc.sentence_count > 1:
        return None
    old, new = item.old_text.strip(), item.new_text.strip()
    if not (is_question(old) and is_question(new)) or "\n" in old or "\n" in new:
        return None
    return quoted_question(old), quoted_question(new)


def question_reworded_sentence(item: AmendmentItem, w: dict[str, Any]) -> str | None:
    """The notice's words on a question reworded: as it now reads and as it read, and what
    it means for readers, which counsel says unless only capitals or typography changed."""
    pair = reworded_question(item)
    if pair is None or "question_reworded" not in w:
        return None
    old, new = pair
    said = fill(w["question_reworded"], old=old, new=new)
    same = fold_typography(item.old_text).casefold() == fold_typography(item.new_text).casefold()
    return f"{said} {w['question_reworded_same'] if same else w['placeholder']}"
