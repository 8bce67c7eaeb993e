"""What the plain notice says of a defined term renamed: the party or document by its old
name and its new one ("We now call the Depositary the “Tender Agent”.").

Readers deal with that party, or fill in that document, under its new name in the amended
offer and its transmittal letter: a rename is never hidden among corrections of wording and
typography. Only a rename the rules propose clarifying (the definition still names the same
party, materiality_renames.py) is said here; any other is read as any other change, with a
placeholder for counsel."""

from __future__ import annotations

from typing import Any

from amendtool.core.items import AmendmentItem
from amendtool.core.materiality_renames import Pairs, defined_pairs, renamed_uses
from amendtool.core.plain_corrections import FACT_KINDS, clarifying
from amendtool.core.templates import fill


def renamed_terms(item: AmendmentItem) -> Pairs:
    """The (old, new) names a clarifying item gives a defined term, where renaming it is all
    the item does (in its definition, or where it uses it); () otherwise."""
    if item.kind not in FACT_KINDS or not (item.old_text and item.new_text):
        return ()
    if not clarifying(item):
        return ()
    from amendtool.core.changes import compare, item_texts, unit_of

    change = compare(*item_texts(item), unit_of(item))
    return defined_pairs(change) or renamed_uses(change)


def renamed_sentence(item: AmendmentItem, w: dict[str, Any]) -> str | None:
    """ "We now call the Depositary the “Tender Agent”." for each name the item changes, and
    that nothing else changes; None when the item renames no defined term."""
    pairs = renamed_terms(item)
    if not pairs or "renamed_term" not in w:
        return None
    said = [fill(w["renamed_term"], old=_bare(old), new=new) for old, new in pairs]
    return " ".join([*said, str(w["renamed_term_end"])])


def _bare(name: str) -> str:
    """The old name without an article it carries ("the Depositary" → "Depositary"): the
    sentence sets its own."""
    first, _, rest = name.partition(" ")
    return rest if first.lower() == "the" and rest else name
