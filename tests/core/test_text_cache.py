"""The same text is worked on once however often a run asks about it: its facts read, its
references masked, its sentences scored. Counted, not timed."""

from __future__ import annotations

from amendtool.core import text_cache
from amendtool.core.facts import mask_references
from amendtool.core.plain_english import readability
from amendtool.core.plain_fact_reading import facts_in
from amendtool.core.text_cache import CACHED_CHARS, LONG_KEPT, READS

TEXT = (
    "You may tender your options until 11:59 p.m., Eastern Time, on June 30, 2026, as "
    "Section 4 describes; each option with an exercise price above $20.00 is eligible."
)


def reads() -> dict[str, int]:
    return {name.rsplit(".", 1)[-1]: count for name, count in READS.items()}


def _masked(count: int) -> dict[str, int]:
    """The reads of `count` texts masked: each searched for its references once."""
    return {"mask_references": count, "reference_spans": count}


def test_a_text_asked_about_again_is_not_worked_on_again() -> None:
    text_cache.clear_caches()
    facts = facts_in(TEXT)
    masked = mask_references(TEXT)
    score = readability([TEXT, "Read this notice."])
    assert {f.kind for f in facts} >= {"date", "money"}
    assert "Section 4" not in masked and "June 30, 2026" in masked
    assert score.sentences == 2 and score.words > 20
    first = reads()
    assert first == {
        "_facts_in": 1,
        "mask_references": 1,
        "reference_spans": 1,  # found once, for the mask and for any list of them
        "_readability": 1,
        "_as_written": 2,
        "_measured": 2,
    }
    for _ in range(3):
        assert facts_in(TEXT) == facts and mask_references(TEXT) == masked
        assert readability([TEXT, "Read this notice."]) == score
    assert reads() == first


def test_a_caller_changing_its_list_of_facts_changes_no_one_elses() -> None:
    text_cache.clear_caches()
    facts = facts_in(TEXT)
    facts.clear()
    assert facts_in(TEXT)  # the kept answer is not the list handed out


def test_only_the_last_texts_longer_than_a_paragraph_are_kept() -> None:
    """A whole restated section is read once for the draft that asks about it again (its
    proposal, notice and checks: a 20,000-row table took seconds for each reading), but it
    is not kept for the session: once other long texts are asked about, it is read again."""
    text_cache.clear_caches()
    long = " ".join([TEXT] * (CACHED_CHARS // len(TEXT) + 1))
    assert len(long) > CACHED_CHARS
    assert mask_references(long) == mask_references(long)
    assert reads() == _masked(1)
    others = [f"{n} {long}" for n in range(LONG_KEPT)]
    for other in others:
        mask_references(other)
    assert reads() == _masked(1 + LONG_KEPT)
    assert mask_references(long) == mask_references(long)
    assert reads() == _masked(2 + LONG_KEPT)  # let go, then kept again
