"""The notice on a section moved: said as a move, never as a section added or taken out.

A section moved with its words unchanged is said as moved in both halves. A section moved
and changed is said as moved where it stood, and as moved and changed where it now stands,
with what changed read as for a section restated (without "We rewrote this whole section",
which would overstate a sentence added)."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from amendtool.core.item_kinds import ItemKind
from amendtool.core.moved_sections import (
    moved_changed_in_documents,
    moved_in_documents,
    title_of,
)
from amendtool.core.templates import fill

if TYPE_CHECKING:
    from amendtool.core.items import AmendmentItem
    from amendtool.core.plain_fact_sentences import Voice
    from amendtool.core.plain_summary import PlainSummary  # which imports this module


def moved_summary(
    item: AmendmentItem,
    w: dict[str, Any],
    voice: Voice | None,
    summarise: Callable[[AmendmentItem], PlainSummary],
) -> PlainSummary | None:
    """The notice's paragraph on a half of a move; None for any other item. `summarise`
    says an item restated (the section changed, read from its two texts)."""
    from amendtool.core.plain_summary import PlainSummary  # which imports this module

    if voice is None or item.kind not in (ItemKind.ADD_SECTION, ItemKind.DELETE_SECTION):
        return None
    kinds = w["kinds"]
    key = f"{item.kind.value}_moved"
    if key in kinds and moved_in_documents(item, voice.document, voice.revised):
        return PlainSummary(fill(kinds[key], title=title_of(item)), False, (), True)
    elsewhere = moved_changed_in_documents(item, voice.document, voice.revised)
    key = f"{item.kind.value}_moved_changed"
    if elsewhere is None or key not in kinds:
        return None
    said = fill(kinds[key], title=title_of(item))
    if item.kind is ItemKind.DELETE_SECTION:  # its changes are said where it now stands
        return PlainSummary(said, False, (), True)
    told = summarise(dataclasses.replace(item, kind=ItemKind.REPLACE_SECTION, old_text=elsewhere))
    rewrote = str(kinds.get("replace_section", ""))
    text = (
        told.text.replace(f"{rewrote} ", "").replace(rewrote, "").strip() if rewrote else told.text
    )
    return dataclasses.replace(told, text=f"{said} {text}")
