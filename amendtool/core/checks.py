"""What a careful reviewer checks before the filing goes out (SPEC §5, issue "Checks").

Every finding names the item it concerns (its letter in the filing) so the app can link to
it; errors stop `export` unless counsel overrides, warnings never do. The items against
the draft they describe are checked in item_consistency.py.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from amendtool.core.amendment import Amendment
from amendtool.core.back_end_withdrawal import check_back_end
from amendtool.core.band_ratios import check_band_ratios
from amendtool.core.built_once import built, built_once
from amendtool.core.counsel_wording_checks import check_quotation_form
from amendtool.core.example_checks import check_examples
from amendtool.core.filing_document import notice_blocks, schedule_to_blocks
from amendtool.core.filing_markup import markup_findings
from amendtool.core.findings import ERROR, NOTE, WARNING, Finding, in_letter_order
from amendtool.core.incorporation_checks import incorporation_findings
from amendtool.core.item_consistency import check_consistency, check_overlaps
from amendtool.core.items import letter
from amendtool.core.layout import Block, Role
from amendtool.core.move_checks import move_findings
from amendtool.core.note_checks import orphaned_note_findings
from amendtool.core.offer_names import entity_findings
from amendtool.core.outline_checks import outline_findings
from amendtool.core.outline_reread import phantom_findings
from amendtool.core.partial_acceptance import check_partial_acceptance
from amendtool.core.ratio_directions import check_ratio_directions
from amendtool.core.series_checks import series_findings
from amendtool.core.stale_ordinals import check_stale_ordinals
from amendtool.core.stale_terms import check_stale_terms
from amendtool.core.stale_totals import check_stale_totals
from amendtool.core.timing_checks import check_timing, timing_findings
from amendtool.core.wording_checks import check_balanced, check_exhibits, check_terms

__all__ = [
    "ERROR",
    "NOTE",
    "WARNING",
    "Finding",
    "check_consistency",
    "check_overlaps",
    "check_timing",
    "run_checks",
]


class ChecksStopped(Exception):
    """Checks given up because what they check was superseded; nothing of them is kept."""


def run_checks(amendment: Amendment, stop: Callable[[], bool] | None = None) -> list[Finding]:
    """Every finding on the amendment; once while no one edits it (`built_once`): a draft
    prints them and records them in its items.json. `stop` is asked before each check: when
    it says yes (the app's items were re-drafted meanwhile) ChecksStopped is raised rather
    than the rest run for text already replaced."""
    with built_once():  # the checks read the filing and the notice as they will be written
        return built(amendment, "checks", lambda: _run_checks(amendment, stop))


def _run_checks(amendment: Amendment, stop: Callable[[], bool] | None) -> list[Finding]:
    with built_once():
        findings: list[Finding] = []
        for check in _checks(amendment, findings):
            if stop is not None and stop():
                raise ChecksStopped
            findings += check()
    return in_letter_order(distinct(findings))


def _checks(amendment: Amendment, findings: list[Finding]) -> Iterator[Callable[[], list[Finding]]]:
    """The checks in the order they are said, one step each; `findings` holds what the
    earlier steps found when a step is taken."""
    yield lambda: outline_findings(amendment.original, amendment.revised, amendment.change_items)
    yield lambda: phantom_findings(amendment.original, amendment.change_items)
    yield lambda: check_consistency(amendment.original, amendment.revised, amendment.change_items)
    yield lambda: move_findings(amendment.original, amendment.change_items)  # "follows" itself
    yield lambda: orphaned_note_findings(amendment.original, amendment.revised)
    yield lambda: check_overlaps(amendment)
    yield lambda: check_filing_matches_notice(amendment)
    yield lambda: check_balanced(amendment)
    yield lambda: check_quotation_form(amendment)  # counsel's words outside the quotation
    yield lambda: check_exhibits(amendment)
    if amendment.kind == "extension":
        # one finding on the extension's announcement, not one per statement restated
        yield lambda: [f for f in timing_findings(amendment) if f.code != "extension"]
    elif amendment.kind != "results":  # the offer has expired by then: checked below
        yield lambda: timing_findings(amendment)
    yield lambda: series_findings(amendment)  # earlier amendments, extensions, results
    yield lambda: check_terms(amendment)
    yield lambda: incorporation_findings(amendment)
    yield lambda: entity_findings(amendment.filing)
    yield lambda: markup_findings(amendment.filing)  # "</TEXT>" pasted into an address
    yield lambda: check_stale_terms(amendment)
    yield lambda: check_stale_totals(amendment)  # "$75,000,000" for 4,000,000 Shares at $18.50
    yield lambda: check_stale_ordinals(amendment)  # "first" → "tenth business day"
    yield lambda: check_partial_acceptance(amendment)  # a discretion to accept only some
    yield lambda: check_examples(amendment)  # an example that no longer follows the ratio
    yield lambda: check_band_ratios(amendment)  # one band, two ratios
    yield lambda: check_ratio_directions(amendment)  # "1 for 2" here, "2 for 1" there
    yield lambda: check_back_end(amendment)  # Rule 13e-4(f)(2)(ii)
    from amendtool.io.edgar_ascii import ascii_findings  # what the EDGAR .txt cannot spell

    yield lambda: ascii_findings(amendment)
    if amendment.filing.notice_style == "plain":
        from amendtool.core.plain_checks import check_plain_notice

        yield lambda: check_plain_notice(amendment)
    if not any(f.code == "locator" for f in findings):
        # the redline and conformed copy are written on the original's own Word file
        from amendtool.io.review_check import review_findings

        yield lambda: review_findings(amendment)


def distinct(findings: list[Finding]) -> list[Finding]:
    """Each thing the checks say, said once: the same message at the same severity (a
    reminder two checks both give) is kept where it is first said."""
    said: set[tuple[str, str]] = set()
    out = []
    for finding in findings:
        if (finding.severity, finding.message) not in said:
            said.add((finding.severity, finding.message))
            out.append(finding)
    return out


def quoted_items(blocks: list[Block], document: str) -> list[tuple[str, str]]:
    """Each item's instruction and the new text it quotes (its rows as tab-separated
    cells): what follows an item up to the next text that is not quoted is its quotation;
    a statement quoted under another item of the form (an extension's Item 4) is not."""
    out: list[tuple[str, list[str]]] = []  # each item's quoted pieces, joined once at the end
    quoting = False
    for block in blocks:
        if block.document != document:
            continue
        if block.role is Role.ITEM:
            out.append((block.text, []))
            quoting = True
        elif quoting and block.role in _QUOTED:
            said = block.text if block.role is Role.QUOTE else "\t".join(block.cells)
            if said:
                out[-1][1].append(said)
        else:
            quoting = False
    return [(instruction, "\t".join(quoted)) for instruction, quoted in out]


_QUOTED = (Role.QUOTE, Role.TABLE_ROW, Role.TABLE_HEADER)


def check_filing_matches_notice(amendment: Amendment) -> list[Finding]:
    """The notice lists the filing's changes one for one, in order, quoting the same text
    (in a plain notice: under "The exact changes")."""
    filing = schedule_to_blocks(amendment)
    filing_items = quoted_items(filing, "filing")[: len(amendment.change_items)]
    exhibit_items = quoted_items(filing, "exhibit")
    notice_items = quoted_items(notice_blocks(amendment), "notice")
    findings = []
    if not (len(filing_items) == len(notice_items) == len(exhibit_items)):
        findings.append(
            Finding(
                ERROR,
                "notice_count",
                f"the filing has {len(filing_items)} items but the notice has {len(notice_items)}",
            )
        )
    exhibit_phrase = (
        f" of Exhibit {amendment.filing.document_exhibit} to the Tender Offer Statement"
    )
    for index, ((f_text, f_quote), (n_text, n_quote)) in enumerate(
        zip(filing_items, notice_items, strict=False)
    ):
        if f_quote != n_quote:
            findings.append(
                Finding(
                    ERROR,
                    "notice_quote",
                    f"item {letter(index)}: the notice quotes other text than the filing",
                    index,
                )
            )
        if f_text.replace(exhibit_phrase, "") != n_text:
            findings.append(
                Finding(
                    WARNING,
                    "notice_wording",
                    f"item {letter(index)}: the "
                    "notice's instruction differs from the filing's (override?)",
                    index,
                )
            )
    return findings
