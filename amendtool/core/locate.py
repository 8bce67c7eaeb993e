"""Where a paragraph stands as counsel cite it in a question-and-answer summary term sheet.

"The second paragraph of the answer to the question "When will I receive my New Options?""
reads better than "the fourteenth paragraph in "Summary Term Sheet"", and survives changes
elsewhere in the summary.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_LABEL = re.compile(r"^(?:Q(?:uestion)?\s*\d*[.:)]\s*|\d{1,3}[.)]\s+)")


# the label any paragraph starts with: "Q2.", "(c)", "(iv)", "3.", "b)"
_PARAGRAPH_LABEL = re.compile(
    r"^(?:Q\s?\d{1,3}[.:]?|\((?:[a-z]{1,4}|\d{1,3})\)|\d{1,3}[.)]|[a-z][.)])(?=\s)", re.I
)


def occurrences(words: str, text: str) -> int:
    """How often `words` occur in `text` as whole words, capitals ignored: a words item may
    cite words only where this is one."""
    pattern = r"(?<![\w$€£¥])" + re.escape(words) + r"(?![\w%])"
    return len(re.findall(pattern, text, re.IGNORECASE))


def paragraph_label(text: str) -> str | None:
    match = _PARAGRAPH_LABEL.match(text)
    return match.group(0) if match else None


@dataclass(frozen=True)
class AnswerPosition:
    question: str  # as printed, without a "Q:" or "1." label
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
    question = _LABEL.sub("", paragraphs[start].strip())
    return AnswerPosition(question, index - start, end - start - 1)
