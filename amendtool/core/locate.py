"""Where a paragraph stands as counsel cite it in a question-and-answer summary term sheet.

"The second paragraph of the answer to the question "When will I receive my New Options?""
reads better than "the fourteenth paragraph in "Summary Term Sheet"", and survives changes
elsewhere in the summary.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from amendtool.core.pattern_store import compiled
from amendtool.core.segment import split_sentences
from amendtool.core.titles import kept_in_capitals
from amendtool.core.typography import unclosed_quotation

# the label any paragraph starts with: "Q2.", "(c)", "(iv)", "3.", "b)"
_PARAGRAPH_LABEL = compiled(
    r"^(?:Q\s?\d{1,3}[.:]?|\((?:[a-z]{1,4}|\d{1,3})\)|\d{1,3}[.)]|[a-z][.)])(?=\s)", re.I
)


def occurrences(words: str, text: str) -> int:
    """How often `words` occur in `text` as whole words, capitals ignored: a words item may
    cite words only where this is one. ASCII words are found by plain search in the text in
    lower case, with the pattern's edges tested by hand: drafting counts hundreds of
    phrases, and compiling a pattern for each cost a tenth of a second of every draft. The
    pattern is kept for other words and for a text with a letter that matches an ASCII
    letter ignoring capitals but lowers to another (long s, Turkish dotted and dotless i)."""
    if words and words.isascii() and not _LOWERS_APART.intersection(text):
        lowered = text.lower()
        if len(lowered) == len(text):
            return _counted_by_search(words.lower(), text, lowered)
    return len(_phrase(words).findall(text))


_LOWERS_APART = frozenset("\u0130\u0131\u017f")


def _counted_by_search(key: str, text: str, lowered: str) -> int:
    """What `_phrase(key).findall(text)` counts: matches left to right, none overlapping."""
    edge_before = key[0].isalnum() or key[0] in "$€£¥"
    edge_after = key[-1].isalnum() or key[-1] == "%"
    count = start = 0
    while (at := lowered.find(key, start)) >= 0:
        end = at + len(key)
        joined_before = edge_before and at > 0 and _word_char(text[at - 1], "$€£¥")
        joined_after = edge_after and end < len(text) and _word_char(text[end], "%")
        if joined_before or joined_after:
            start = at + 1
            continue
        count += 1
        start = end
    return count


def _word_char(char: str, marks: str) -> bool:
    """`[\\w<marks>]` as the pattern has it: a letter or digit of any script, "_" or a mark."""
    return char.isalnum() or char == "_" or char in marks


@lru_cache(maxsize=4096)
def _phrase(words: str) -> re.Pattern[str]:
    """Compiled once a phrase: the same words are counted in many sentences while drafting
    (more phrases than the `re` module's own cache holds, which then compiles each again)."""
    before = r"(?<![\w$€£¥])" if words[:1].isalnum() or words[:1] in "$€£¥" else ""
    after = r"(?![\w%])" if words[-1:].isalnum() or words[-1:] == "%" else ""
    return re.compile(before + re.escape(words) + after, re.IGNORECASE)


def paragraph_label(text: str) -> str | None:
    match = _PARAGRAPH_LABEL.match(text)
    return match.group(0) if match else None


@dataclass(frozen=True)
class AnswerPosition:
    """Where a paragraph stands in a question-and-answer summary, as counsel cite it."""

    # as printed, with its number ("Q1.", "Question 3.", "1."), as counsel quote it: the
    # number is how a reader finds the question in a long summary
    question: str
    paragraph: int  # 1-based within the answer; 0 for the question itself
    count: int  # paragraphs in the answer


def is_question(text: str) -> bool:
    stripped = text.strip().rstrip("\"'”’)")
    return stripped.endswith("?") and len(text) < 300


def answer_position(paragraphs: list[str], index: int) -> AnswerPosition | None:
    """The question a paragraph answers, in a section with at least two questions."""
    questions = [i for i, text in enumerate(paragraphs) if is_question(text)]
    if len(questions) < 2 or not 0 <= index < len(paragraphs):
        return None
    asked = [q for q in questions if q <= index]
    if not asked:
        return None
    start = asked[-1]
    following = [q for q in questions if q > start]
    end = following[0] if following else len(paragraphs)
    question = quoted_question(paragraphs[start])
    return AnswerPosition(question, index - start, end - start - 1)


# a question's bare run-in mark, which names no question: "Q:", "Q.", "Question:"
_BARE_MARK = compiled(r"^(?:Q|Question)\s*[.:)]\s+", re.IGNORECASE)
# a question's number, which a reader finds it by and counsel quote: "Q1.", "Question 3:", "3."
_NUMBER_MARK = compiled(r"^(?:(?:Q|Question)\s*\d+\s*[.:)]|\d+[.)])\s+", re.IGNORECASE)
_QUESTION_WORD = compiled(r"[A-Za-z][A-Za-z'’.]*")


def quoted_question(text: str) -> str:
    """A question as counsel quote it: its number kept ("Q1. Why …?"), a bare run-in mark
    dropped ("Q: When does …?"), and in sentence case when printed in capitals ("WHEN DOES
    THE OFFER EXPIRE?" is quoted "When does the offer expire?", keeping "I", initials and
    acronyms such as "RSUs"), as headings in capitals are quoted in title case."""
    question = _BARE_MARK.sub("", " ".join(text.split()), count=1)
    number = _NUMBER_MARK.match(question)
    label, question = (number.group(0), question[number.end() :]) if number else ("", question)
    letters = [c for c in question if c.isalpha()]
    if not letters or any(c.islower() for c in letters):
        return label + question

    def case(match: re.Match[str]) -> str:
        word = match.group(0)
        if word == "I" or word.startswith(("I'", "I’")):
            return word[0] + word[1:].lower()
        if re.fullmatch(r"(?:[A-Z]\.){2,}", word):
            return word  # initials: "U.S."
        kept = kept_in_capitals(word, frozenset())
        if kept:
            return kept
        lower = word.lower()
        return lower[:1].upper() + lower[1:] if match.start() == 0 else lower

    return label + _QUESTION_WORD.sub(case, question)


# words that make a short line a sentence rather than a caption: a subject pronoun or an
# auxiliary verb ("We may amend the offer.")
_SENTENCE_WORDS = frozenset(
    """
    i we you they he she it is are was were be been am will shall may must can could should
    would has have had do does did not
    """.split()
)
_SMALL_WORDS = frozenset("a an and as at but by for from in into nor of on or per the to".split())
_WORD = compiled(r"[A-Za-z][\w'’-]*")


# a numbered question ("1. Who is eligible?", "Q: May I withdraw?"), or one in capitals
_RUN_IN_QUESTION = compiled(
    r"^(?:(?:Q\s*[:.]|\(?\d{1,2}[.)]|\(?[A-Za-z][.)])\s+\S.*|[^a-z]*[A-Z]{2}[^a-z]*)\?[\"”’)]*$"
)


def run_in_caption(text: str) -> str | None:
    """The caption a paragraph opens with ("Determination of Validity; … Defects. We will
    determine …", "Proper tender of options. To validly tender …"), which a reader does not
    count as a sentence; None when it has none.

    A caption is a short first "sentence" followed by more text: in title case (where even
    "Where You Can Find More Information" is a caption), made of phrases apart by
    semicolons, or a short phrase in sentence case without a verb: no subject pronoun or
    auxiliary, no word that reads as a verb in the past or an adverb, and not opened by an
    article or a possessive as a sentence's subject is."""
    spans = split_sentences(text)
    if len(spans) < 2:
        return None
    first = text[spans[0][0] : spans[0][1]]
    words = _WORD.findall(first)
    if words and len(first) <= 200 and _RUN_IN_QUESTION.match(first):
        return first  # a summary's question run into its answer ("1. WHO IS ELIGIBLE? …")
    if not words or len(words) > 20 or len(first) > 200 or not first.endswith("."):
        return None
    if words[0].lower() in _SENTENCE_WORDS:
        return None
    significant = [w for w in words[1:] if w.lower() not in _SMALL_WORDS]
    title_case = words[0][0].isupper() and (
        not significant or all(w[0].isupper() for w in significant)
    )
    if any(w.lower() in _SENTENCE_WORDS and not (title_case and w[0].isupper()) for w in words):
        return None
    mostly_title = words[0][0].isupper() and (
        not significant or sum(w[0].isupper() for w in significant) / len(significant) >= 0.6
    )
    if mostly_title or ";" in first or _phrase_without_verb(words):
        return first
    return None


_SUBJECT_OPENERS = frozenset(
    """
    the a an this that these those our your its their his her each every all any no some
    such there here
    """.split()
)


# verbs an offer's short sentences are made of ("Options expire …", "Vesting continues …"),
# in their plain form; a caption names a thing and has none of them as its verb
_OFFER_VERBS = frozenset(
    """
    accrue allow apply become begin carry cease constitute contain continue convert count
    cover depend differ end entitle equal exceed expire follow get give go hold include keep
    lapse last mature mean need occur own pay permit provide qualify receive reflect remain
    represent require run settle stay stop take terminate trade vary vest
    """.split()
)


def _phrase_without_verb(words: list[str]) -> bool:
    """'Proper tender of options': a caption in sentence case, told from a short sentence
    ("Options vest monthly.", "The offer is voluntary.", "Our board approved it.",
    "Options expire ten years after grant.")."""
    if len(words) > 8 or not words[0][0].isupper() or words[0].lower() in _SUBJECT_OPENERS:
        return False
    if any(_verb_after_subject(before, word) for before, word in pairwise(words)):
        return False
    return not any(
        len(w) > 4 and w.lower().endswith(("ed", "ly")) and w[0].islower() for w in words
    )


def _verb_after_subject(before: str, word: str) -> bool:
    """`word` reads as the verb of a subject that ends in `before`: "Options expire",
    "employees receive" (a plural and a plain verb), "Vesting continues" (a verb in -s after
    a noun)."""
    lower = word.lower()
    if not word[0].islower() or before.lower() in _SMALL_WORDS | _SUBJECT_OPENERS:
        return False
    if lower in _OFFER_VERBS:
        return before.endswith("s") and not before.endswith("ss")
    stems: tuple[str, ...] = (lower[:-1], lower[:-2]) if lower.endswith("s") else ()
    if lower.endswith("ies"):
        stems = (lower[:-3] + "y",)
    return any(stem in _OFFER_VERBS for stem in stems)


_WEAK_END = _SMALL_WORDS | {"our", "your", "its", "their", "any", "all", "each", "no"}


def sentence_opening(sentences: list[str], index: int, least: int = 3) -> str | None:
    """The first words of sentence `index` that no other sentence of the paragraph begins
    with ("We may reject"), as counsel cite a sentence by its beginning; never ending inside
    a quotation it opens, which the citation's own quotation marks would leave unclosed.
    None when every opening, the whole sentence too, begins another sentence as well (a
    sentence printed twice, or one that opens a longer one): such a sentence is cited by
    its ordinal, since its first words would name two."""
    words = sentences[index].split()
    others = [s.lower() for i, s in enumerate(sentences) if i != index]
    for count in range(min(least, len(words)), len(words) + 1):
        opening = " ".join(words[:count]).rstrip(",;:")
        if count < len(words) and opening.split()[-1].lower() in _WEAK_END:
            continue
        if count < len(words) and unclosed_quotation(opening) is not None:
            continue
        cited = opening.rstrip(".")
        begins = re.compile(re.escape(cited.lower()) + r"(?![\w-])")
        if cited and not any(begins.match(o) for o in others):
            return cited
    return None
