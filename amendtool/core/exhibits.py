"""The statement's exhibits: those a series of amendments files, and those the tool does not make.

The statement's exhibits the tool does not make (the election form, the plan, a press
release …), recorded once in the filing details ([[offer.exhibits]]): every amendment's
exhibit index lists those filed before it as previously filed and those filed with it as its
own. Counsel gives each one's number, description and the amendment that filed it (none: the
Schedule TO as first filed). A number the tool's own exhibits already have (the offer
document, the form holders return, the employee notice) would give two exhibits one place in
the index: refused, one line.

The exhibit index of an amendment in a series lists every exhibit of the statement the
project knows: those filed before it (the offer document, the form holders return, the
exhibits counsel recorded for the statement, each earlier amendment's) marked "Previously
filed", and its own; Amendment No. 1 lists the statement's. An amendment whose earlier
amendments are neither in the project nor recorded lists only its own, as the precedent
does: a list of earlier exhibits the project cannot know in full would mislead. The opening
names the earlier amendments with their dates."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from amendtool.core.pattern_store import compiled
from amendtool.core.stated_deadlines import long_date
from amendtool.core.templates import fill

KEY = "offer.exhibits"


@dataclass(frozen=True)
class StatementExhibit:
    """An exhibit of the Schedule TO, as filed by the statement or by an earlier amendment:
    its label is not to be used again."""

    label: str
    description: str
    filed_by: int = 0  # the amendment that filed it; 0: the Schedule TO as first filed

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"label": self.label, "description": self.description}
        if self.filed_by:
            out["filed_by"] = self.filed_by
        return out


def read_statement_exhibits(
    value: Any,
    own: dict[str, str],
    problems: list[str],
    clean: Callable[[str, str], bool],
    validate: Callable[[str], str | None],
) -> list[StatementExhibit]:
    """[[offer.exhibits]] as counsel wrote it; `own` maps the tool's exhibit numbers to the
    exhibit each names. Every problem is added to `problems`."""
    if value is None:
        return []
    if isinstance(value, dict):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
        problems.append(f"{KEY} must be one or more tables with a label and a description")
        return []
    out: list[StatementExhibit] = []
    seen: dict[str, str] = {}
    for position, entry in enumerate(value, start=1):
        name = f"{KEY} {position}"
        label, description = entry.get("label"), entry.get("description")
        filed_by = entry.get("filed_by", 0)
        if not isinstance(label, str) or not label.strip():
            problems.append(f"{name}: give its label, such as (a)(5)")
            continue
        label = label.strip()
        if problem := validate(label):
            problems.append(f"{KEY}: {problem}")
            continue
        if not isinstance(description, str) or not description.strip():
            problems.append(f"{KEY} {label}: give its description, as the index prints it")
            continue
        if not clean(description, f"{KEY} {label}"):
            continue
        if not isinstance(filed_by, int) or isinstance(filed_by, bool) or filed_by < 0:
            problems.append(
                f"{KEY} {label}: filed_by must be the number of the amendment that filed it "
                "(leave it out for an exhibit filed with the Schedule TO)"
            )
            continue
        if label in own:
            problems.append(
                f"{KEY} {label} is the number of {own[label]}, an exhibit the tool files "
                "itself: give the other exhibit the number it was filed as"
            )
            continue
        if label in seen:
            problems.append(f"{KEY} {label} is listed twice; keep one")
            continue
        seen[label] = description
        out.append(StatementExhibit(label, " ".join(description.split()), filed_by))
    return out


def merged(lists: Iterable[list[StatementExhibit]]) -> list[StatementExhibit]:
    """The exhibits recorded over a series, the later filing details' entry for a number
    standing for the earlier one's (counsel corrects a description once)."""
    found: dict[str, StatementExhibit] = {}
    for recorded in lists:
        for exhibit in recorded:
            found[exhibit.label] = exhibit
    return list(found.values())


if TYPE_CHECKING:
    from amendtool.core.amendment import Amendment, Exhibit
    from amendtool.core.lineage import Earlier

_PART = compiled(r"\(([^)]*)\)")


def label_order(label: str) -> tuple[tuple[int, str], ...]:
    """(a)(2) before (a)(11), (a)(1)(A) after (a)(1)."""
    parts = _PART.findall(label) or [label]
    return tuple((int(p), "") if p.isdigit() else (10**6, p.lower()) for p in parts)


def previously_filed(amendment: Amendment) -> list[Exhibit]:
    from amendtool.core.amendment import Exhibit
    from amendtool.core.form_names import form_name_filed

    f = amendment.filing
    exhibits = amendment.wording.exhibits
    terms = {
        "document_title": f.document_title,
        "document_date": long_date(f.document_date),
        # the exhibit previously filed keeps the name it was filed under
        "transmittal_document": form_name_filed(amendment),
    }
    found: dict[str, Exhibit] = {}
    statement = [
        (
            f.document_exhibit,
            exhibits.get("statement_document", "{document_title}, dated {document_date}."),
        ),
        (
            f.election_form_exhibit,
            exhibits.get("statement_transmittal", "Form of {transmittal_document}."),
        ),
    ]
    for label, template in statement:
        if label:
            found[label] = Exhibit(label, template.format(**terms))
    number = f.amendment_number
    for exhibit in recorded(amendment):
        if exhibit.filed_by < number:
            found[exhibit.label] = Exhibit(exhibit.label, exhibit.description)
    if amendment.series is not None:
        for earlier in amendment.series.earlier:
            for label, description in earlier.exhibits:
                found[label] = Exhibit(label, description)
    # an exhibit filed before stays in the index even when this amendment reuses its number
    # (the check refuses that): nothing filed is ever dropped from the statement's list
    return sorted(found.values(), key=lambda e: label_order(e.label))


def recorded(amendment: Amendment) -> list[StatementExhibit]:
    """The statement's exhibits counsel recorded, in the filing details of the amendments
    of the series through this one (a later record of a number stands for an earlier one)."""
    earlier = amendment.series.earlier if amendment.series is not None else []
    lists = [e.statement_exhibits for e in earlier]
    return merged([*lists, amendment.filing.statement_exhibits])


def recorded_clash(
    records: list[StatementExhibit], earlier: list[Earlier]
) -> tuple[StatementExhibit, int, str] | None:
    """A recorded exhibit numbered as another exhibit an amendment of the project filed (its
    employee notice, say): (the record, that amendment's number, what it filed)."""
    for record in records:
        for amendment in earlier:
            for label, description in amendment.exhibits:
                ours = {r.label for r in amendment.statement_exhibits if r.filed_by}
                same = record.filed_by == amendment.number and label in ours
                if label == record.label and not same:
                    return record, amendment.number, description
    return None


def knows_earlier(amendment: Amendment) -> bool:
    """Whether the project knows every exhibit filed before `amendment`: a later amendment
    of the series, Amendment No. 1, before which only the statement itself was filed, or one
    whose filing details record the statement's exhibits (counsel gave the list)."""
    return (
        amendment.series is not None
        or amendment.filing.amendment_number <= 1
        or bool(amendment.filing.statement_exhibits)
    )


def reused_numbers(amendment: Amendment) -> list[tuple[str, str]]:
    """This amendment's exhibits numbered as one already filed: (label, what was filed)."""
    if not knows_earlier(amendment):
        return []
    earlier = {e.label: e.description for e in previously_filed(amendment)}
    return [(e.label, earlier[e.label]) for e in amendment.exhibits() if e.label in earlier]


def index_rows(amendment: Amendment) -> tuple[list[tuple[str, str]], str]:
    """The rows of the exhibit index in label order (earlier exhibits marked), and the note
    that explains the mark ('' when nothing was filed before)."""
    exhibits = amendment.wording.exhibits
    mark = exhibits.get("previously_filed_mark", "*")
    earlier = previously_filed(amendment) if knows_earlier(amendment) else []
    rows = [(e.label + mark, e.description) for e in earlier]
    rows += [(e.label, e.description) for e in amendment.exhibits()]
    ordered = sorted(rows, key=lambda row: label_order(row[0].removesuffix(mark)))
    note = exhibits.get("previously_filed_note", "{mark} Previously filed.").format(mark=mark)
    return ordered, note if earlier else ""


def as_amended_phrase(amendment: Amendment) -> str:
    """', as amended by Amendment No. 1 filed with the Securities and Exchange Commission on
    September 4, 2001' in the opening; those filed before the project began named by number
    alone; ', as amended' when the project holds no earlier one; '' for Amendment No. 1."""
    w = amendment.wording.schedule_to
    number = amendment.filing.amendment_number
    if number <= 1:
        return ""
    earlier = amendment.series.earlier if amendment.series is not None else []
    if not earlier:
        return str(w["as_amended"])
    template = w.get("earlier_amendment", "Amendment No. {number} filed on {date}")
    names = [template.format(number=e.number, date=long_date(e.date)) for e in earlier]
    if before := earlier[0].number - 1:  # filed before the project: known by number only
        names.insert(0, _numbers_only(before))
    joined = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
    return fill(w.get("as_amended_by", ", as amended by {amendments}"), amendments=joined)


def _numbers_only(last: int) -> str:
    """'Amendment No. 1', 'Amendment Nos. 1 and 2', 'Amendment Nos. 1 through 4': the
    amendments filed before the project, whose dates it does not hold."""
    if last == 1:
        return "Amendment No. 1"
    return f"Amendment Nos. 1 {'and' if last == 2 else 'through'} {last}"
