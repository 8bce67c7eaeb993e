"""The Schedule TO's cover legend is set as the form prints it ("TENDER OFFER STATEMENT UNDER
SECTION 14(d)(1) OR 13(e)(1) OF THE SECURITIES EXCHANGE ACT OF 1934"), and no line the
filing or the notice sets in title case capitalises a small word ("Or", "Of The")."""

from __future__ import annotations

import re

from amendtool.core.amendment import draft_amendment
from amendtool.core.filing import load_filing
from amendtool.core.filing_document import notice_blocks, schedule_to_blocks
from amendtool.io.load import load_document
from tests.conftest import SAMPLES

SMALL = frozenset(
    "a an and as at but by for from in into nor of on or per the to upon with".split()
)
WORD = re.compile(r"[A-Za-z][\w'’-]*")


def lines() -> list[str]:
    amendment = draft_amendment(
        load_document(SAMPLES / "offer-to-exchange.docx"),
        load_document(SAMPLES / "offer-to-exchange-revised.docx"),
        load_filing(SAMPLES / "filing.toml"),
    )
    return [b.text for b in schedule_to_blocks(amendment) + notice_blocks(amendment) if b.text]


def capitalised_small_words(line: str) -> list[str]:
    """Small words set with a capital inside a title-cased line (not the first word, not
    after a colon or an opening bracket); none in a line set all in capitals."""
    words = WORD.findall(line)
    if len(words) < 3 or all(w.upper() == w for w in words if len(w) > 1):  # "14(d)(1)"
        return []
    if sum(w[0].isupper() for w in words) / len(words) < 0.6:
        return []  # a sentence, not a title
    found = []
    for match in WORD.finditer(line):
        word, before = match.group(0), line[: match.start()].rstrip()
        starts = not before or before.endswith((":", "(", "—", "–", "/"))  # "N/A"
        if word.lower() in SMALL and word[0].isupper() and not starts:
            found.append(word)
    return found


def test_the_cover_legend_is_set_as_the_form_prints_it() -> None:
    text = "\n".join(lines())
    assert (
        "TENDER OFFER STATEMENT UNDER SECTION 14(d)(1) OR 13(e)(1)\n"
        "OF THE SECURITIES EXCHANGE ACT OF 1934" in text
    )


def test_no_title_cased_line_capitalises_a_small_word() -> None:
    wrong = {line: small for line in lines() if (small := capitalised_small_words(line))}
    assert wrong == {}
