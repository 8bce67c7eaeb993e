"""What a later amendment must agree with before it is drafted, for the command line and the
app alike: filing details of this offer, the expiration the series has reached, exhibit
numbers not yet filed, a series not closed by its final amendment (an amendment about to
be marked filed: series_lock). Each refusal is one line that says what to
do; nothing is drafted, written or locked before they all pass."""

from __future__ import annotations

from typing import TYPE_CHECKING

from amendtool.core.errors import AmendtoolError
from amendtool.core.series_expiration import (
    check_expiration,
    check_expiration_kept,
    expiration_of,
    in_force_expiration,
    latest_expiration,
    locks_short,
    short_period,
)

__all__ = [
    "COMMAND",
    "IDENTITY",
    "check_exhibit",
    "check_expiration",
    "check_expiration_kept",
    "check_open",
    "check_range",
    "check_recorded_exhibits",
    "check_same_offer",
    "expiration_of",
    "filed_exhibits",
    "free_label",
    "in_force_expiration",
    "latest_expiration",
    "locks_short",
    "offer_named",
    "other_offer",
    "out_refusal",
    "redraft_index",
    "short_period",
]

if TYPE_CHECKING:
    from amendtool.core.filing import FilingDetails
    from amendtool.core.series import Series

# what makes filing details those of this offer, fixed for good once the statement is filed
# (what every item cites: the offer document and its exhibit number; the form holders
# return; the zone its deadline is counted in): attribute, filing.toml key
IDENTITY = (
    ("issuer_name", "issuer.name"),
    ("securities_title", "securities.title"),
    ("cusip", "securities.cusip"),
    ("offer_kind", "offer.kind"),
    ("statement_filed", "offer.statement_filed"),
    ("document_title", "offer.document_title"),
    ("document_date", "offer.document_date"),
    ("document_exhibit", "offer.document_exhibit"),
    ("election_form_exhibit", "offer.election_form_exhibit"),
    ("time_zone", "offer.time_zone"),
)
COMMAND = {"text": "amend", "extension": "extend", "results": "results"}


def redraft_index(series: Series, number: int) -> int:
    """The index the amendment numbered `number` takes: the last one again while it is a
    draft, or the next."""
    again = bool(series.amendments) and not series.current.locked
    return len(series.amendments) - (again and number == series.current.number)


def check_open(series: Series, number: int, kind: str) -> None:
    """After the final amendment reporting the results nothing follows; a draft extension
    or results is drafted again only as what it is (a revised text would undo it)."""
    index = redraft_index(series, number)
    for earlier in series.amendments[:index]:
        if earlier.kind.value == "results":
            raise AmendtoolError(
                f"Amendment No. {earlier.number} is the final amendment reporting the results: "
                "the series is closed and no amendment follows it"
            )
    if index < len(series.amendments):
        current = series.amendments[index]
        if current.kind.value != "text" and current.kind.value != kind:
            extension = current.kind.value == "extension"
            what = "an extension" if extension else "the final amendment"
            also = " (or 'amendtool amend … --to' to change the offer in it too)"
            raise AmendtoolError(
                f"Amendment No. {number} is {what}, still a draft: draft it again with "
                f"'amendtool {COMMAND[current.kind.value]}'{also if extension else ''}, or "
                f"number this amendment {number + 1} to follow it"
            )


def offer_named(filing: FilingDetails) -> dict[str, object]:
    """The filing.toml keys and values that name the offer, as compared."""
    return {key: getattr(filing, attribute) for attribute, key in IDENTITY}


def other_offer(ours: dict[str, object], filing: FilingDetails) -> str | None:
    """How `filing` names another offer than the one `ours` names (None: the same)."""
    theirs = offer_named(filing)
    for key, value in ours.items():
        if _same(value) != _same(theirs[key]):
            return (
                f"gives {key} = {theirs[key]}, but this project amends the offer of "
                f"{ours['issuer.name']} ({key} = {value}): these are the filing details of "
                "another offer; give this offer's"
            )
    return None


def check_same_offer(series: Series, filing: FilingDetails) -> str | None:
    """The filing details name the offer the series amends (None) or say how they differ."""
    first = next((a.filing for a in series.amendments if a.filing is not None), None)
    return other_offer(offer_named(first), filing) if first is not None else None


def filed_exhibits(series: Series, index: int) -> dict[str, str]:
    """Every exhibit label of the statement filed before amendment `index`, with whose it
    is: the offer document, the form holders return, each earlier amendment's."""
    used: dict[str, str] = {}
    first = next((a.filing for a in series.amendments if a.filing is not None), None)
    if first is not None:
        used[first.document_exhibit] = f"the {first.document_title}"
        if first.election_form_exhibit:
            used[first.election_form_exhibit] = f"the form of {first.transmittal_document}"
    for earlier in series.amendments[:index]:
        for label, _ in series.earlier(earlier).exhibits:
            draft = "" if earlier.locked else " (a draft, not yet filed)"
            used[label] = f"Amendment No. {earlier.number}'s exhibit{draft}"
    for amendment in series.amendments:  # the statement's exhibits counsel recorded
        for record in amendment.filing.statement_exhibits if amendment.filing else []:
            used.setdefault(record.label, f"the statement's exhibit ({record.description})")
    return used


def check_recorded_exhibits(series: Series, filing: FilingDetails) -> str | None:
    """An exhibit recorded for the statement numbered as one an amendment of the project
    filed (its employee notice) would give two exhibits one place in the index: refused."""
    from amendtool.core.exhibits import recorded_clash

    index = redraft_index(series, filing.amendment_number)
    earlier = [series.earlier(a) for a in series.amendments[:index]]
    clash = recorded_clash(filing.statement_exhibits, earlier)
    if clash is None:
        return None
    record, number, filed = clash
    return (
        f"gives offer.exhibits {record.label}, the number of the exhibit Amendment No. "
        f"{number} filed ({filed}); number the other exhibit as filed"
    )


def check_exhibit(series: Series, filing: FilingDetails) -> str | None:
    """A notice exhibit numbered as an exhibit already filed would take its place in the
    index: refused, with the next free number (counsel numbers a new exhibit next)."""
    used = filed_exhibits(series, redraft_index(series, filing.amendment_number))
    label = filing.notice_exhibit
    if label not in used:
        return None
    recorded = [a.filing.statement_exhibits for a in series.amendments if a.filing]
    later = {
        record.label
        for record in [*filing.statement_exhibits, *(r for each in recorded for r in each)]
        if record.filed_by >= filing.amendment_number  # filed with this amendment, or after
    }
    free = free_label(label, used, {each for each in used if each not in later})
    return (
        f"gives amendment.notice_exhibit = {label}, already taken by {used[label]}; number "
        f'this amendment\'s notice as a new exhibit: notice_exhibit = "{free}"'
    )


_LOOK_AHEAD = 500  # labels of one category walked past the one given, for the highest used


def free_label(label: str, used: dict[str, str], before: set[str] | None = None) -> str:
    """The first label after the highest of `label`'s category filed `before` (default: all
    `used`) that no exhibit uses: a gap below it ((a)(1)(C) between (a)(1)(B) and (a)(1)(E))
    was most likely filed with the statement (a withdrawal form, an e-mail) and is unknown
    to the project, so counsel numbers a new exhibit next after the highest."""
    from amendtool.core.series_steps import next_label

    if label not in used:
        return label
    filed = set(used) if before is None else before | {label}
    walked, candidate = [label], label
    for _ in range(_LOOK_AHEAD):
        following = next_label(candidate)
        if following == candidate:
            return candidate + "(A)"
        walked.append(following)
        candidate = following
    highest = max(index for index, each in enumerate(walked) if each in filed)
    return next((each for each in walked[highest + 1 :] if each not in used), walked[-1])


def _same(value: object) -> object:
    return " ".join(value.split()).casefold() if isinstance(value, str) else value


def check_range(series: Series, through: int, since: int) -> tuple[str, str] | None:
    """The history runs from the offer as filed (0) or an amendment of the project to a
    later amendment of it: (option, what is wrong) otherwise."""
    numbers = [a.number for a in series.amendments]
    held = (
        f"Amendment No. {numbers[0]}"
        if len(numbers) == 1
        else f"Amendments No. {numbers[0]} to No. {numbers[-1]}"
    )
    if through not in numbers:
        return "--through", f"{through} is not an amendment of this project, which holds {held}"
    if since and since not in numbers:
        return (
            "--since",
            f"{since} is not an amendment of this project, which holds {held} (0: the offer "
            "as filed)",
        )
    if since >= through:
        return (
            "--since",
            f"{since} is not before --through {through}; give an earlier amendment (0: the "
            f"offer as filed) to mark the changes made after it through No. {through}",
        )
    return None


def out_refusal(series: Series, out: str, index: int) -> str | None:
    """Why amendment `index`'s outputs may not go to the folder `out` (None: they may): it
    holds another amendment's, or its own once filed: what was filed is never written over."""
    from pathlib import Path

    target = Path(out).resolve()
    for position, amendment in enumerate(series.amendments):
        folder = amendment.outputs.get("folder")
        if not folder or Path(folder).resolve() != target:
            continue
        if position == index:
            if not amendment.locked:
                continue
            return (
                f"holds the outputs of Amendment No. {amendment.number} as filed, which are "
                "never written over: give a new folder"
            )
        status = "filed" if amendment.locked else "to be marked filed by this amendment"
        number = series.amendments[index].number if index < len(series.amendments) else None
        this = f"Amendment No. {number}" if number is not None else "the next amendment"
        return (
            f"holds the outputs of Amendment No. {amendment.number} ({status}); writing "
            f"{this} there would replace them: give a new folder"
        )
    return None
