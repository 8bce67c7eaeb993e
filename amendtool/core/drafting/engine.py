"""The plan: align sections and paragraphs, pick the sections to restate and the moved
paragraphs, then walk each section's ops in document order and emit its items."""

from __future__ import annotations

from collections.abc import Callable

from amendtool.core.apply import TextDocument, TextSection
from amendtool.core.closing import closing_matched
from amendtool.core.drafting.align import (
    Op,
    align_paragraphs,
    align_sections,
    pair_replacements,
    renumbered_runs,
)
from amendtool.core.drafting.citing import section_name
from amendtool.core.drafting.contents import contents_note, contents_ops
from amendtool.core.drafting.heading_marks import HeadingMarks
from amendtool.core.drafting.item_order import in_document_order
from amendtool.core.drafting.moves import find_moves
from amendtool.core.drafting.note_places import keep_notes_apart, kinds
from amendtool.core.drafting.options import DraftOptions, DraftResult
from amendtool.core.drafting.paragraphs import only_relabelled
from amendtool.core.drafting.rewrite_share import mostly_rewritten
from amendtool.core.drafting.sections import SectionItems
from amendtool.core.drafting.spans import (
    find_spans,
    keep_relined,
    unjoin_carried,
    unsplit_sentences,
)
from amendtool.core.drafting.tables import TableItems
from amendtool.core.item_kinds import ItemKind
from amendtool.core.lineage import SeriesContext
from amendtool.core.materiality import propose_all
from amendtool.core.model import HEADINGLESS, Document, is_contents_title
from amendtool.core.offer_names import offer_names_defined, party_names
from amendtool.core.text_limits import refuse_too_many_items
from amendtool.core.typography import fold_heading, fold_typography


def draft_items(
    original: Document,
    revised: Document,
    options: DraftOptions | None = None,
    series: SeriesContext | None = None,
    stop: Callable[[], bool] | None = None,
) -> DraftResult:
    """Items taking `original` to `revised`; in a series, `original` is the offer as amended
    by the earlier amendments (`series`), whose items are cited through them. `stop` is
    asked between sections: once it says yes (the draft was superseded) `Abandoned` is
    raised, so that a long draft nobody will see gives the interpreter back at once."""
    revised = closing_matched(original, revised)
    drafter = Drafter(original, revised, options or DraftOptions(), series)
    drafter.stop = stop
    result = drafter.run()
    drafter.check_stop()
    refuse_too_many_items(len(result.items), revised)
    # every item carries a proposed class and its reason
    from amendtool.core.ratio_reading import ratio_reading_for

    propose_all(
        result.items,
        parties=party_names(original, revised),
        offers=offer_names_defined(original, revised),
        ratios=ratio_reading_for(result.items, original, revised),
        offer_texts=tuple(p.text for p in original.paragraphs()),
    )
    return result


class Abandoned(Exception):
    """A draft given up because its input was superseded; nothing of it is kept."""


class Drafter(SectionItems, HeadingMarks, TableItems):
    stop: Callable[[], bool] | None = None  # see draft_items

    def check_stop(self) -> None:
        if self.stop is not None and self.stop():
            raise Abandoned

    # --- plan ---------------------------------------------------------------------------
    def run(self) -> DraftResult:
        self.check_stop()
        as_filed = self.orig_text.copy()
        self._heading_marks()
        pairs = align_sections(self.orig_text.sections, self.rev_text.sections)
        plans: list[tuple[TextSection | None, TextSection | None, list[Op] | None]] = []
        for old, new in pairs:
            self.check_stop()
            if old and new and is_contents_title(old.title):
                ops: list[Op] | None = contents_ops(old, new)
            else:
                ops = align_paragraphs(old, new, self.options) if old and new else None
                if old and new and ops and self.notes_by_key:  # an offer with notes
                    keep_notes_apart(ops, old, new, self._note_of)
            plans.append((old, new, ops))
        restated = {id(ops) for old, new, ops in plans if ops and self._restate(old, new, ops)}
        find_moves(
            [
                (o, n, ops)
                for o, n, ops in plans
                if o and ops and id(ops) not in restated and not is_contents_title(o.title)
            ],
            self.options,
            self._note_of,
        )
        for o, n, ops in plans:
            self.check_stop()
            if o and n and ops and not is_contents_title(o.title):
                rows = (self.row_keys, self.rev_rows.get(n.id, set()))
                pair_replacements(ops, o, n, kinds(o, n, self._note_of, rows))
                find_spans(ops, o, n, self.options)
                if self.notes_by_key:  # a note grown into a split or merge
                    keep_notes_apart(ops, o, n, self._note_of)
                keep_relined(ops, o, n)
                unjoin_carried(ops, o, n)  # sentences carried over a break: each paragraph
                unsplit_sentences(ops, o, n)  # split or joined at sentences: sentence items
        # which original paragraph each revised one stands for, before any item: where a
        # paragraph moved to a section not yet drafted is put (after the last paragraph of
        # a merged run, so that the move never lands inside the run)
        self.provisional = {
            o.id: {
                op.new + k: o.origins[op.old + op.old_span - 1] or ""
                for op in ops
                if op.old is not None and op.new is not None
                for k in range(op.new_span)
            }
            for o, _n, ops in plans
            if o and ops
        }
        # a box Word numbered on by a box put in before it is still the box as filed
        self.boxes.identify(
            (f"rev:{n.id}:{new}", self.provisional[o.id][new])
            for o, n, ops in plans
            if o and n and ops
            for new in self.provisional[o.id]
        )
        runs = renumbered_runs(plans, restated)
        renumbered = {id(old) for run in runs.values() for old, _ in run}
        restyled: list[str] = []  # headings that differ only in capitals or a final stop
        previous_id: str | None = None
        for position, (old, new, ops) in enumerate(plans):
            self.check_stop()
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
                if note := contents_note(old, new, ops):
                    self.notes.append(note)
                previous_id = old.id
                continue
            if id(ops) in restated:
                self._replace_section(old, new)
            else:
                retitled = fold_heading(old.heading) != fold_heading(new.heading)
                if retitled and id(old) not in renumbered:
                    self._retitle(old, new)
                elif not retitled and fold_typography(old.heading) != fold_typography(new.heading):
                    restyled.append(section_name(old, self.capitals))
                self._section_ops(old, new, ops)
            previous_id = old.id
        if restyled:
            self.notes.append(
                f"{len(restyled)} heading(s) differ only in capitals or a final stop "
                f"({restyled[0]}{', …' if len(restyled) > 1 else ''}); not amended"
            )
        self._verify()
        self._place_deleted_namesakes(as_filed)
        return DraftResult(in_document_order(as_filed, self.rev_text, self.items), self.notes)

    def _place_deleted_namesakes(self, as_filed: TextDocument) -> None:
        """A section deleted where it stood and inserted elsewhere under the same heading (a
        section moved) is cited with the section it followed as filed: "Section 11 has been
        deleted" after "Section 11 has been inserted after Section 9" did not say which."""
        added = {i.locator.section_name for i in self.items if i.kind is ItemKind.ADD_SECTION}
        if not added:
            return
        ids = [s.id for s in as_filed.sections]
        place = {section_id: at for at, section_id in enumerate(ids)}
        for item in self.items:
            loc = item.locator
            if item.kind is not ItemKind.DELETE_SECTION or loc.section_name not in added:
                continue
            at = place.get(loc.section_id, 0)
            if at > 0:
                loc.after_section_id = ids[at - 1]
                loc.after_section_name = self._cited_name(ids[at - 1])

    def _note_of(self, key: str) -> str | None:
        """The note kind of a paragraph by its key; None for body text."""
        note = self.notes_by_key.get(key)
        return note[0] if note else None

    def _restate(self, old: TextSection | None, new: TextSection | None, ops: list[Op]) -> bool:
        assert old and new
        # notes are cited by their marks, not counted among the paragraphs
        olds = sum(key not in self.notes_by_key for key in old.origins)
        news = sum(f"rev:{new.id}:{j}" not in self.notes_by_key for j in range(len(new.paragraphs)))
        total = max(olds, news)
        if old.kind in HEADINGLESS or total < self.options.section_rewrite_min:
            return False
        if is_contents_title(old.title) or all(op.kind == "keep" for op in ops):
            return False
        return mostly_rewritten(old, new, ops, self.options.section_rewrite_share)

    def _section_ops(self, old: TextSection, new: TextSection, ops: list[Op]) -> None:
        origin_of_new = self.origin_maps.setdefault(old.id, {})
        self._rows_beside_their_table(old, new, ops)
        inserted = (f"rev:{new.id}:{op.new}" for op in ops if op.kind == "insert")
        self.marks_added = {self.notes_by_key[k][1] for k in inserted if k in self.notes_by_key}
        self.marks_deferred = {}
        relabelled = [
            op
            for op in ops
            if op.kind == "modify"
            and op.old is not None
            and op.new is not None
            and old.origins[op.old] not in self.row_keys  # a table's rows go with the table
            and only_relabelled(old.paragraphs[op.old], new.paragraphs[op.new])
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
            if op.kind == "keep" and (op.old_span > 1 or op.new_span > 1):
                assert op.old is not None and op.new is not None  # the same words relined
                for k in range(op.new_span):
                    origin_of_new[op.new + k] = old.origins[op.old + op.old_span - 1] or ""
            elif op.kind == "keep":
                assert op.old is not None and op.new is not None
                origin_of_new[op.new] = old.origins[op.old] or ""
                self._note_typography(old, new, op.old, op.new)
            elif op.kind == "modify" and (op.old_span > 1 or op.new_span > 1):
                self._replace_span(old, new, op, origin_of_new)
            elif op.kind == "modify" and self._row_alone(old, new, op, origin_of_new):
                pass  # a row cited on its own: by its cell or its name, never as a paragraph
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
            elif op.kind == "move_out":  # one paragraph, or a run moved together
                assert op.old is not None and op.target is not None
                together = self._moved_run(old, ops, index)
                keys = [old.origins[op.old + k] or "" for k in range(together)]
                target_id, place = op.target
                self._move(keys, target_id, self._move_anchor(target_id, place))
                self.origin_maps.setdefault(target_id, {}).update(
                    (place + k, key) for k, key in enumerate(keys)
                )
                index += together - 1
            elif op.kind == "move_in":
                pass  # drafted where the paragraph was taken out (move_out)
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
        self._flush_marks()
