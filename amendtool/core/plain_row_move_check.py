"""A check of the notice's paragraphs on rows moved between changes (moved_rows.py): a
sentence that tells employees such a row was added or taken out ("We added a row for Katya
Ivanova") is an error, whoever wrote it: the row only moved, and the reader would take a
director to have joined, or left, the table. A sentence that says the row moved passes.
A row moved and changed (moved_changed_rows.py) is held to the same. The words are the
firm's (resources/plain/moved_rows.toml)."""

from __future__ import annotations

import re

from amendtool.core.amendment import Amendment
from amendtool.core.findings import Finding
from amendtool.core.move_claims import claim_finding, move_claims
from amendtool.core.moved_changed_rows import moved_changed_rows
from amendtool.core.moved_rows import moved_rows, row_name
from amendtool.core.segment import sentences
from amendtool.core.typography import fold_typography

CODE = "plain_row_moved"


def _names(row: str) -> list[str]:
    """How a paragraph may name the row: its caption, or for a person's row set out as
    "Ivanova, Katya" either of the names."""
    name = row_name(row)
    parts = [p.strip() for p in name.split(",")]
    if len(parts) == 2 and all(p and p.replace(" ", "").replace("-", "").isalpha() for p in parts):
        return [name, *parts]
    return [name]


def _names_row(sentence: str, names: list[str]) -> bool:
    folded = fold_typography(sentence)
    return any(
        re.search(rf"(?<!\w){re.escape(fold_typography(n))}(?!\w)", folded, re.IGNORECASE)
        for n in names
        if n
    )


def claims_came_or_went(sentence: str) -> str | None:
    """The word of `sentence` that says a row was added or taken out, unless the sentence
    also says it moved or denies it ("She was not added")."""
    return move_claims("moved_rows").came_or_went(sentence)


def check_moved_rows_said(amendment: Amendment) -> list[Finding]:
    """An error for each paragraph on a change that puts in or takes out a row that only
    moved, where a sentence naming the row says it was added or taken out."""
    from amendtool.core.plain_change_paragraphs import plain_paragraphs

    items = amendment.change_items
    original, revised = amendment.original, amendment.revised
    findings = []
    for paragraph in plain_paragraphs(amendment):
        for index in paragraph.items:
            out, put = moved_rows(items[index], original, revised)
            changed_out, changed_put = moved_changed_rows(items[index], original, revised)
            changed = [was for was, _ in changed_out] + [now for _, now in changed_put]
            for row in out + put + changed:
                names = _names(row)
                said = next(
                    (
                        s
                        for s in sentences(paragraph.text)
                        if _names_row(s, names) and claims_came_or_went(s)
                    ),
                    None,
                )
                if said is None:
                    continue
                findings.append(
                    claim_finding(
                        CODE,
                        index,
                        paragraph.summary.counsel,
                        said,
                        f"the row for “{row_name(row)}” "
                        f"{'moved, and changed' if row in changed else 'only moved'}: another "
                        "change puts it in (or takes it out) "
                        f"{'with other words' if row in changed else 'word for word'}. "
                        "Say that it moved, not that it was added or taken out",
                    )
                )
    return findings
