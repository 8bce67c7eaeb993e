"""The statement's exhibits the tool does not make (the election form, the plan, a press
release …), recorded once in the filing details ([[offer.exhibits]]): every amendment's
exhibit index lists those filed before it as previously filed and those filed with it as its
own. Counsel gives each one's number, description and the amendment that filed it (none: the
Schedule TO as first filed). A number the tool's own exhibits already have (the offer
document, the form holders return, the employee notice) would give two exhibits one place in
the index: refused, one line."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

KEY = "offer.exhibits"


@dataclass(frozen=True)
class StatementExhibit:
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
