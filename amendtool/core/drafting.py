"""Compares the original with the revised document and drafts the amendment items.

Sections are matched by title (then by number), paragraphs by content, sentences and
words by diff; each change becomes the smallest item that reads naturally (README,
"How changes become items"). Items are produced in document order and applied as they
are made, so every locator counts paragraphs and sentences as the earlier items left them.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from amendtool.core.apply import LocatorError, TextDocument, TextSection, apply_item
from amendtool.core.diffing import hunks, similarity
from amendtool.core.items import AmendmentItem, ItemKind, Locator, Materiality, NewSection
from amendtool.core.locate import answer_position, is_question, paragraph_label
from amendtool.core.model import (
    Document,
    Paragraph,
    ParagraphKind,
    Section,
    is_contents_title,
    quoted_title,
)
from amendtool.core.segment import split_sentences
from amendtool.core.typography import collapse_spaces, fold_heading, fold_typography

# Dates and times are cited whole ('"August 14, 2026"', not '"14"'; '"5:00 p.m."').
_WHOLE_UNITS = re.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)\s+\d{1,2}(?:,\s*\d{4})?"
    r"|\b\d{1,2}:\d{2}(?:\s*[ap]\.m\.)?",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class DraftOptions:
    """How far a change may reach before counsel would cite a larger unit (documented)."""

    max_changed_words: int = 8  # old + new words of one change inside one sentence
    paragraph_rewrite: float = 0.5  # below this similarity a paragraph is replaced whole
    same_paragraph: float = 0.35  # at least this similar: the same paragraph, edited
    section_rewrite_share: float = 0.6  # share of a section's words changed: restate it
    section_rewrite_min: int = 3  # … but only sections of at least this many paragraphs
    move_min_chars: int = 40  # shorter identical paragraphs are not treated as moved


@dataclass
class DraftResult:
    items: list[AmendmentItem]
    notes: list[str] = field(default_factory=list)


@dataclass
class _Op:
    kind: str  # keep modify delete insert move_in
    old: int | None = None
    new: int | None = None
    source: tuple[str, int] | None = None  # move_in: original section id and paragraph index


def draft_items(
    original: Document, revised: Document, options: DraftOptions | None = None
) -> DraftResult:
    return _Drafter(original, revised, options or DraftOptions()).run()


class _Drafter:
    def __init__(self, original: Document, revised: Document, options: DraftOptions) -> None:
        self.options = options
        self.original = original
        self.revised = revised
        self.orig_text = TextDocument.from_document(original)
        self.rev_text = TextDocument.from_document(revised)
        self.working = self.orig_text.copy()
        self.paragraphs: dict[str, Paragraph] = {p.id: p for p in original.paragraphs()}
        self.sections: dict[str, Section] = {s.id: s for s in original.sections}
        self.items: list[AmendmentItem] = []
        self.notes: list[str] = []
        # table rows are not paragraphs to a reader: keys of rows in the working text, and
        # each revised section's row positions
        self.row_keys: set[str] = {
            p.id for p in original.paragraphs() if p.kind is ParagraphKind.TABLE_ROW
        }
        # where each paragraph of the original sits in it: items cite paragraphs as they are
        # numbered in the original as filed (its page numbers are cited too), while they are
        # applied to the text as earlier items left it
        self.orig_rows = set(self.row_keys)
        self.orig_place: dict[str, tuple[str, int]] = {
            key: (s.id, i)
            for s in self.orig_text.sections
            for i, key in enumerate(s.origins)
            if key
        }
        self.rev_rows: dict[str, set[int]] = {
            s.id: {j for j, p in enumerate(s.paragraphs) if p.kind is ParagraphKind.TABLE_ROW}
            for s in revised.sections
        }

    # --- plan ---------------------------------------------------------------------------
    def run(self) -> DraftResult:
        pairs = _align_sections(self.orig_text.sections, self.rev_text.sections)
        plans: list[tuple[TextSection | None, TextSection | None, list[_Op] | None]] = []
        for old, new in pairs:
            ops = _align_paragraphs(old, new, self.options) if old and new else None
            plans.append((old, new, ops))
        restated = {id(ops) for old, new, ops in plans if ops and self._restate(old, new, ops)}
        _find_moves(
            [(o, n, ops) for o, n, ops in plans if ops and id(ops) not in restated], self.options
        )
        for _old, _new, ops in plans:
            if ops:
                _pair_replacements(ops)
        runs = _renumbered_runs(plans, restated)
        renumbered = {id(old) for run in runs.values() for old, _ in run}
        restyled: list[str] = []  # headings that differ only in capitals or a final stop
        previous_id: str | None = None
        for position, (old, new, ops) in enumerate(plans):
            if position in runs:
                self._renumber(runs[position])
            if old and not new:
                self._delete_section(old)
                continue
            if new and not old:
                previous_id = self._add_section(new, previous_id)
                continue
            assert old and new and ops is not None
            if is_contents_title(old.title):
                if any(op.kind != "keep" for op in ops):
                    self.notes.append(
                        f"{_name(old)}: entries differ (page numbers move with "
                        "the layout); not amended"
                    )
                previous_id = old.id
                continue
            if id(ops) in restated:
                self._replace_section(old, new)
            else:
                retitled = fold_heading(old.heading) != fold_heading(new.heading)
                if retitled and id(old) not in renumbered:
                    self._retitle(old, new)
                elif not retitled and fold_typography(old.heading) != fold_typography(new.heading):
                    restyled.append(_name(old))
                self._section_ops(old, new, ops)
            previous_id = old.id
        if restyled:
            self.notes.append(
                f"{len(restyled)} heading(s) differ only in capitals or a final stop "
                f"({restyled[0]}{', …' if len(restyled) > 1 else ''}); not amended"
            )
        self._verify()
        return DraftResult(self.items, self.notes)

    def _restate(self, old: TextSection | None, new: TextSection | None, ops: list[_Op]) -> bool:
        assert old and new
        total = max(len(old.paragraphs), len(new.paragraphs))
        if old.kind == "front" or total < self.options.section_rewrite_min:
            return False
        if all(op.kind == "keep" for op in ops):
            return False
        before = fold_typography(" ".join(old.paragraphs))
        after = fold_typography(" ".join(new.paragraphs))
        return 1 - similarity(before, after) >= self.options.section_rewrite_share

    # --- sections ---------------------------------------------------------------------------
    def _locator(self, section_id: str, **extra: Any) -> Locator:
        section = self.working.section(section_id)
        return Locator(
            section_id=section.id,
            section_name=self._cited_name(section.id),
            section_kind=section.kind,
            **extra,
        )

    def _cited_name(self, section_id: str) -> str:
        """A section as the original names it (the reader has the original, and a renumbering
        or retitling item says what it is called now); an added section by its new name."""
        if section_id in self.sections:
            return _name(self.orig_text.section(section_id))
        return _name(self.working.section(section_id))

    def _emit(self, item: AmendmentItem) -> None:
        apply_item(self.working, item)
        self.items.append(item)

    def _emit_section_item(self, kind: ItemKind, section_id: str, **fields: Any) -> None:
        """An item about a whole section, cited by its heading and the page it begins on."""
        self._emit(
            AmendmentItem(
                kind, self._locator(section_id), page=self._section_page(section_id), **fields
            )
        )

    def _delete_section(self, old: TextSection) -> None:
        section = self.working.section(old.id)
        self._emit_section_item(
            ItemKind.DELETE_SECTION, old.id, old_text=" ".join(section.paragraphs)
        )

    def _add_section(self, new: TextSection, previous_id: str | None) -> str:
        new_id = f"added-{new.id}"
        after = self.working.section(previous_id) if previous_id else None
        section = NewSection(
            new_id, new.kind, new.number, new.title, new.heading, list(new.paragraphs)
        )
        locator = Locator(
            section_id=new_id,
            section_name=_name(new),
            section_kind=new.kind,
            after_section_id=after.id if after else None,
            after_section_name=self._cited_name(after.id) if after else None,
        )
        printed = self.sections.get(after.id) if after else None
        self._emit(
            AmendmentItem(
                ItemKind.ADD_SECTION,
                locator,
                page=printed.last_page if printed else None,  # where the new section goes
                new_text="\n\n".join(new.paragraphs),
                new_paragraphs=list(new.paragraphs),
                new_section=section,
            )
        )
        added = self.working.section(new_id)
        added.origins = [f"rev:{new.id}:{j}" for j in range(len(new.paragraphs))]
        return new_id

    def _replace_section(self, old: TextSection, new: TextSection) -> None:
        section = self.working.section(old.id)
        retitled = fold_heading(old.heading) != fold_heading(new.heading)
        self._emit_section_item(
            ItemKind.REPLACE_SECTION,
            old.id,
            old_text=" ".join(section.paragraphs),
            new_text="\n\n".join(new.paragraphs),
            new_paragraphs=list(new.paragraphs),
            new_section=_new_heading(old, new) if retitled else None,
        )
        section.origins = [f"rev:{new.id}:{j}" for j in range(len(new.paragraphs))]

    def _retitle(self, old: TextSection, new: TextSection) -> None:
        section = self.working.section(old.id)
        self._emit_section_item(
            ItemKind.RETITLE_SECTION,
            old.id,
            old_text=section.heading,
            new_text=new.heading,
            new_section=_new_heading(old, new),
        )

    def _renumber(self, run: list[tuple[TextSection, TextSection]]) -> None:
        """One item for sections that only moved up or down in the numbering, as counsel
        writes it ("Sections 4 through 6 … have been renumbered as Sections 5 through 7")."""
        first, last = run[0][0], self.working.section(run[-1][0].id)
        self._emit(
            AmendmentItem(
                ItemKind.RENUMBER_SECTIONS,
                self._locator(
                    first.id,
                    to_section_id=last.id,
                    to_section_name=self._cited_name(last.id),
                    to_section_kind=last.kind,
                ),
                page=self._section_page(first.id),
                old_text="\n".join(self.working.section(old.id).heading for old, _ in run),
                materiality=Materiality.CLARIFYING,
                renumbered=[_new_heading(old, new) for old, new in run],
            )
        )

    # --- paragraphs -------------------------------------------------------------------------
    def _section_ops(self, old: TextSection, new: TextSection, ops: list[_Op]) -> None:
        origin_of_new: dict[int, str] = {}
        relabelled = [
            op
            for op in ops
            if op.kind == "modify"
            and op.old is not None
            and op.new is not None
            and old.origins[op.old] not in self.row_keys  # a table's rows go with the table
            and _relabelled(old.paragraphs[op.old], new.paragraphs[op.new])
        ]
        relabelled_ops = {id(op) for op in relabelled}
        tables_checked = 0  # ops before this index are known not to start a changed table
        index = 0
        while index < len(ops):
            op = ops[index]
            if relabelled and op is relabelled[0]:
                self._relabel(old, new, relabelled)
            if id(op) in relabelled_ops:
                assert op.old is not None and op.new is not None
                origin_of_new[op.new] = old.origins[op.old] or ""
                index += 1
                continue
            if index >= tables_checked:
                table, tables_checked = self._changed_table(old, new, ops, index)
                if table:
                    self._table(old, new, table, origin_of_new)
                    index += len(table)
                    continue
            if op.kind == "keep":
                assert op.old is not None and op.new is not None
                origin_of_new[op.new] = old.origins[op.old] or ""
                self._note_typography(old, new, op.old, op.new)
            elif op.kind == "modify":
                assert op.old is not None and op.new is not None
                origin_of_new[op.new] = old.origins[op.old] or ""
                self._modify(old.id, old.origins[op.old] or "", new.paragraphs[op.new])
            elif op.kind == "delete":
                assert op.old is not None
                answer = self._deleted_answer(old, ops, index) or self._deleted_run(old, ops, index)
                keys = [old.origins[i] or "" for i in range(op.old, op.old + 1 + answer)]
                self._delete_paragraph(old.id, keys[0], len(keys))
                index += answer
            elif op.kind == "move_in":
                assert op.new is not None and op.source is not None
                key = self.orig_text.section(op.source[0]).origins[op.source[1]] or ""
                origin_of_new[op.new] = key
                self._move(key, old.id, self._anchor(old.id, origin_of_new, op.new))
            elif op.kind == "insert":
                run = [op]
                while index + 1 < len(ops) and ops[index + 1].kind == "insert":
                    index += 1
                    run.append(ops[index])
                first = run[0].new
                assert first is not None
                anchor = self._anchor(old.id, origin_of_new, first)
                texts = [new.paragraphs[o.new] for o in run if o.new is not None]
                keys = [f"rev:{new.id}:{o.new}" for o in run if o.new is not None]
                for o, key in zip(run, keys, strict=True):
                    assert o.new is not None
                    origin_of_new[o.new] = key
                self._insert(old.id, anchor, texts, keys)
            index += 1

    def _relabel(self, old: TextSection, new: TextSection, ops: list[_Op]) -> None:
        """One item for the paragraphs of a section whose number or letter alone changed,
        as after a question or a clause was added or taken out before them."""
        section = self.working.section(old.id)
        keys = [old.origins[op.old] or "" for op in ops if op.old is not None]
        places = [section.origins.index(k) for k in keys]
        first = min(places)
        locator = self._paragraph_locator(section, first)
        self._emit(
            AmendmentItem(
                ItemKind.RENUMBER_PARAGRAPHS,
                locator,
                page=self._page(keys[places.index(first)]),
                old_text="\n".join(section.paragraphs[p] for p in places),
                new_paragraphs=[new.paragraphs[op.new] for op in ops if op.new is not None],
                materiality=Materiality.CLARIFYING,
                positions=[p + 1 for p in places],
            )
        )

    # --- tables -------------------------------------------------------------------------
    def _is_row(self, old: TextSection, new: TextSection, op: _Op) -> bool:
        if op.kind == "move_in":
            return False
        if op.old is not None and old.origins[op.old] in self.row_keys:
            return True
        return op.new is not None and op.new in self.rev_rows.get(new.id, set())

    def _changed_table(
        self, old: TextSection, new: TextSection, ops: list[_Op], start: int
    ) -> tuple[list[_Op], int]:
        """The run of table-row operations starting here when anything in it changed, and
        the index up to which no changed table can start."""
        run: list[_Op] = []
        position = start
        while position < len(ops):
            if self._is_row(old, new, ops[position]):
                run.append(ops[position])
                position += 1
                continue
            # text put between two rows of the table splits it: restate it with the text
            following = position
            while following < len(ops) and ops[following].kind == "insert":
                following += 1
            if not run or following == position or following == len(ops):
                break
            if not self._is_row(old, new, ops[following]):
                break
            run += ops[position:following]
            position = following
        if not run:
            return [], start + 1
        if all(op.kind == "keep" for op in run):
            return [], start + len(run)
        section = self.working.section(old.id)
        keys = [old.origins[op.old] for op in run if op.old is not None]
        places = [section.origins.index(k) for k in keys if k in section.origins]
        together = places == list(range(places[0], places[0] + len(places))) if places else True
        if len(places) != len(keys) or not together:
            return [], start + 1  # rows no longer side by side: cite them one by one
        return run, start + len(run)

    def _table(
        self, old: TextSection, new: TextSection, run: list[_Op], origin_of_new: dict[int, str]
    ) -> None:
        section = self.working.section(old.id)
        keys = [old.origins[op.old] or "" for op in run if op.old is not None]
        new_indices = [op.new for op in run if op.new is not None]
        rows = [new.paragraphs[j] for j in new_indices]
        new_keys = [f"rev:{new.id}:{j}" for j in new_indices]
        if keys:
            start = section.origins.index(keys[0])
            locator = self._paragraph_locator(section, start)
            locator.table, locator.table_count = self._cite_table(locator, section, start)
            kind = ItemKind.REPLACE_TABLE if rows else ItemKind.DELETE_TABLE
            page = self._page(keys[0])
        else:
            start = self._anchor(old.id, origin_of_new, new_indices[0])
            locator = self._anchor_locator(section, start)
            kind, page = ItemKind.INSERT_TABLE, self._anchor_page(section, start)
        self._emit(
            AmendmentItem(
                kind,
                locator,
                page=page,
                old_text="\n".join(section.paragraphs[start : start + len(keys)]),
                new_text="\n".join(rows),
                new_paragraphs=rows,
            )
        )
        section.origins[start : start + len(rows)] = new_keys
        self.row_keys.update(new_keys)
        for j, key in zip(new_indices, new_keys, strict=True):
            origin_of_new[j] = key

    def _table_place(self, section: TextSection, index: int) -> tuple[int, int]:
        return _table_ordinal(section.origins, self.row_keys, index)

    def _printed(self, section: TextSection, index: int) -> tuple[int | None, int | None]:
        """The paragraph's ordinal among the text paragraphs, when the section has tables."""
        rows = [key in self.row_keys for key in section.origins]
        if not any(rows):
            return None, None
        return index + 1 - sum(rows[: index + 1]), len(rows) - sum(rows)

    def _as_filed(self, section: TextSection, index: int) -> tuple[TextSection, int] | None:
        """The original section and place of the paragraph at `index`, when it is one of the
        original's paragraphs still in its own section."""
        key = section.origins[index] if 0 <= index < len(section.origins) else None
        place = self.orig_place.get(key or "")
        if place is None or place[0] != section.id:
            return None
        return self.orig_text.section(place[0]), place[1]

    def _cite(self, locator: Locator, section: TextSection, index: int) -> None:
        """Ordinal, question and table of the paragraph at `index` as a reader of the
        original finds them; text added by earlier items is counted as they left it."""
        filed = self._as_filed(section, index)
        if filed is None:
            _note_answer(locator, section.paragraphs, index)
            locator.printed, locator.printed_count = self._printed(section, index)
            return
        original, place = filed
        rows = [key in self.orig_rows for key in original.origins]
        locator.printed = place + 1 - sum(rows[: place + 1])
        locator.printed_count = len(rows) - sum(rows)
        _note_answer(locator, original.paragraphs, place)

    def _cite_table(self, locator: Locator, section: TextSection, index: int) -> tuple[int, int]:
        """The table holding the row at `index`, counted in the original when it is there."""
        filed = self._as_filed(section, index)
        if filed is None:
            return self._table_place(section, index)
        original, place = filed
        return _table_ordinal(original.origins, self.orig_rows, place)

    def _anchor_locator(self, section: TextSection, anchor: int) -> Locator:
        """An insertion point: after paragraph `anchor` (1-based; 0 the section's start),
        or after a table when that paragraph is one of its rows."""
        locator = self._locator(
            section.id, paragraph=anchor, paragraph_count=len(section.paragraphs)
        )
        if anchor:
            if section.origins[anchor - 1] in self.row_keys:
                _note_answer(locator, section.paragraphs, anchor - 1)
                locator.after_table, locator.table_count = self._cite_table(
                    locator, section, anchor - 1
                )
            else:
                self._cite(locator, section, anchor - 1)
        elif any(key in self.row_keys for key in section.origins):
            locator.printed_count = self._printed(section, 0)[1]
        return locator

    def _anchor(self, section_id: str, origin_of_new: dict[int, str], new_index: int) -> int:
        """Working position (1-based) of the paragraph new text follows; 0 for the start."""
        section = self.working.section(section_id)
        for j in range(new_index - 1, -1, -1):
            key = origin_of_new.get(j)
            if key and key in section.origins:
                return section.origins.index(key) + 1
        return 0

    def _position(self, key: str) -> tuple[TextSection, int]:
        for section in self.working.sections:
            if key in section.origins:
                return section, section.origins.index(key)
        raise LocatorError(f"paragraph {key} is no longer in the document")

    def _paragraph_locator(self, section: TextSection, index: int, **extra: Any) -> Locator:
        locator = self._locator(
            section.id, paragraph=index + 1, paragraph_count=len(section.paragraphs), **extra
        )
        self._cite(locator, section, index)
        return locator

    def _deleted_answer(self, old: TextSection, ops: list[_Op], index: int) -> int:
        """When the deleted paragraph is a question and the ops after it delete its whole
        answer (up to the next question or the section's end), how many answer paragraphs."""
        first = ops[index].old
        if first is None or not is_question(old.paragraphs[first]):
            return 0
        count = _deleted_after(ops, index, lambda i: is_question(old.paragraphs[i]))
        after = first + 1 + count
        ends = after >= len(old.paragraphs) or is_question(old.paragraphs[after])
        return count if count and ends else 0

    def _deleted_run(self, old: TextSection, ops: list[_Op], index: int) -> int:
        """How many of the paragraphs right after this deleted one are deleted too, outside a
        question-and-answer summary and outside tables: "the second and third paragraphs"."""
        first = ops[index].old
        if first is None or answer_position(old.paragraphs, first) is not None:
            return 0
        return _deleted_after(
            ops,
            index,
            lambda i: is_question(old.paragraphs[i]) or old.origins[i] in self.row_keys,
        )

    def _delete_paragraph(self, section_id: str, key: str, count: int = 1) -> None:
        section, index = self._position(key)
        self._emit(
            AmendmentItem(
                ItemKind.DELETE_PARAGRAPH,
                self._paragraph_locator(section, index),
                page=self._page(key),
                old_text="\n\n".join(section.paragraphs[index : index + count]),
            )
        )

    def _insert(self, section_id: str, anchor: int, texts: list[str], keys: list[str]) -> None:
        section = self.working.section(section_id)
        locator = self._anchor_locator(section, anchor)
        page = self._anchor_page(section, anchor)
        self._emit(
            AmendmentItem(
                ItemKind.INSERT_PARAGRAPH,
                locator,
                page=page,
                new_text="\n\n".join(texts),
                new_paragraphs=list(texts),
            )
        )
        section.origins[anchor : anchor + len(texts)] = keys

    def _move(self, key: str, to_section_id: str, anchor: int) -> None:
        source, index = self._position(key)
        target = self.working.section(to_section_id)
        after = anchor
        if source is target and index < anchor:
            after -= 1  # counted once the paragraph has been taken out
        count_after = len(target.paragraphs) - (1 if source is target else 0)
        locator = self._paragraph_locator(
            source,
            index,
            to_section_id=target.id,
            to_section_name=self._cited_name(target.id),
            to_section_kind=target.kind,
            to_paragraph=after,
            to_paragraph_count=count_after,
        )
        destination = target.origins.index(target.origins[anchor - 1]) if anchor else None
        if destination is not None:
            where = Locator(section_id=target.id, section_name=locator.to_section_name or "")
            self._cite(where, target, destination)
            locator.to_printed, locator.to_printed_count = where.printed, where.printed_count
        self._emit(
            AmendmentItem(
                ItemKind.MOVE_PARAGRAPH,
                locator,
                page=self._page(key),
                old_text=source.paragraphs[index],
                new_text=source.paragraphs[index],
            )
        )
        target.origins[after] = key

    def _modify(self, section_id: str, key: str, new_text: str) -> None:
        section, index = self._position(key)
        old_text = section.paragraphs[index]
        item = self._sentence_item(section, index, old_text, new_text, key)
        if item is not None:
            trial = section.paragraphs[index]
            try:
                from amendtool.core.apply import apply_sentence_item

                reproduced = apply_sentence_item(trial, item)
            except LocatorError:
                reproduced = ""
            if fold_typography(reproduced) != fold_typography(new_text):
                item = None  # the sentence item would not give the revised text exactly
        if item is None:
            item = AmendmentItem(
                ItemKind.REPLACE_PARAGRAPH,
                self._paragraph_locator(section, index),
                page=self._page(key),
                old_text=old_text,
                new_text=new_text,
                new_paragraphs=[new_text],
            )
        self._emit(item)
        section.origins[index] = key

    def _sentence_item(
        self, section: TextSection, index: int, old_text: str, new_text: str, key: str
    ) -> AmendmentItem | None:
        if similarity(fold_typography(old_text), fold_typography(new_text)) < (
            self.options.paragraph_rewrite
        ):
            return None
        old_spans = split_sentences(old_text)
        new_spans = split_sentences(new_text)
        if not old_spans:
            return None
        # a one-sentence paragraph is cited as the paragraph: a sentence added to it or a
        # few words changed in it are items of their own; anything more replaces it
        only_sentence = len(old_spans) == 1
        old_sents = [old_text[s:e] for s, e in old_spans]
        new_sents = [new_text[s:e] for s, e in new_spans]
        matcher = difflib.SequenceMatcher(
            None,
            [fold_typography(s) for s in old_sents],
            [fold_typography(s) for s in new_sents],
            autojunk=False,
        )
        changes = [op for op in matcher.get_opcodes() if op[0] != "equal"]
        if len(changes) != 1:
            return None
        tag, i1, i2, j1, j2 = changes[0]
        base = self._paragraph_locator(section, index)
        base.sentence_count = len(old_spans)
        added = " ".join(new_sents[j1:j2])
        if tag == "insert":
            base.sentence = i1
            return AmendmentItem(
                ItemKind.INSERT_SENTENCE,
                base,
                page=self._page(key, old_spans[max(i1 - 1, 0)][0]),
                new_text=added,
                new_paragraphs=[added],
            )
        if i2 - i1 != 1:
            return None
        base.sentence = i1 + 1
        page = self._page(key, old_spans[i1][0])
        removed = old_sents[i1]
        if tag == "delete":
            if only_sentence:
                return None
            return AmendmentItem(ItemKind.DELETE_SENTENCE, base, page=page, old_text=removed)
        words = self._changed_words(removed, added) if j2 - j1 == 1 else None
        if only_sentence and not words:
            return None
        if words:
            return AmendmentItem(
                ItemKind.REPLACE_WORDS,
                base,
                page=page,
                old_text=removed,
                new_text=added,
                new_paragraphs=[added],
                old_words=words[0],
                new_words=words[1],
            )
        return AmendmentItem(
            ItemKind.REPLACE_SENTENCE,
            base,
            page=page,
            old_text=removed,
            new_text=added,
            new_paragraphs=[added],
        )

    def _changed_words(self, old: str, new: str) -> tuple[str, str] | None:
        """One short change inside a sentence, widened to whole words on both sides."""
        changed = hunks(old, new)
        if not changed:
            return None
        first, last = changed[0], changed[-1]
        if len(old[first.end : last.start].split()) > 3 * (len(changed) - 1):
            return None  # separate changes in one sentence: cite the sentence
        start, end = first.start, last.end
        new_start = first.start
        new_end = end + sum(len(h.new) - len(h.old) for h in changed)
        if len(changed) == 1 and (not first.old.strip() or not first.new.strip()):
            # a pure insertion or deletion: take in the word before (or after) it
            before = old[:start].rstrip()
            if before:
                cut = len(before) - len(before.split()[-1])
                start, new_start = cut, cut
            else:
                after_words = old[end:].split()
                if not after_words:
                    return None
                extra = old.index(after_words[0], end) + len(after_words[0]) - end
                end, new_end = end + extra, new_end + extra
        before = old[:start].rstrip()
        starts_with_mark = not old[start:end].strip()[:1].isalnum() or not (
            new[new_start:new_end].strip()[:1].isalnum()
        )
        if starts_with_mark and before:
            # "final and binding" -> "final, binding …": quote from the word before the comma
            cut = len(before) - len(before.split()[-1])
            start, new_start = cut, cut
        for unit in _WHOLE_UNITS.finditer(old):
            if unit.start() < end and unit.end() > start:
                left, right = max(start - unit.start(), 0), max(unit.end() - end, 0)
                start, end = start - left, end + right
                new_start, new_end = new_start - left, new_end + right
        old_words = old[start:end].strip()
        new_words = new[new_start:new_end].strip()
        if not old_words or not new_words:
            return None
        if len(old_words.split()) + len(new_words.split()) > self.options.max_changed_words:
            return None
        return old_words, new_words

    # --- pages, notes, verification --------------------------------------------------------
    def _page(self, key: str, offset: int = 0) -> str | None:
        paragraph = self.paragraphs.get(key)
        return paragraph.page_at(offset) if paragraph else None

    def _anchor_page(self, section: TextSection, anchor: int) -> str | None:
        for position in range(anchor - 1, -1, -1):
            key = section.origins[position]
            if key and key in self.paragraphs:
                return self._page(key)
        return self._section_page(section.id)

    def _section_page(self, section_id: str) -> str | None:
        section = self.sections.get(section_id)
        return section.page if section else None

    def _note_typography(self, old: TextSection, new: TextSection, i: int, j: int) -> None:
        a, b = collapse_spaces(old.paragraphs[i]), collapse_spaces(new.paragraphs[j])
        if a != b:
            self.notes.append(
                f"{_name(old)}, paragraph {i + 1}: only quotation marks or spacing differ; "
                "no item drafted (typographic changes are not amendments)"
            )

    def _verify(self) -> None:
        if not self.working.same_text(self.rev_text):
            raise LocatorError(
                "the drafted items do not reproduce the revised text; "
                "please report this document pair"
            )


def _note_answer(locator: Locator, paragraphs: list[str], index: int) -> None:
    position = answer_position(paragraphs, index)
    if position is not None:
        locator.question = position.question
        locator.answer_paragraph = position.paragraph
        locator.answer_count = position.count


def _relabelled(before: str, after: str) -> bool:
    """The paragraph's number or letter changed, and nothing else did."""
    old_label, new_label = paragraph_label(before), paragraph_label(after)
    if not old_label or not new_label or old_label == new_label:
        return False
    return fold_typography(before[len(old_label) :]) == fold_typography(after[len(new_label) :])


def _deleted_after(ops: list[_Op], index: int, stop: Callable[[int], bool]) -> int:
    """How many ops right after `index` delete the paragraphs that follow its paragraph, up
    to the first for which `stop` (given the paragraph's index) holds."""
    first = ops[index].old
    assert first is not None
    count = 0
    for op in ops[index + 1 :]:
        if op.kind != "delete" or op.old != first + 1 + count or stop(op.old):
            break
        count += 1
    return count


def _new_heading(old: TextSection, new: TextSection) -> NewSection:
    """The original section under the revised draft's number, title and heading."""
    return NewSection(old.id, new.kind, new.number, new.title, new.heading)


def _table_ordinal(origins: list[str | None], rows: set[str], index: int) -> tuple[int, int]:
    """Which table of a section holds paragraph `index`, and how many tables it has."""
    tables, ordinal = 0, 0
    for position, key in enumerate(origins):
        if key in rows and (position == 0 or origins[position - 1] not in rows):
            tables += 1
        if position == index:
            ordinal = tables
    return ordinal, tables


def _between_rows(paragraphs: list[str], index: int) -> bool:
    """The paragraph sits between two rows of a table (rows hold their cells apart by tabs)."""
    return 0 < index < len(paragraphs) - 1 and all(
        "\t" in paragraphs[i] for i in (index - 1, index + 1)
    )


def _renumbered_runs(
    plans: list[tuple[TextSection | None, TextSection | None, list[_Op] | None]],
    restated: set[int],
) -> dict[int, list[tuple[TextSection, TextSection]]]:
    """Consecutive matched sections whose headings differ only in their number, by the
    position of the first of each run."""
    runs: dict[int, list[tuple[TextSection, TextSection]]] = {}
    start: int | None = None
    for position, (old, new, ops) in enumerate(plans):
        if (
            old
            and new
            and ops is not None
            and id(ops) not in restated
            and _only_renumbered(old, new)
        ):
            if start is None:
                start = position
                runs[start] = []
            runs[start].append((old, new))
        else:
            start = None
    return runs


def _only_renumbered(old: TextSection, new: TextSection) -> bool:
    if old.kind != "numbered" or new.kind != "numbered" or not old.number or not new.number:
        return False
    if old.number == new.number or fold_heading(old.title) != fold_heading(new.title):
        return False
    renumbered = old.heading.replace(old.number, new.number, 1)
    return fold_heading(renumbered) == fold_heading(new.heading)


def _name(section: TextSection) -> str:
    if section.kind == "front":
        return section.title or "Cover Page"
    title = quoted_title(section.title)
    return f"Section {section.number}. {title}" if section.kind == "numbered" else title


def _section_key(section: TextSection) -> str:
    if section.kind == "front":
        return "front"
    return fold_typography(quoted_title(section.title)).lower()


def _align_sections(
    old: list[TextSection], new: list[TextSection]
) -> list[tuple[TextSection | None, TextSection | None]]:
    matcher = difflib.SequenceMatcher(
        None, [_section_key(s) for s in old], [_section_key(s) for s in new], autojunk=False
    )
    out: list[tuple[TextSection | None, TextSection | None]] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            out += list(zip(old[i1:i2], new[j1:j2], strict=True))
            continue

        def same(a: TextSection, b: TextSection) -> float:
            if a.kind != b.kind:
                return 0.0
            if a.number and a.number == b.number:
                return 1.0
            return similarity(_section_key(a), _section_key(b))

        out += _monotone_pairs(old[i1:i2], new[j1:j2], same, 0.5)
    return out


def _align_paragraphs(old: TextSection, new: TextSection, options: DraftOptions) -> list[_Op]:
    a = [fold_typography(p) for p in old.paragraphs]
    b = [fold_typography(p) for p in new.paragraphs]
    ops: list[_Op] = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag == "equal":
            ops += [_Op("keep", i, j) for i, j in zip(range(i1, i2), range(j1, j2), strict=True)]
            continue
        pairs = _monotone_pairs(
            list(range(i1, i2)),
            list(range(j1, j2)),
            lambda i, j: similarity(a[i], b[j]),
            options.same_paragraph,
        )
        for i, j in pairs:
            if i is not None and j is not None:
                ops.append(_Op("modify", i, j))
            elif i is not None:
                ops.append(_Op("delete", i))
            else:
                ops.append(_Op("insert", None, j))
    return ops


def _monotone_pairs(old, new, score, threshold):  # type: ignore[no-untyped-def]
    """Pairs in order that maximise total similarity; the unpaired stand alone, in order."""
    n, m = len(old), len(new)
    best = [[0.0] * (m + 1) for _ in range(n + 1)]
    scores = [[score(old[i], new[j]) for j in range(m)] for i in range(n)]
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            pair = scores[i][j]
            take = best[i + 1][j + 1] + pair if pair >= threshold else -1.0
            best[i][j] = max(take, best[i + 1][j], best[i][j + 1])
    out = []
    i = j = 0
    while i < n and j < m:
        pair = scores[i][j]
        if pair >= threshold and best[i][j] == best[i + 1][j + 1] + pair:
            out.append((old[i], new[j]))
            i, j = i + 1, j + 1
        elif best[i][j] == best[i + 1][j]:
            out.append((old[i], None))
            i += 1
        else:
            out.append((None, new[j]))
            j += 1
    out += [(old[k], None) for k in range(i, n)]
    out += [(None, new[k]) for k in range(j, m)]
    return out


def _pair_replacements(ops: list[_Op]) -> None:
    """Where paragraphs were taken out and others put in their place, each replaces one."""
    index = 0
    while index < len(ops):
        end = index
        while end < len(ops) and ops[end].kind in ("delete", "insert"):
            end += 1
        if end > index:
            run = ops[index:end]
            deletes = [op for op in run if op.kind == "delete"]
            inserts = [op for op in run if op.kind == "insert"]
            pairs = min(len(deletes), len(inserts))
            merged = [_Op("modify", d.old, i.new) for d, i in zip(deletes, inserts, strict=False)]
            ops[index:end] = merged + deletes[pairs:] + inserts[pairs:]
            index += len(run) - pairs
        else:
            index += 1


def _find_moves(plans, options: DraftOptions) -> None:  # type: ignore[no-untyped-def]
    """A paragraph deleted in one place and inserted unchanged elsewhere has been moved."""
    deletes: dict[str, list[tuple[list[_Op], int, str, int]]] = {}
    for old, _new, ops in plans:
        for position, op in enumerate(ops):
            # a table row (its cells apart by tabs) is never moved: its table is restated
            if op.kind == "delete" and "\t" not in old.paragraphs[op.old]:
                text = fold_typography(old.paragraphs[op.old])
                if len(text) >= options.move_min_chars:
                    deletes.setdefault(text, []).append((ops, position, old.id, op.old))
    if not deletes:
        return
    for _old, new, ops in plans:
        for op in ops:
            if op.kind != "insert" or op.new is None:
                continue
            if _between_rows(new.paragraphs, op.new):
                continue  # text put inside a table: the table is restated with it
            candidates = deletes.get(fold_typography(new.paragraphs[op.new]))
            if candidates:
                source_ops, position, section_id, index = candidates.pop(0)
                source_ops[position] = _Op("moved_out")
                op.kind, op.source = "move_in", (section_id, index)
    for _old, _new, ops in plans:
        ops[:] = [op for op in ops if op.kind != "moved_out"]
