"""The invariant: applying the drafted items to the original gives back the revised text,
over random documents (sections, a question-and-answer summary, tables of figures and of
prose, lettered clauses, run-in captions, footnotes) and random edits of every kind."""

from __future__ import annotations

import os
import re

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from amendtool.core.apply import TextDocument, apply_items
from amendtool.core.drafting import draft_items
from tests.support.builders import Spec, doc
from tests.support.row_note_pairs import NOTE_ADDED_TO_A_ROW

EXAMPLES = int(os.environ.get("AMENDTOOL_HYPOTHESIS_EXAMPLES", "400"))
WORDS = [
    "offer",
    "options",
    "the",
    "Company",
    "employees",
    "exchange",
    "grant",
    "price",
    "shares",
    "Inc.",
    "U.S.",
    "holders",
    "$0.001",
    "Rule 13e-4",
    "(a)(1)",
    "p.m.",
    "Section 7",
    "eligible",
    "new",
    "vesting",
    "will",
    "may",
    "not",
    "be",
    "“Plan”",
]

sentence = st.lists(st.sampled_from(WORDS), min_size=3, max_size=9).map(
    lambda words: (
        (words[0][:1].upper() + words[0][1:] + " " + " ".join(words[1:])).rstrip(".") + "."
    )
)
paragraph = st.lists(sentence, min_size=1, max_size=4).map(" ".join)
# a table row: cells apart by tabs (tests/support/builders.py makes it a row)
row = st.lists(
    st.sampled_from(["Quarter ended", "March 31, 2025", "$9.95", "$6.10", "High", "Low"]),
    min_size=2,
    max_size=3,
).map("\t".join)
# a tabular summary: caption cell | prose cell, captions unique
CAPTIONS = ["Purchase Price", "Expiration Date", "Withdrawal Rights", "Source of Funds"]
prose_cell = st.lists(sentence, min_size=2, max_size=3).map(" ".join)
titles = [
    "Number of Options",
    "Purpose of the Offer",
    "Conditions of the Offer",
    "Withdrawal Rights",
    "Fees and Expenses",
    "Additional Information",
    "Legal Matters",
]


QUESTIONS = ["What is the offer?", "Why are we making the offer?", "When does the offer expire?"]


CAPTION = "Determination of Validity; Rejection of Options; Waiver of Defects."


@st.composite
def documents(draw: st.DrawFn, notes: bool = True) -> Spec:
    count = draw(st.integers(1, 5))
    names = draw(st.permutations(titles))[:count]
    spec: Spec = [("", draw(st.lists(paragraph, max_size=2)))]
    summary: list[str] = []
    for question in draw(st.lists(st.sampled_from(QUESTIONS), min_size=1, max_size=3, unique=True)):
        summary += [question, *draw(st.lists(paragraph, min_size=1, max_size=2))]
    spec += [("SUMMARY TERM SHEET", summary)]
    for number, title in enumerate(names, start=1):
        paragraphs = draw(st.lists(paragraph, min_size=0, max_size=5))
        if draw(st.booleans()):
            at = draw(st.integers(0, len(paragraphs)))
            paragraphs[at:at] = draw(st.lists(row, min_size=1, max_size=4))
        if draw(st.booleans()):  # a term sheet set as a table: caption | prose
            at = draw(st.integers(0, len(paragraphs)))
            captions = draw(
                st.lists(st.sampled_from(CAPTIONS), min_size=1, max_size=3, unique=True)
            )
            paragraphs[at:at] = [f"{caption}\t{draw(prose_cell)}" for caption in captions]
        if draw(st.booleans()):  # a lettered list: "(a) …", "(b) …"
            at = draw(st.integers(0, len(paragraphs)))
            items = draw(st.lists(sentence, min_size=1, max_size=4))
            paragraphs[at:at] = [f"({chr(97 + i)}) {text}" for i, text in enumerate(items)]
        prose = [
            i
            for i, text in enumerate(paragraphs)
            if "\t" not in text and (i + 1 == len(paragraphs) or "\t" not in paragraphs[i + 1])
        ]
        if prose and draw(st.booleans()):  # a paragraph that opens with a run-in caption
            at = draw(st.sampled_from(prose))
            paragraphs[at] = f"{CAPTION} {paragraphs[at]}"
        if notes and prose and draw(st.booleans()):  # a footnote after the paragraph it notes
            at = draw(st.sampled_from(prose))
            paragraphs.insert(at + 1, f"[fn {number}] {draw(paragraph)}")
        spec.append((f"{number}. {title}", paragraphs))
    return spec


@st.composite
def edit(draw: st.DrawFn, spec: Spec, notes: bool = True) -> Spec:
    """One random edit; with `notes`, a section added may carry a footnote of its own."""
    out = [(h, list(p)) for h, p in spec]
    kind = draw(
        st.sampled_from(
            [
                "words",
                "sentence",
                "add_sentence",
                "drop_sentence",
                "paragraph",
                "insert",
                "delete",
                "move",
                "add_section",
                "delete_section",
                "retitle",
                "renumber",
                "swap",
                "cell",
                "add_row",
                "drop_row",
                "add_clause",
                "drop_question",
                "split",
                "merge",
                "cell_words",
                "cell_sentence",
            ]
        )
    )
    index = draw(st.integers(0, len(out) - 1))
    heading, paragraphs = out[index]
    if kind == "add_section":
        added = draw(st.lists(paragraph, max_size=3))
        if notes and draw(st.booleans()):  # its note, after a paragraph of it or opening it
            marks = re.findall(r"^\[fn (\d+)\] ", "\n".join(p for _, ps in out for p in ps), re.M)
            mark = max([20, *map(int, marks)]) + 1  # a mark no other note prints
            added.insert(draw(st.integers(0, len(added))), f"[fn {mark}] {draw(paragraph)}")
        out.insert(index + 1, (f"{len(out) + 10}. Miscellaneous", added))
    elif kind == "delete_section" and index > 0:
        del out[index]
    elif kind == "renumber":  # number the sections 1, 2, 3… again, as after an addition
        numbered = [i for i, (h, _) in enumerate(out) if h[:1].isdigit()]
        for number, i in enumerate(numbered, start=1):
            out[i] = (f"{number}.{out[i][0].split('.', 1)[1]}", out[i][1])
    elif kind == "retitle" and index > 1:
        number = heading.split(".")[0]
        out[index] = (f"{number}. {draw(st.sampled_from(titles))} and Other Matters", paragraphs)
    elif kind == "insert":
        at = draw(st.integers(0, len(paragraphs)))
        paragraphs.insert(at, draw(paragraph))
    elif kind == "drop_question":  # a question taken out with its answer
        questions = [i for i, p in enumerate(paragraphs) if p in QUESTIONS]
        if questions:
            at = draw(st.sampled_from(questions))
            end = next((q for q in questions if q > at), len(paragraphs))
            del paragraphs[at:end]
    elif kind == "add_clause":  # a clause put into a lettered list, the rest relettered
        clauses = [i for i, p in enumerate(paragraphs) if re.match(r"\([a-z]\) ", p)]
        if clauses:
            at = draw(st.sampled_from(clauses))
            paragraphs.insert(at, "(a) " + draw(sentence))
            letter = 0
            for i, text in enumerate(paragraphs):
                if re.match(r"\([a-z]\) ", text):
                    paragraphs[i] = f"({chr(97 + letter % 26)}) {text[4:]}"
                    letter += 1
    elif kind in ("cell_words", "cell_sentence"):  # prose in a term sheet's cell
        rows = [i for i, p in enumerate(paragraphs) if p.split("\t")[0] in CAPTIONS]
        if rows:
            at = draw(st.sampled_from(rows))
            caption, text = paragraphs[at].split("\t", 1)
            if kind == "cell_sentence":
                text = f"{text} {draw(sentence)}"
            else:
                words = text.split(" ")
                words[draw(st.integers(0, len(words) - 1))] = draw(
                    st.sampled_from(["amended", "$7.25", "ten"])
                )
                text = " ".join(words)
            paragraphs[at] = f"{caption}\t{text}"
    elif kind in ("cell", "add_row", "drop_row"):
        rows = [i for i, p in enumerate(paragraphs) if "\t" in p]
        if rows:
            at = draw(st.sampled_from(rows))
            if kind == "cell":
                cells = paragraphs[at].split("\t")
                cells[draw(st.integers(0, len(cells) - 1))] = draw(
                    st.sampled_from(["$7.25", "2026"])
                )
                paragraphs[at] = "\t".join(cells)
            elif kind == "add_row":
                paragraphs.insert(at + 1, draw(row))
            else:
                del paragraphs[at]
    elif paragraphs:
        at = draw(st.integers(0, len(paragraphs) - 1))
        sentences = paragraphs[at].split(". ")
        if kind == "delete":
            del paragraphs[at]
        elif kind == "paragraph":
            paragraphs[at] = draw(paragraph)
        elif kind == "move":
            moved = paragraphs.pop(at)
            target = out[draw(st.integers(0, len(out) - 1))][1]
            target.insert(draw(st.integers(0, len(target))), moved)
        elif kind == "split" and len(sentences) > 1 and "\t" not in paragraphs[at]:
            # a paragraph broken in two
            cut = draw(st.integers(1, len(sentences) - 1))
            paragraphs[at : at + 1] = [
                ". ".join(sentences[:cut]) + ".",
                ". ".join(sentences[cut:]),
            ]
        elif (
            kind == "merge"
            and at + 1 < len(paragraphs)
            and "\t" not in paragraphs[at] + paragraphs[at + 1]
        ):  # two paragraphs of text run together
            paragraphs[at : at + 2] = [paragraphs[at] + " " + paragraphs[at + 1]]
        elif kind == "swap" and len(paragraphs) > 1:
            paragraphs[0], paragraphs[-1] = paragraphs[-1], paragraphs[0]
        elif kind == "words":
            words = paragraphs[at].split(" ")
            position = draw(st.integers(0, len(words) - 1))
            words[position] = draw(st.sampled_from(["amended", "revised", "Eligible", "ten"]))
            paragraphs[at] = " ".join(words)
        elif kind == "sentence":
            sentences[draw(st.integers(0, len(sentences) - 1))] = draw(sentence).rstrip(".")
            paragraphs[at] = ". ".join(sentences)
        elif kind == "add_sentence":
            paragraphs[at] = paragraphs[at] + " " + draw(sentence)
        elif kind == "drop_sentence" and len(sentences) > 1:
            del sentences[draw(st.integers(0, len(sentences) - 1))]
            paragraphs[at] = ". ".join(s.rstrip(".") for s in sentences) + "."
    return out


@st.composite
def pairs(draw: st.DrawFn, notes: bool = True) -> tuple[Spec, Spec]:
    """An original and a revision; `notes`: footnotes among the paragraphs ("[fn 1] …")."""
    original = draw(documents(notes))
    revised = original
    for _ in range(draw(st.integers(0, 6))):
        revised = draw(edit(revised, notes))
    return original, revised


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(pairs())
@example(NOTE_ADDED_TO_A_ROW)  # a note added to a table's row, not a table restated with it
def test_applying_the_items_reproduces_the_revised_text(pair: tuple[Spec, Spec]) -> None:
    original, revised = doc(pair[0]), doc(pair[1])
    result = draft_items(original, revised)
    amended = apply_items(TextDocument.from_document(original), result.items)
    expected = TextDocument.from_document(revised)
    # the product's own invariant (check rests on it): paragraphs broken only inside a
    # sentence and joined again are layout, kept, never an item
    assert amended.same_text(expected), (amended.comparable(), expected.comparable())
    for item in result.items:
        assert item.locator.section_name
