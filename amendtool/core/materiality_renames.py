"""A defined term renamed: the same party or thing under another name, or perhaps another.

'Continental Stock Transfer & Trust Company (the "Depositary")' → '(the "Tender Agent")',
with "the Depositary" → "the Tender Agent" wherever the text uses it, and no other word
changed: the definition still names the same company, so nothing a holder has, does or
receives changes (clarifying). A new company under the new name changes the definition's
words too, and is read as any other change (a new depositary may be material). Where the
text renamed uses the term but does not define it, the party cannot be told from it: an
item of the same amendment that renames the definition for the same party settles it;
otherwise the safer class stays, and the reason says why (rules.toml [renamed_terms])."""

from __future__ import annotations

import dataclasses
import re
from typing import TYPE_CHECKING

from amendtool.core.items import AmendmentItem, ItemKind, Materiality, letter
from amendtool.core.named_once import once
from amendtool.core.pattern_store import compiled
from amendtool.core.templates import fill
from amendtool.core.typography import fold_typography

if TYPE_CHECKING:
    from amendtool.core.changes import Change
    from amendtool.core.materiality_clarifying import Proposal

Pairs = tuple[tuple[str, str], ...]
# a definition's name: '(the "Eligible Options")', '(collectively, the "Offer")'
_DEFINED_NAME = compiled(
    r"(\((?:collectively|together|as amended)?,?\s*(?:the|this|our)\s+)[\"“]([^\"”]{2,60})[\"”]",
    re.IGNORECASE,
)
_FEW_WORDS = 10  # changed words, at most, in a rename (a rewrite is no rename)
_CAPITALISED = compiled(r"[A-Z][\w'’&.-]*(?: [A-Z][\w'’&.-]*){0,5}")


def _wording(key: str) -> str:
    from amendtool.core.materiality_rules import house_table

    return str((house_table("renamed_terms") or {}).get(key, ""))


def _shown(pairs: Pairs) -> str:
    return "; ".join(once(f"“{a}” → “{b}”" for a, b in pairs))


def _renamed(text: str, pairs: Pairs) -> str:
    """`text` folded, each name of `pairs` put for the other wherever it stands as a word."""
    out = fold_typography(text)
    for old, new in pairs:
        name = re.escape(fold_typography(old))
        out = re.sub(rf"(?<![\w-]){name}(?![\w-])", fold_typography(new).replace("\\", r"\\"), out)
    return out


def renamed_text(text: str, pairs: Pairs) -> str:
    """`text` folded, with the new name of each of `pairs` put for its old one."""
    return _renamed(text, pairs)


def with_renames(reason: str, pairs: Pairs) -> str:
    """`reason`, saying the text also uses the new names of `pairs` (none: as it is)."""
    said = _wording("with_deadline")
    return fill(said, reason=reason, renames=_shown(pairs)) if pairs and said else reason


def renamed_definition(change: Change) -> str | None:
    """'“Depositary” → “Tender Agent”' when only the names definitions give change, and the
    text's uses of them with the names: each definition's words, and so what it names, are
    the same. None otherwise."""
    old_names = [m.group(2) for m in _DEFINED_NAME.finditer(change.old)]
    new_names = [m.group(2) for m in _DEFINED_NAME.finditer(change.new)]
    if len(old_names) != len(new_names) or old_names == new_names:
        return None
    pairs = tuple((a, b) for a, b in zip(old_names, new_names, strict=True) if a != b)
    unnamed = [fold_typography(_DEFINED_NAME.sub(r"\1“”", t)) for t in (change.old, change.new)]
    if unnamed[0] != unnamed[1] and _renamed(change.old, pairs) != fold_typography(change.new):
        return None
    return _shown(pairs)


def defined_pairs(change: Change) -> Pairs:
    """The renames `renamed_definition` reads, as (old, new) pairs."""
    if renamed_definition(change) is None:
        return ()
    old_names = [m.group(2) for m in _DEFINED_NAME.finditer(change.old)]
    new_names = [m.group(2) for m in _DEFINED_NAME.finditer(change.new)]
    return tuple((a, b) for a, b in zip(old_names, new_names, strict=True) if a != b)


def renamed_uses(change: Change) -> Pairs:
    """The renames of a text that uses a defined term and does not define it ("delivery to
    the Depositary" → "… the Tender Agent"): each edit puts one capitalised name for
    another, each used as a defined term is ("the Depositary"), everywhere the text uses
    it, and nothing else changes. () when the text changes anything else."""
    if change.whole or not change.words or len(change.words) > _FEW_WORDS:
        return ()
    pairs = tuple(dict.fromkeys((a.strip(" ,;"), b.strip(" ,;")) for a, b in change.edits))
    for old, new in pairs:
        if not (_CAPITALISED.fullmatch(old) and _CAPITALISED.fullmatch(new)):
            return ()
        if any(m.group(2) == old for m in _DEFINED_NAME.finditer(change.old)):
            return ()  # defined here: renamed_definition reads it
        uses = list(re.finditer(rf"(?<![\w-]){re.escape(old)}(?![\w-])", change.old))
        if not uses or not all(change.old[: u.start()].endswith(("the ", "The ")) for u in uses):
            return ()
    return pairs if _renamed(change.old, pairs) == fold_typography(change.new) else ()


def defined_rename_reason(change: Change) -> str | None:
    """The clarifying reason for a renamed definition (rules.toml [renamed_terms] defined)."""
    renames = renamed_definition(change)
    return fill(_wording("defined"), renames=renames) if renames else None


def settled_renames(items: list[AmendmentItem], proposals: list[Proposal]) -> None:
    """Uses of a term renamed in a text that does not define it: clarifying when another
    item renames the definition for the same party; otherwise the class proposed stays (at
    least material, never clarifying on the name alone) and the reason says why."""
    from amendtool.core.changes import compare, item_texts, unit_of

    lettered = [i for i in items if i.kind is not ItemKind.FILE_EXHIBIT]
    letters = {id(item): letter(n) for n, item in enumerate(lettered)}
    changes = [compare(*item_texts(item), unit_of(item)) for item in items]
    defined: dict[tuple[str, str], str] = {}
    for item, change in zip(items, changes, strict=True):
        for pair in defined_pairs(change) if id(item) in letters else ():
            defined.setdefault(pair, letters[id(item)])
    for index, (item, change) in enumerate(zip(items, changes, strict=True)):
        pairs = renamed_uses(change) if item.old_text and item.new_text else ()
        if not pairs:
            continue
        proposal = proposals[index]
        if all(p in defined for p in pairs):
            reason = fill(_wording("uses"), renames=_shown(pairs), item=defined[pairs[0]])
            proposals[index] = dataclasses.replace(
                proposal, materiality=Materiality.CLARIFYING, reason=reason
            )
        elif proposal.materiality is Materiality.MATERIAL and _wording("unsure"):
            reason = fill(_wording("unsure"), reason=proposal.reason, renames=_shown(pairs))
            proposals[index] = dataclasses.replace(proposal, reason=reason)
