"""The words of a sentence that say which deadline its date is, read outside the names of
documents it gives. "You must complete the Election and Withdrawal Form and deliver it …
before 11:59 p.m. … on June 5, 2026" states the day to deliver the form, the expiration:
the "Withdrawal" of the form's name says what the form is for, never that the date is a
withdrawal deadline. A sentence that withdraws by its own words ("You may withdraw … until")
still states one."""

from __future__ import annotations

import re

from amendtool.core.pattern_store import compiled

# the words a name of a document is read for at all (core/plain_fact_reading.py)
_MAY_NAME_ONE = compiled(r"Form|Agreement|Letter|Notice|Certificate")


def outside_names(text: str) -> str:
    """`text` with each name of a document it gives ("Election and Withdrawal Form",
    "Notice of Withdrawal") put as "the form", so that no word of a name is read as a word
    of the sentence; the text itself when it names none."""
    if not _MAY_NAME_ONE.search(text):
        return text
    from amendtool.core.plain_fact_reading import document_names

    names = sorted(
        {n for n in document_names(text) if not n.casefold().startswith("offer to")},
        key=len,
        reverse=True,
    )
    for name in names:
        text = re.sub(rf"(?<![\w-]){re.escape(name)}(?![\w-])", "form", text)
    return text


def names_in(text: str) -> str:
    """The names of documents `text` gives, one after another (what outside_names takes out)."""
    if not _MAY_NAME_ONE.search(text):
        return ""
    from amendtool.core.plain_fact_reading import document_names

    return " ".join(document_names(text))
