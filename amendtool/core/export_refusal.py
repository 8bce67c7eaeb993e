"""Why export must not finish, and what counsel does about it: a placeholder for counsel
left in the notice, counsel's plain paragraph still to read again or stating a figure its
change does not make (the old value as the new, a value neither text has), or an expiration the
offer does not state or that is no business day (checks find these; export and `check`
say them in these words)."""

from __future__ import annotations

from amendtool.core.amendment import Amendment
from amendtool.core.checks import ERROR, Finding
from amendtool.core.expiration_checks import DISAGREES, NOT_BUSINESS_DAY

PLACEHOLDER = "placeholder"  # the finding's code: export refuses while one is left
# counsel's paragraph kept from an earlier version of the change: an error while the tool's
# paragraph in its place still has a placeholder (export refuses), else a warning
READ_AGAIN = "plain_stale"
WRONG_FIGURE = "plain_facts"  # counsel's paragraph against its change's figures
SHARED = "plain_shared"  # counsel's paragraph not printed: another item's shares its place


def export_refusal(findings: list[Finding], amendment: Amendment | None = None) -> str | None:
    """Why export must not go on, whatever counsel has weighed: a placeholder for counsel is
    never meant to reach the notice's readers (names the items whose paragraphs are still
    to write; the notice named for `amendment`'s offer), and no output may state an
    expiration the offer does not."""
    reasons = []
    if _an_error(findings, DISAGREES):
        reasons.append(
            "the filing details and the offer state different expirations; make them the "
            "same (offer.expiration, or the offer's text)"
        )
    if _an_error(findings, NOT_BUSINESS_DAY):
        reasons.append(
            "the offer expires on a day that is not a business day; move the expiration "
            "(offer.expiration and the offer's text)"
        )
    unfinished = list(dict.fromkeys(_where(f) for f in findings if f.code == PLACEHOLDER))
    if unfinished:
        # only items: counsel writes their paragraphs; else each place named is written over
        what = "those paragraphs" if all(w.startswith("item ") for w in unfinished) else "each"
        reasons.append(
            f"the {_notice_of(amendment)} still has a placeholder for counsel in "
            f"{', '.join(unfinished)}; write {what} first"
        )
    unread = list(dict.fromkeys(f.label for f in findings if _to_read_again(f)))
    if unread:
        reasons.append(
            f"counsel's plain paragraph in {', '.join(unread)} is to be read again (written "
            "before the change last changed); keep it or write it again first"
        )
    wrong = list(dict.fromkeys(f.label for f in findings if _an_error([f], WRONG_FIGURE)))
    if wrong:
        reasons.append(
            f"counsel's plain paragraph in {', '.join(wrong)} states what is not so: a figure "
            "its change does not make, a wrong weekday or zone, a change told the wrong way "
            "round or the opposite of its words (see Checks); correct it first"
        )
    unprinted = list(dict.fromkeys(f.label for f in findings if _an_error([f], SHARED)))
    if unprinted:
        reasons.append(
            f"counsel's plain paragraph in {', '.join(unprinted)} is not printed: another item "
            "of the same paragraph holds counsel's paragraph too; keep one (see Checks)"
        )
    return f"export refused: {'; and '.join(reasons)}" if reasons else None


def _where(finding: Finding) -> str:
    """Where a placeholder stands, as the refusal names it: its item, else the filing detail
    or the notice's part its message names ("the notice's headline … (wording file …)")."""
    if finding.item is not None:
        return finding.label
    return finding.message.split(" still has a placeholder", 1)[0]


def _an_error(findings: list[Finding], code: str) -> bool:
    """A finding of `code` stands as an error: the refusal gives its reason and the advice
    its remedy, both from this one test, so advice never names a reason that does not hold."""
    return any(f.code == code and f.severity == ERROR for f in findings)


def _to_read_again(finding: Finding) -> bool:
    """Counsel's paragraph, to read again, where the notice would otherwise say a placeholder."""
    return finding.code == READ_AGAIN and finding.severity == ERROR


def _notice_of(amendment: Amendment | None) -> str:
    from amendtool.core.offer_names import NEUTRAL_NOTICE, notice_called

    if amendment is None:
        return NEUTRAL_NOTICE
    return notice_called(
        amendment.wording, amendment.filing.document_title, amendment.filing.notice_to
    )


def export_advice(findings: list[Finding]) -> str:
    """What counsel does about each reason export_refusal gives, and only those: advice
    for a reason that does not hold sends counsel looking for a problem that is not there."""
    advice = []
    if _an_error(findings, DISAGREES):
        advice.append(
            "Make the expiration in Edit ▸ Filing Details the one the offer states, or "
            "correct the offer's text."
        )
    if _an_error(findings, NOT_BUSINESS_DAY):
        advice.append(
            "Move the expiration to a business day, in Edit ▸ Filing Details and in the "
            "offer's text."
        )
    if any(f.code == PLACEHOLDER and f.item is not None for f in findings):
        advice.append(
            "Select each of those items and write its paragraph on the item panel's "
            "“Plain paragraph (notice)” tab."
        )
    if any(f.code == PLACEHOLDER and f.item is None for f in findings):
        advice.append(
            "Write over each placeholder in Edit ▸ Filing Details, or in the firm's wording "
            "file where the refusal names it."
        )
    if _an_error(findings, READ_AGAIN):
        advice.append(
            "Select each of those items, read counsel's paragraph on its “Plain paragraph "
            "(notice)” tab and click Keep This Paragraph (or write it again)."
        )
    if _an_error(findings, WRONG_FIGURE):
        advice.append(
            "Select each of those items and correct the figure in its paragraph on the "
            "“Plain paragraph (notice)” tab, as the change states it."
        )
    return " ".join(advice)
