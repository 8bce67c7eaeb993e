"""The thresholds that decide how far a change may reach before a larger unit is cited."""

from __future__ import annotations

from dataclasses import dataclass, field

from amendtool.core.items import AmendmentItem


@dataclass(frozen=True)
class DraftOptions:
    """How far a change may reach before counsel would cite a larger unit (documented)."""

    max_changed_words: int = 8  # old + new words of one change inside one sentence
    max_deleted_words: int = 16  # words only taken out of one sentence (quoted alone)
    paragraph_rewrite: float = 0.5  # below this similarity a paragraph is replaced whole
    same_paragraph: float = 0.35  # at least this similar: the same paragraph, edited
    section_rewrite_share: float = 0.6  # share of a section's words changed: restate it
    section_rewrite_min: int = 3  # … but only sections of at least this many paragraphs
    move_min_chars: int = 40  # shorter identical paragraphs are not treated as moved …
    move_near: int = 2  # … unless they moved past at most this many in their own section
    # a table most of whose rows changed is restated whole, unless more than this many rows
    # stay as they were (quoting them again says nothing) and the changes are in at most
    # `table_runs` places: then the changed rows are cited
    table_kept_rows: int = 20
    table_runs: int = 3


@dataclass
class DraftResult:
    """The items a comparison drafted, and what to tell counsel about it."""

    items: list[AmendmentItem]
    notes: list[str] = field(default_factory=list)
