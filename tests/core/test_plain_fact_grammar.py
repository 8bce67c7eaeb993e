"""Every "The … is now …" sentence of the plain notice reads as English: its name is a noun
phrase (never a clause cut at "for at least" or "over"), a count names what it counts ("the
number of shares we will buy in the offer", not "the number of shares"), and a ratio is said
as what one receives, never "The ratio is now 3 options". Checked over every name the firm's
resources give a figure, and over sentences of many shapes; where the tool cannot name a
figure, counsel does (a marked placeholder)."""

from __future__ import annotations

import re
import tomllib

from hypothesis import given, settings
from hypothesis import strategies as st

from amendtool.core.materiality_rules import house_rules
from amendtool.core.plain_facts import FactChange, fact_changes
from amendtool.core.plain_summary import fact_sentences
from amendtool.core.wording import house_wording
from amendtool.resources import resource_path

# a name never ends with one of these: it would be a clause cut short, not a noun phrase
_DANGLING = frozenset(
    """a an the and or of for to at by in on over with within during than least most up we
    you they it may will can must shall would should is are be been per which that each""".split()
)
_SAID = re.compile(
    r"^The (?P<name>.+?) (?P<verb>is|are) now (?P<new>.+?)\. (?:It was|They were) (?P<old>.+)\.$"
)
_COUNTED = re.compile(r"^(?:minimum |maximum )?number of (?P<rest>.+)$")


def reads_as_english(sentence: str) -> str:
    """'' when the sentence reads as English, else why not."""
    if "[" in sentence:
        return ""  # counsel names it: the placeholder says so
    said = _SAID.match(sentence)
    if said is None:
        return ""  # not a "The … is now …" sentence (a ratio, a table's own labels)
    name = said["name"]
    words = name.split()
    if words[-1].lower().strip(",") in _DANGLING:
        return f"the name ends with {words[-1]!r}"
    if "at least" in name or "at most" in name or "up to" in name:
        return "a bound is inside the name"
    if re.fullmatch(r"(?:exchange )?ratio", name):
        return "a ratio is said as a figure"
    counted = _COUNTED.match(name)
    if counted and len(counted["rest"].split()) < 2:
        return "the number does not say what it counts"
    return ""


def _said(kind: str, label: str, old: str, new: str) -> list[str]:
    change = FactChange(kind, old, new, label, True, 1, "")
    return fact_sentences([change], house_wording())


def _names() -> list[tuple[str, str]]:
    data = tomllib.loads(resource_path("plain", "meanings.toml").read_text(encoding="utf-8"))
    names = [(str(r["kind"]), str(r["label"])) for r in data.get("name", [])]
    names += [(k, m.name.removeprefix("the ")) for m in house_rules().measures for k in m.kinds]
    return names


_VALUES = {
    "date": ("March 1, 2026", "April 1, 2026"),
    "money": ("$4.25", "$4.75"),
    "percent": ("15%", "20%"),
    "count": ("1,250,000", "1,400,000"),
    "time": ("5:00 p.m.", "6:00 p.m."),
}


def test_every_name_the_resources_give_a_figure_reads_as_english() -> None:
    names = _names()
    assert len(names) > 5
    for kind, label in names:
        old, new = _VALUES.get(kind, ("12", "15"))
        for sentence in _said(kind, label.replace("{counted}", "shares"), old, new):
            assert reads_as_english(sentence) == "", (label, sentence)


SUBJECTS = ["We", "You", "Each New RSU", "The offer", "Each holder", "Options"]
VERBS = [
    "may extend the offer",
    "will vest",
    "will receive",
    "must deliver the form",
    "will purchase",
    "may be exercised",
    "will be paid",
]
PREPOSITIONS = ["", "for ", "over ", "within ", "during ", "by "]
BOUNDS = ["", "at least ", "up to ", "no more than ", "not less than "]
UNITS = ["business days", "years", "months", "shares", "options", "Shares"]


@settings(max_examples=120, deadline=None, derandomize=True)
@given(
    st.sampled_from(SUBJECTS),
    st.sampled_from(VERBS),
    st.sampled_from(PREPOSITIONS),
    st.sampled_from(BOUNDS),
    st.sampled_from(UNITS),
    st.sampled_from([(5, 10), (3, 2), (1250000, 1400000)]),
)
def test_a_changed_count_in_any_sentence_is_named_as_english(
    subject: str, verb: str, preposition: str, bound: str, unit: str, numbers: tuple[int, int]
) -> None:
    old_n, new_n = (f"{n:,}" for n in numbers)
    frame = f"{subject} {verb} {preposition}{bound}{{}} {unit}."
    changes, _ = fact_changes(frame.format(old_n), frame.format(new_n))
    for sentence in fact_sentences(changes, house_wording()):
        assert reads_as_english(sentence) == "", (frame, sentence)


def test_the_sentences_testers_found_read_as_english() -> None:
    cases = [
        ("We may extend the offer for at least {} business days.", "5", "10"),
        ("Each New RSU will vest over {} years.", "three", "two"),
        (
            "Options to purchase up to {} shares of our common stock are eligible.",
            "1,250,000",
            "1,400,000",
        ),
        ("Options will be exchanged at a ratio of {} options for 1 New RSU.", "4", "3"),
        (
            "On the terms of the offer, we will purchase up to {} Shares properly tendered.",
            "4,000,000",
            "4,500,000",
        ),
    ]
    for frame, old, new in cases:
        changes, _ = fact_changes(frame.format(old), frame.format(new))
        (sentence, *_) = fact_sentences(changes, house_wording())
        assert reads_as_english(sentence) == "", sentence
        assert "[" not in sentence, sentence  # each of these the tool can name itself


def test_a_count_its_sentence_calls_a_ratio_is_left_to_counsel() -> None:
    frame = "Options will be exchanged at a ratio of {} options."
    changes, _ = fact_changes(frame.format("3"), frame.format("4"))
    (sentence,) = fact_sentences(changes, house_wording())
    assert sentence.startswith("The [name this"), sentence
