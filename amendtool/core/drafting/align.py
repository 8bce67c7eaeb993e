"""Aligning the original with the revision: sections by title then number, paragraphs by
content; the result is a list of ops per section (keep, modify, delete, insert, move_in)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from amendtool.core.apply import TextSection
from amendtool.core.diffing import WORK, may_reach, similarity
from amendtool.core.drafting.options import DraftOptions
from amendtool.core.drafting.pairing import heaviest_chain, pair_run, replacements
from amendtool.core.model import quoted_title
from amendtool.core.text_cache import bounded_cache
from amendtool.core.typography import fold_heading, fold_typography
from amendtool.core.unit_alignment import aligned_opcodes, common_ends

Kind = Callable[[int], str | None]  # the kind of a section's paragraph: None for body text


@dataclass
class Op:
    """One step of the alignment of a section's paragraphs: kept, changed, deleted, inserted
    or moved in, with where it stands in each version."""

    kind: str  # keep modify delete insert move_in
    old: int | None = None
    new: int | None = None
    source: tuple[str, int] | None = None  # move_in: original section id and paragraph index
    # move_out: the section the paragraph moves to and its place in the revised section
    target: tuple[str, int] | None = None
    # modify: paragraphs merged into one (old_span) or one split into several (new_span)
    old_span: int = 1
    new_span: int = 1

    def copy(self) -> Op:
        """A copy for one draft to change: made for every op of every section on each draft,
        field by field (a third of the cost of `dataclasses.replace`, which looks the fields
        up each time)."""
        return Op(
            self.kind, self.old, self.new, self.source, self.target, self.old_span, self.new_span
        )


def renumbered_runs(
    plans: list[tuple[TextSection | None, TextSection | None, list[Op] | None]],
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


def _section_key(section: TextSection) -> str:
    if section.kind == "front":
        return "front"
    return fold_typography(quoted_title(section.title)).lower()


def align_sections(
    old: list[TextSection], new: list[TextSection]
) -> list[tuple[TextSection | None, TextSection | None]]:
    out: list[tuple[TextSection | None, TextSection | None]] = []
    for tag, i1, i2, j1, j2 in aligned_opcodes(
        [_section_key(s) for s in old], [_section_key(s) for s in new]
    ):
        if tag == "equal":
            out += list(zip(old[i1:i2], new[j1:j2], strict=True))
            continue

        def same(a: TextSection, b: TextSection) -> float:
            if a.kind != b.kind:
                return 0.0
            if a.number and a.number == b.number:
                return 1.0
            titled = similarity(_section_key(a), _section_key(b), floor=0.5)
            return titled if titled >= 0.5 else _same_body(a, b)

        olds, news = old[i1:i2], new[j1:j2]
        WORK.pairs_compared += len(olds) * len(news)
        scored = [
            (i, j, score)
            for i, a in enumerate(olds)
            for j, b in enumerate(news)
            if (score := same(a, b)) >= 0.5
        ]
        i = j = 0
        for p, q in [*heaviest_chain(scored), (len(olds), len(news))]:
            out += [(section, None) for section in olds[i:p]]
            out += [(None, section) for section in news[j:q]]
            if p < len(olds):
                out.append((olds[p], news[q]))
            i, j = p + 1, q + 1
    return out


def _same_body(old: TextSection, new: TextSection) -> float:
    """A section whose heading alone was reworded ("Risk Factors" → "Risks of Participating
    in the Offer") is the same section retitled: its paragraphs, most of them kept, say so
    where its title cannot (1.0 when they are all kept, else how alike they are)."""
    if not old.paragraphs or not new.paragraphs:
        return 0.0
    a = [fold_typography(p) for p in old.paragraphs]
    b = [fold_typography(p) for p in new.paragraphs]
    if a == b:
        return 1.0
    return similarity(" ".join(a), " ".join(b), floor=_SAME_BODY)


_SAME_BODY = 0.8  # this share of a section's words kept: the same section, whatever its title


def align_paragraphs(old: TextSection, new: TextSection, options: DraftOptions) -> list[Op]:
    """The section's ops, worked out once for the same paragraphs: the app drafts again
    after each pause in typing, and every section counsel did not touch since is aligned
    as before without comparing a paragraph (later steps change the ops they are given,
    so each draft gets its own copies)."""
    key = (tuple(old.paragraphs), tuple(new.paragraphs), options.same_paragraph)
    return [op.copy() for op in _aligned(key)]


@bounded_cache(4096)
def _aligned(key: tuple[tuple[str, ...], tuple[str, ...], float]) -> tuple[Op, ...]:
    old, new, threshold = key
    return tuple(_align(list(old), list(new), threshold))


def clear_caches() -> None:
    """For benchmarks that measure a first, cold draft."""
    _aligned.cache_clear()


def _align(paragraphs: list[str], revised: list[str], threshold: float) -> list[Op]:
    """Unchanged paragraphs anchor the alignment; in each run of changed ones between them,
    the same paragraphs edited are paired by content (`pairing.pair_run`), the rest are
    deleted or inserted (paired as replacements later, once moves are known)."""
    a = [fold_typography(p) for p in paragraphs]
    b = [fold_typography(p) for p in revised]

    def alike(x: str, y: str) -> float:
        # asked only of pairs that may pass (pair_run): bounded once, there, then diffed
        return similarity(x, y)

    def may_pass(x: str, y: str) -> bool:
        # below the floor, similarity says 0.0 without a diff: short of a positive threshold
        return threshold <= 0 or may_reach(x, y, threshold)

    # the paragraphs alike at the start and at the end are kept without asking difflib,
    # whose matching grows with the square of a long run of repeated paragraphs
    head, tail = common_ends(a, b)
    ops: list[Op] = [Op("keep", i, i) for i in range(head)]
    middle = aligned_opcodes(a[head : len(a) - tail], b[head : len(b) - tail])
    for tag, i1, i2, j1, j2 in (
        (tag, i1 + head, i2 + head, j1 + head, j2 + head) for tag, i1, i2, j1, j2 in middle
    ):
        if tag == "equal":
            ops += [Op("keep", i, j) for i, j in zip(range(i1, i2), range(j1, j2), strict=True)]
            continue
        pairs = pair_run(a[i1:i2], b[j1:j2], threshold, alike, may_pass)
        i, j = i1, j1
        for pi, pj in [*((i1 + p, j1 + q) for p, q in pairs), (i2, j2)]:
            ops += [Op("delete", k) for k in range(i, pi)]
            ops += [Op("insert", None, k) for k in range(j, pj)]
            if pi < i2:
                ops.append(Op("modify", pi, pj))
            i, j = pi + 1, pj + 1
    ops += [Op("keep", len(a) - tail + k, len(b) - tail + k) for k in range(tail)]
    return ops


def pair_replacements(
    ops: list[Op],
    old: TextSection,
    new: TextSection,
    kinds: tuple[Kind, Kind] = (lambda i: None, lambda j: None),
) -> None:
    """Where paragraphs were taken out and others put in their place, each of the fewer
    replaces the one of its kind (`kinds`: of the original's and of the revision's
    paragraph at an index; body text or a note) it most resembles; ops stay in the order
    of the document."""
    of_old, of_new = kinds
    index = 0
    while index < len(ops):
        end = index
        while end < len(ops) and ops[end].kind in ("delete", "insert"):
            end += 1
        if end == index:
            index += 1
            continue
        run = ops[index:end]
        deletes = [op for op in run if op.kind == "delete"]
        inserts = [op for op in run if op.kind == "insert"]
        olds, news = [op.old or 0 for op in deletes], [op.new or 0 for op in inserts]
        pairs = replacements(
            [fold_typography(old.paragraphs[i]) for i in olds],
            [fold_typography(new.paragraphs[j]) for j in news],
            ([of_old(i) for i in olds], [of_new(j) for j in news]),
        )
        ordered: list[Op] = []
        d = n = 0
        for p, q in [*pairs, (len(deletes), len(inserts))]:
            ordered += deletes[d:p] + inserts[n:q]
            if p < len(deletes):
                ordered.append(Op("modify", deletes[p].old, inserts[q].new))
            d, n = p + 1, q + 1
        ops[index:end] = ordered
        index += len(ordered)
