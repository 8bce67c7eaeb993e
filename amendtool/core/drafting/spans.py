"""Splits and merges: a paragraph broken in two (or more), or paragraphs run together into
one, is one replacement that quotes what they became, when the pieces together say what
the paragraph said."""

from __future__ import annotations

from amendtool.core.apply import SENTENCE_END, TextSection
from amendtool.core.diffing import DELETE, WORK, common_words, similarity, word_diff
from amendtool.core.drafting.align import Op
from amendtool.core.drafting.options import DraftOptions
from amendtool.core.locate import answer_position, is_question
from amendtool.core.typography import fold_typography

_GAIN = 0.15  # how much more alike the pieces together must read to be a split or merge
_LEAST = _GAIN + 1e-9  # a pair less alike than paragraph_rewrite - _GAIN needs no score


def find_spans(ops: list[Op], old: TextSection, new: TextSection, options: DraftOptions) -> None:
    """A paragraph split in two (or more), or paragraphs merged into one, is one replacement
    quoting what they became: the pieces together say what the paragraph said."""
    index = 0
    while index < len(ops):
        op = ops[index]
        if op.kind == "modify" and op.old is not None and op.new is not None:
            _grow(ops, index, old, new, options)
        index += 1


def keep_relined(ops: list[Op], old: TextSection, new: TextSection) -> None:
    """A split or merge whose pieces say the same words, broken only inside a sentence
    ("OFFER TO EXCHANGE … COMMON STOCK" over "FOR NEW OPTIONS", a title read from text
    wrapped to another width), is layout and kept: never an item. Two sentences made two
    paragraphs (or one) remain counsel's break, and an item."""
    for op in ops:
        if op.kind != "modify" or op.old is None or op.new is None:
            continue
        if op.old_span == 1 and op.new_span == 1:
            continue
        olds = old.paragraphs[op.old : op.old + op.old_span]
        news = new.paragraphs[op.new : op.new + op.new_span]
        if _joined(olds, 0, len(olds)).split() != _joined(news, 0, len(news)).split():
            continue
        if any(p.rstrip().endswith(SENTENCE_END) for p in olds[:-1] + news[:-1]):
            continue
        op.kind = "keep"


def unjoin_carried(ops: list[Op], old: TextSection, new: TextSection) -> None:
    """A run of changed paragraphs that say the very same words, as many before as after,
    broken only after sentences: sentences carried over breaks ("… in trust (Sec. 4)." now
    opening the next paragraph, the same again in each paragraph after). Each paragraph is
    drafted with its own: a sentence taken out of one and put in the next, word for word,
    rather than paragraphs restated, split, deleted or put in."""
    start = 0
    while start < len(ops):
        end = start
        while end < len(ops) and ops[end].kind in _CHANGED:
            end += 1
        if end == start:
            start += 1
            continue
        spans = _ranges(ops[start:end])
        if spans is not None and _carried(spans, old, new):
            (first_old, count), (first_new, _count) = spans
            ops[start:end] = [Op("modify", first_old + k, first_new + k) for k in range(count)]
            end = start + count
        start = end


_CHANGED = ("modify", "insert", "delete")


def unsplit_sentences(ops: list[Op], old: TextSection, new: TextSection) -> None:
    """A paragraph split in two (or more) at sentence breaks, or paragraphs joined there,
    the words the very same: the paragraph keeps its largest piece and loses (or gains)
    whole sentences, cited as counsel cite them ("The last two sentences of the second
    paragraph … have been deleted"), and each other piece is a paragraph put in (or
    deleted), rather than the paragraphs restated whole for a change of no word."""
    index = 0
    while index < len(ops):
        op = ops[index]
        index += 1
        if op.kind != "modify" or op.old is None or op.new is None:
            continue
        if (op.old_span > 1) == (op.new_span > 1):
            continue  # one paragraph alone, or several made several: left as it is
        olds = list(range(op.old, op.old + op.old_span))
        news = list(range(op.new, op.new + op.new_span))
        if not _carried_whole(olds, news, old, new):
            continue
        if op.new_span > 1:  # split: the largest piece is the paragraph; the others put in
            keep = max(news, key=lambda j: (len(new.paragraphs[j].split()), -j))
            made = [Op("insert", None, j) for j in news if j != keep]
            pair = Op("modify", op.old, keep)
        else:  # joined: the largest paragraph gains the others' sentences; they go
            keep = max(olds, key=lambda i: (len(old.paragraphs[i].split()), -i))
            made = [Op("delete", i, None) for i in olds if i != keep]
            pair = Op("modify", keep, op.new)
        before = [o for o in made if (o.old if o.old is not None else o.new or 0) < keep]
        after = [o for o in made if o not in before]
        ops[index - 1 : index] = [*before, pair, *after]
        index += len(made)


def _carried_whole(olds: list[int], news: list[int], old: TextSection, new: TextSection) -> bool:
    """The paragraphs on each side say the very same words, all prose, and each of them but
    the last ends a sentence."""
    if not all(_prose(old.paragraphs, i) for i in olds):
        return False
    if not all(_prose(new.paragraphs, j) for j in news):
        return False
    before = [old.paragraphs[i] for i in olds]
    after = [new.paragraphs[j] for j in news]
    if _joined(before, 0, len(before)).split() != _joined(after, 0, len(after)).split():
        return False
    return all(p.rstrip().endswith(SENTENCE_END) for p in before[:-1] + after[:-1])


def _ranges(run: list[Op]) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The original paragraphs and the revised ones a run of ops covers (first, count),
    when each side is one unbroken range."""
    olds = [i for op in run if op.old is not None for i in range(op.old, op.old + op.old_span)]
    news = [j for op in run if op.new is not None for j in range(op.new, op.new + op.new_span)]
    if not olds or not news:
        return None
    if olds != list(range(olds[0], olds[0] + len(olds))):
        return None
    if news != list(range(news[0], news[0] + len(news))):
        return None
    return (olds[0], len(olds)), (news[0], len(news))


def _carried(
    spans: tuple[tuple[int, int], tuple[int, int]], old: TextSection, new: TextSection
) -> bool:
    (first_old, old_count), (first_new, new_count) = spans
    if old_count != new_count or old_count < 2:
        return False
    olds = old.paragraphs[first_old : first_old + old_count]
    news = new.paragraphs[first_new : first_new + new_count]
    if not all(_prose(olds, k) and _prose(news, k) for k in range(old_count)):
        return False
    if _joined(olds, 0, len(olds)).split() != _joined(news, 0, len(news)).split():
        return False
    return all(p.rstrip().endswith(SENTENCE_END) for p in olds[:-1] + news[:-1])


def _grow(
    ops: list[Op], index: int, old: TextSection, new: TextSection, options: DraftOptions
) -> None:
    """Take into the pair at `index` the inserted (or deleted) paragraphs beside it while
    the pieces together read more like the other side than the one piece alone."""
    op = ops[index]
    assert op.old is not None and op.new is not None
    olds, news = old.paragraphs, new.paragraphs
    if not (_prose(olds, op.old) and _prose(news, op.new)):
        return
    # below `_least` the pair's own likeness does not matter (a trial must reach
    # `paragraph_rewrite` anyway): a replacement by unrelated text is then not diffed
    current = similarity(
        _joined(olds, op.old, 1), _joined(news, op.new, 1), options.paragraph_rewrite - _LEAST
    )
    steps, step_at = [1, -1], 0
    while step_at < len(steps):
        step = steps[step_at]
        step_at += 1
        while 0 <= index + step < len(ops):
            other = ops[index + step]
            new_first, new_span = op.new, op.new_span
            old_first, old_span = op.old, op.old_span
            if other.kind == "insert" and other.new is not None and _prose(news, other.new):
                if other.new != (op.new + op.new_span if step > 0 else op.new - 1):
                    break
                new_first, new_span = min(op.new, other.new), op.new_span + 1
            elif other.kind == "delete" and other.old is not None and _prose(olds, other.old):
                if other.old != (op.old + op.old_span if step > 0 else op.old - 1):
                    break
                if answer_position(olds, other.old) is not None:
                    break  # answers in a question-and-answer summary are not merged
                old_first, old_span = min(op.old, other.old), op.old_span + 1
            else:
                break
            # the pieces together saying the very words is always alike enough (a sentence
            # carried over a break, the paragraph it left one short sentence)
            needed = min(max(current + _GAIN, options.paragraph_rewrite), 1.0)
            WORK.span_trials += 1
            before, after = _joined(olds, old_first, old_span), _joined(news, new_first, new_span)
            trial = similarity(before, after, needed)
            if trial < needed and not _split_there(op, other, olds, news, current, options):
                break
            trial = trial if trial >= needed else similarity(before, after)
            op.old, op.old_span, op.new, op.new_span = old_first, old_span, new_first, new_span
            current = trial
            del ops[index + step]
            if step < 0:
                index -= 1
                # what follows is tried again: with the paragraph before taken in, the
                # pieces together may now say its words (a sentence carried down a break)
                steps[2:] = [1]


def _split_there(
    op: Op, other: Op, olds: list[str], news: list[str], current: float, options: DraftOptions
) -> bool:
    """The paragraph beside the pair holds most of the words the pair lost: the paragraph
    was split there (an inserted one took its last sentences, and may add some), or merged
    from there (a deleted one gave its words), though the pair alone already reads alike."""
    assert op.old is not None and op.new is not None
    pair_old, pair_new = _joined(olds, op.old, op.old_span), _joined(news, op.new, op.new_span)
    if other.kind == "insert" and other.new is not None:
        whole, part, piece = pair_old, pair_new, _joined(news, other.new, 1)
        first = other.new < op.new
    elif other.kind == "delete" and other.old is not None:
        whole, part, piece = pair_new, pair_old, _joined(olds, other.old, 1)
        first = other.old < op.old
    else:
        return False
    lost = " ".join(t for kind, t in word_diff(whole, part) if kind == DELETE)
    count = len(lost.split())
    if count < _FEWEST_LOST or common_words(lost, piece) < _CARRIED * count:
        return False
    joined = f"{piece} {part}" if first else f"{part} {piece}"
    trial = similarity(whole, joined, options.paragraph_rewrite)
    return trial >= options.paragraph_rewrite and trial > current


_FEWEST_LOST = 4  # words a split must move: fewer are an edit of the paragraph
_CARRIED = 0.6  # this share of them in the paragraph beside: it was split (or merged) there


def _joined(texts: list[str], first: int, count: int) -> str:
    return fold_typography(" ".join(texts[first : first + count]))


def _prose(texts: list[str], position: int) -> bool:
    """A paragraph of text: not a table row, not a question of a Q&A summary."""
    return "\t" not in texts[position] and not is_question(texts[position])
