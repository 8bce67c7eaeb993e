"""A changed term of the offer left at its old value elsewhere: the threshold lowered in
Section 1 but still "$20.00 or more" on the cover, in the summary or in the filing's own
opening (filing.toml offer.description); an extension the cover page does not repeat.

Counsel revises the offer in one place and the old value lives on in another; the check
names every paragraph (and the filing details) that still states it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import partial

from amendtool.core.amendment import Amendment
from amendtool.core.expiration_checks import place_of
from amendtool.core.expiration_readings import item_expiration_changes, paragraph_expirations
from amendtool.core.expirations import extends, time_of_day
from amendtool.core.facts import Fact, extract
from amendtool.core.filing_fields import named
from amendtool.core.findings import ERROR, WARNING, Finding
from amendtool.core.form_names import renamed_form_held
from amendtool.core.items import AmendmentItem, Materiality, letter
from amendtool.core.materiality_rules import Rules, house_rules
from amendtool.core.model import CELL_BREAK, ParagraphKind
from amendtool.core.offer_zone import message_deadline
from amendtool.core.quoted_figures import as_the_body_says
from amendtool.core.ratios import is_split_ratio
from amendtool.core.row_facts import paired_facts
from amendtool.core.segment import sentences
from amendtool.core.stale_bands import band_left_behind
from amendtool.core.stated_values import StatedValues

_TERM_KINDS = ("money", "percent", "ratio", "schedule", "count", "date")
STALE = "stale_term"  # the finding's code


@dataclass(frozen=True)
class ChangedTerm:
    """A term of the offer an item changes, its old value as compared and both as printed,
    to find where the old one is still printed."""

    index: int  # the item that changes it
    kind: str
    old: str  # the old value, as compared ("20", "0.5")
    old_text: str  # as printed
    new_text: str

    @property
    def texts(self) -> tuple[str, str]:
        return self.old_text, self.new_text


def check_stale_terms(amendment: Amendment, rules: Rules | None = None) -> list[Finding]:
    rules = rules or house_rules()
    findings: list[Finding] = []
    stated = StatedValues(amendment.revised)  # read once for every term
    for term in changed_terms(amendment.change_items, rules):
        findings += _stale_term(amendment, term, rules, stated)
    findings += _stale_expirations(amendment, rules)
    return findings + renamed_form_held(amendment) + _described_before(amendment, rules)


def _described_before(amendment: Amendment, rules: Rules) -> list[Finding]:
    """The filing details still describing the offer by a term an earlier amendment of the
    series changed: each amendment's details are given anew, and its opening would repeat
    the old value although no item of its own touches the term."""
    if amendment.series is None:
        return []
    own = {(t.kind, t.old) for t in changed_terms(amendment.change_items, rules)}
    changed: dict[tuple[str, str], tuple[int, ChangedTerm]] = {}
    for earlier in amendment.series.earlier:
        for term in changed_terms(earlier.items, rules):
            changed[(term.kind, term.old)] = (earlier.number, term)
    findings = []
    for key, (number, term) in changed.items():
        if key in own or not _states(amendment.filing.offer_description, term, rules, True):
            continue
        changed_back = any(
            t.kind == term.kind and t.new_text == term.old_text for _, t in changed.values()
        )
        if changed_back:
            continue
        findings.append(
            Finding(
                ERROR,
                STALE,
                f"Amendment No. {number} changed {term.old_text} to {term.new_text}, but the "
                f"filing details' {named('offer', 'description')} still states "
                f"{term.old_text}, and this amendment's opening would repeat it: change it in "
                "the filing details",
            )
        )
    return findings


def changed_terms(items: list[AmendmentItem], rules: Rules | None = None) -> list[ChangedTerm]:
    """The amounts, percentages, ratios, numbers of securities and eligibility dates changed
    by items classed, or proposed, as a change in the consideration or the securities sought,
    each once (the first item that changes it). Counsel's class decides the timing only: a
    term counsel calls a clarification has still changed, and its old value still misleads
    where it is left."""
    rules = rules or house_rules()
    seen: set[tuple[str, str, str]] = set()
    out: list[ChangedTerm] = []
    for index, item in enumerate(items):
        if Materiality.CONSIDERATION not in (item.materiality, item.materiality_proposed):
            continue
        term = partial(_a_term, cut_offs=_CutOffs(item, rules), rules=rules)
        for old, new in paired_facts(item, _TERM_KINDS, term):  # a table's within each cell
            if (old.kind, old.value, new.value) not in seen:
                seen.add((old.kind, old.value, new.value))
                out.append(ChangedTerm(index, old.kind, old.value, old.text, new.text))
    return out


class _CutOffs:
    """The sentences of an item on who or what is eligible, found once for the item, and
    whether each printed date stands in one, answered once for each date as printed: asked
    for every date, a grant list of 20,000 dated rows was joined, split and searched whole
    for each of its rows."""

    def __init__(self, item: AmendmentItem, rules: Rules) -> None:
        self._item, self._rules = item, rules
        self._sentences: list[str] | None = None
        self._answers: dict[str, bool] = {}

    def holds(self, printed: str) -> bool:
        """`printed` stands in a sentence of the item on who or what is eligible."""
        if printed not in self._answers:
            if self._sentences is None:
                text = f"{self._item.old_text} {self._item.new_text}"
                eligibility = self._rules.eligibility
                self._sentences = [s for s in sentences(text) if eligibility.search(s)]
            self._answers[printed] = any(printed in s for s in self._sentences)
        return self._answers[printed]


def _a_term(fact: Fact, cut_offs: _CutOffs, rules: Rules) -> bool:
    """A number of the securities sought (not a period), or a date in a sentence on who or
    what is eligible (a grant-date cut-off, not an expiration); any amount, percentage or
    ratio."""
    if fact.kind == "count":
        return fact.unit in rules.units
    if fact.kind == "date":
        return cut_offs.holds(fact.text)
    return True


def _states(text: str, term: ChangedTerm, rules: Rules, description: bool = False) -> bool:
    """A sentence of `text` states the term's old value as a term of the offer (and not
    beside its new one: "from $20.00 to $17.50" tells the change). The filing's description
    of the offer states nothing else: there any mention of the old value is the term."""
    for sentence in sentences(text):
        stated = [f for f in extract(sentence) if not is_split_ratio(sentence, f.text)]
        values = {(f.kind, f.value) for f in stated}
        if (term.kind, term.old) not in values:
            continue
        if any(f.kind == term.kind and f.text == term.new_text for f in extract(sentence)):
            continue
        if (
            description
            or term.kind in ("ratio", "count")
            or (term.kind == "percent" and rules.percentages.search(sentence))
            or rules.terms.search(sentence)
            or rules.eligibility.search(sentence)
        ):
            return True
    return False


def _stale_term(
    amendment: Amendment, term: ChangedTerm, rules: Rules, stated: StatedValues
) -> list[Finding]:
    label = f"item {letter(term.index)}"
    documents = (amendment.revised, amendment.original)
    old_text, new_text = (
        as_the_body_says(t, term.kind, (p.text for d in documents for p in d.paragraphs()))
        for t in term.texts
    )
    change = f"{label} changes {old_text} to {new_text}"
    tables = _table_of_rows(amendment)
    own = _tables_changed(amendment, tables, amendment.change_items[term.index])
    stating = [
        (section, paragraph)
        for section, paragraph in stated.stating(term.kind, term.old)
        if _states(paragraph.text, term, rules) and tables.get(id(paragraph)) not in own
    ]
    bands = [(s, p, band) for s, p in stating if (band := band_left_behind(p.text, term))]
    places = [place_of(s, p) for s, p in stating if not band_left_behind(p.text, term)]
    findings = []
    if bands:  # "$20.00 - $29.99" after a threshold lowered to $17.50
        section, paragraph, band = bands[0]
        findings.append(
            Finding(
                WARNING,
                STALE,
                f"{change}, but the offer still starts a band of a table at {old_text} "
                f"(“{band}”, {place_of(section, paragraph)}): amounts from {new_text} up "
                f"to {old_text} now fall in no row; add a row for them or change the band, "
                "or say why not",
                term.index,
            )
        )
    if places:
        findings.append(
            Finding(
                WARNING,
                STALE,
                f"{change}, but the offer still states {old_text} in "
                f"{'; '.join(places)}: change it there too, or say why it stays",
                term.index,
            )
        )
    if _states(amendment.filing.offer_description, term, rules, description=True):
        findings.append(
            Finding(
                ERROR,
                STALE,
                f"{change}, but the filing details' {named('offer', 'description')} still "
                f"states {old_text}, and the amendment's opening would repeat it: change "
                "it in the filing details",
                term.index,
            )
        )
    return findings


def _table_of_rows(amendment: Amendment) -> dict[int, tuple[str, str, int]]:
    """Each revised table row (by identity) to its table: the reader's table id, or else the
    run of rows it stands in."""
    out: dict[int, tuple[str, str, int]] = {}
    for section in amendment.revised.sections:
        start = -1
        for index, p in enumerate(section.paragraphs):
            if p.kind is not ParagraphKind.TABLE_ROW:
                start = -1
                continue
            start = index if start < 0 else start
            out[id(p)] = (section.id, p.table or "", -1 if p.table else start)
    return out


def _tables_changed(
    amendment: Amendment, tables: dict[int, tuple[str, str, int]], item: AmendmentItem
) -> set[tuple[str, str, int]]:
    """The revised tables holding a row the item changed: each of their other rows states
    its own value ("March 2, 2008 | 2 for 1" beside "August 4, 2008 | 3 for 1"), which is no
    old value left behind."""
    rows = {r for r in item.new_text.split("\n") if CELL_BREAK in r}
    return {
        tables[id(p)]
        for section in amendment.revised.sections
        for p in section.paragraphs
        if id(p) in tables and p.text in rows
    }


def _stale_expirations(amendment: Amendment, rules: Rules) -> list[Finding]:
    """An extension the rest of the offer does not repeat: a paragraph still stating the
    expiration the item moved."""
    at = time_of_day(amendment.filing)
    findings = []
    for index, moved in enumerate(item_expiration_changes(amendment, at, rules)):
        if moved is None or not extends(moved):
            continue
        old: set[dt.datetime] = {d.moment for d in moved[0]}
        places = [
            place_of(section, paragraph)
            for section, paragraph, stated in paragraph_expirations(amendment, rules)
            if old & {d.moment for d in stated}
        ]
        if places:
            was = message_deadline(amendment, max(old).astimezone(amendment.filing.zone))
            findings.append(
                Finding(
                    WARNING,
                    STALE,
                    f"item {letter(index)} extends the offer, but the offer still states the "
                    f"old expiration ({was}) in {'; '.join(places)}: change it there too",
                    index,
                )
            )
            break  # one finding names every place; the other items restate the same extension
    return findings
