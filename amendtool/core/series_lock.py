"""Whether the last amendment of a series may be marked filed (counsel marks it so, or the
next amendment starts): not while the outputs recorded for it are stale (its items changed
after they were written), not while its check finds an error, and above all not while its
employee notice still holds a placeholder for counsel, which would reach employees as
filed. The refusal says what to do: which items' paragraphs to write, and how (the
`amendtool plain` command on the command line, the item's tab in the app)."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import shlex
from typing import TYPE_CHECKING, Any

from amendtool.core.errors import shown_path
from amendtool.core.shown_names import visible

if TYPE_CHECKING:
    from amendtool.core.amendment import Amendment
    from amendtool.core.findings import Finding
    from amendtool.core.series import Series, SeriesAmendment

# the period an earlier change requires can be cured by extending the offer
TIMING_CODES = frozenset({"timing", "series_timing", "minimum_offer"})
PLAIN_TAB = '"Plain paragraph (notice)"'


def lock_refusal(series: Series, kind: str, project: str | None = None, to: str = "") -> str | None:
    """Why the series' last amendment cannot be marked filed now (None: it can), when an
    amendment of `kind` follows it (or "filed": counsel marks it so). A timing error is
    cured by an extension, so it does not stop one. `project`: the project file as the
    command line names it (None: the app, whose item tabs are named instead); `to`: the
    new expiration an extension was asked for."""
    from amendtool.core.checks import run_checks

    current: SeriesAmendment = series.current
    if current.locked:
        return None
    if stale := stale_refusal(current, kind, project):
        cure = _timing_cure(series, project, to) if kind == "extension" else ""
        if cure:  # short of its period, the draft is exported only with --force (the
            # extension that follows cures it), or it is extended in itself
            stale = stale_refusal(current, kind, project, force=True) or stale
        return stale + cure
    if kind == "filed" and no_change_refusal(series, current):
        return (
            f"Amendment No. {current.number} cannot be marked filed: it makes no change to "
            "the offer; draft its changes first"
        )
    amendment = series.amendment(-1)
    if amendment is None:
        return (
            f"Amendment No. {current.number} cannot be marked filed: its filing details have "
            "problems; fix them and draft it again"
        )
    errors = [f for f in run_checks(amendment) if f.severity == "error"]
    if kind == "extension":
        errors = [f for f in errors if f.code not in TIMING_CODES]
    if not errors:
        return None
    then = "mark it filed" if kind == "filed" else f"start Amendment No. {current.number + 1}"
    head = f"Amendment No. {current.number} cannot be marked filed"
    unfinished = _placeholder_refusal(errors, project, amendment)
    if unfinished is not None:
        others = list(dict.fromkeys(f.code for f in errors if f.code != "placeholder"))
        more = (
            f"; and its check '{others[0]}' finds an error"
            + (f" (and {len(others) - 1} more)" if others[1:] else "")
            + ": fix it (the checks list every finding)"
            if others
            else ""
        )
        return f"{head}: {unfinished}{more}; then {then}"
    first = errors[0]
    more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
    fix = f"Fix it, then {then}"
    if first.code in TIMING_CODES:  # cured by an extension: the commands that draft one
        fix = _extension_fix(series, amendment, project, then if kind == "filed" else "")
    return (
        f"{head}: its check '{first.code}' finds an error{more}: "
        f"{first.message.rstrip('.')}. {fix} (the checks list every finding)"
    )


def _extension_fix(series: Series, amendment: Amendment, project: str | None, then: str) -> str:
    """The cure of a period too short: an extension, as the next amendment or in the open
    one itself, each named with the command (or the app's menu) that drafts it."""
    from amendtool.core.resource_toml import read_toml
    from amendtool.resources import resource_path

    words = read_toml(resource_path("wording", "refusals.toml"))
    current = series.current
    earliest = cure_expiration(amendment, "")
    values = {
        "number": str(current.number),
        "next": str(current.number + 1),
        "then": f"; then {then}" if then else "; then draft the next amendment",
    }
    if project is None:
        return str(words["timing_fix"]["app"]).format(**values)
    folder = str(current.outputs.get("folder") or "DIR")
    extend = (
        f'amendtool extend {shlex.quote(project)} --to "{earliest}" --filing FILING.toml --out DIR'
    )
    itself = (
        f"amendtool amend {shlex.quote(project)} "
        f"{shlex.quote(current.revised.source or 'REVISED')} --filing FILING.toml "
        f'--out {shlex.quote(folder)} --to "{earliest}"'
        + (" --reverses-earlier" if current.reverses_earlier else "")
    )
    return str(words["timing_fix"]["command"]).format(
        **values, extend=visible(extend), itself=visible(itself)
    )


def _timing_cure(series: Series, project: str | None, to: str) -> str:
    """How to cure, in the open amendment, the period its own changes require, when it is
    short of it: extending in this amendment needs no export of a filing known to be short
    ("": it is not short). The command named extends to `to` when an extension to it would
    be drafted, else to the earliest compliant expiration: never one refused in its turn."""
    from amendtool.core.checks import run_checks
    from amendtool.core.resource_toml import read_toml
    from amendtool.resources import resource_path

    amendment = series.amendment(-1)
    if amendment is None or not any(
        f.severity == "error" and f.code in TIMING_CODES for f in run_checks(amendment)
    ):
        return ""
    words = read_toml(resource_path("wording", "refusals.toml"))
    current = series.current
    folder = str(current.outputs.get("folder") or "DIR")
    if project is None:
        return str(words["timing_cure"]["app"]).format(number=current.number)
    revised = current.revised.source or "REVISED"
    command = (
        f"amendtool amend {shlex.quote(project)} {shlex.quote(revised)} --filing FILING.toml "
        f'--out {shlex.quote(folder)} --to "{cure_expiration(amendment, to)}"'
        + (" --reverses-earlier" if current.reverses_earlier else "")  # as confirmed before
    )
    return str(words["timing_cure"]["command"]).format(
        number=current.number, command=visible(command)
    )


def cure_expiration(amendment: Amendment, asked: str) -> str:
    """The new expiration of an extension in the open amendment, as --to takes it: the one
    counsel `asked` for when it is later than the one in force, on a business day and long
    enough for every change of the series; else the earliest compliant one."""
    from amendtool.core.expiration_checks import not_a_business_day
    from amendtool.core.expirations import parse_expiration, typed_expiration
    from amendtool.core.series_periods import earliest_compliant

    zone = amendment.filing.zone
    earliest = earliest_compliant(amendment)
    try:
        moment = parse_expiration(asked).replace(tzinfo=zone) if asked else None
    except ValueError:
        moment = None
    if (
        moment is not None
        and moment > amendment.filing.expiration_local
        and (earliest is None or moment >= earliest)
        and not not_a_business_day(moment)
    ):
        return asked
    if earliest is None:
        return asked or "YYYY-MM-DD HH:MM"
    return typed_expiration(earliest.astimezone(zone).replace(tzinfo=None))


def no_change_refusal(series: Series, entry: SeriesAmendment) -> str | None:
    """A text amendment that changes nothing in the offer as the amendments before it
    leave it has nothing to file (None: it changes something, or it extends the offer or
    reports the results, which change Item 4 whatever the text)."""
    if entry.kind.value != "text" or any(i.kind.value != "file_exhibit" for i in entry.items):
        return None
    index = series.amendments.index(entry)
    before = (
        f"as Amendment No. {series.amendments[index - 1].number} leaves it" if index else "as filed"
    )
    return (
        f"makes no change to the offer {before}: Amendment No. {entry.number} would have "
        "nothing to amend; give the offer as this amendment revises it (to extend the offer "
        "or report the results, use extend or results)"
    )


def outputs_fingerprint(entry: SeriesAmendment) -> str:
    """What an amendment's outputs are rendered from (its kind, filing details, results and
    items, counsel's wording and classes with them), as recorded when they are written."""
    held = {
        "kind": entry.kind.value,
        "filing": entry.filing_data,
        "results": entry.results,
        "items": [item.to_dict() for item in entry.items],
    }
    text = json.dumps(_plain(held), sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:24]


def stale_refusal(
    current: SeriesAmendment, kind: str, project: str | None, force: bool = False
) -> str | None:
    """Why the amendment is not marked filed while the outputs recorded for it were written
    before its items last changed (None: they are current, or none are recorded). `force`:
    it is short of its period, which the extension that follows cures, and is exported
    only with --force."""
    recorded = current.outputs.get("fingerprint")
    if not recorded or recorded == outputs_fingerprint(current):
        return None
    folder = str(current.outputs.get("folder") or "")
    if project is None:
        how = "with File ▸ Export"
    else:
        how = f"amendtool export {shlex.quote(project)} --out {shlex.quote(folder)}"
        how += " --force" if force else ""
    then = "mark it filed" if kind == "filed" else f"start Amendment No. {current.number + 1}"
    return (
        f"Amendment No. {current.number} cannot be marked filed: its items changed after its "
        f"outputs were last written (in {shown_path(folder)}); export first: {visible(how)}; "
        f"then {then}"
    )


def record_outputs(
    live: SeriesAmendment, number: int, fingerprint: str, folder: str, files: list[str]
) -> bool:
    """Record in the open amendment the outputs just written of Amendment No. `number`, as
    it was when they were rendered (`fingerprint`); False when the open amendment is no
    longer that draft."""
    from pathlib import Path

    if live.locked or live.number != number:
        return False
    live.outputs = {
        "fingerprint": fingerprint,
        "folder": str(Path(folder).resolve()),
        "files": list(files),
        "written": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
    }
    return True


def _plain(value: Any) -> Any:
    """Dates and times as ISO text, as a project saves them, so a project read back has the
    fingerprint it was written with."""
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()
    return value


def _placeholder_refusal(
    errors: list[Finding], project: str | None, amendment: Amendment
) -> str | None:
    """The items whose plain paragraph is still to write, and the filing details still
    holding a placeholder, with how to write them; None when there are none. The notice
    and its readers are named as the offer's notice names them ("notice to holders")."""
    from amendtool.core.items import letter
    from amendtool.core.offer_names import audience, notice_called

    found = [f for f in errors if f.code == "placeholder"]
    if not found:
        return None
    letters = list(dict.fromkeys(letter(f.item) for f in found if f.item is not None))
    # the filing detail, or the notice's part from the wording file, that holds one
    fields = list(
        dict.fromkeys(f.message.split(" still has", 1)[0] for f in found if f.item is None)
    )
    readers = audience(
        amendment.wording, amendment.filing.document_title, amendment.filing.notice_to
    )
    parts = []
    if letters:
        if project is None:
            how = f"write each paragraph for {readers} on the item's {PLAIN_TAB} tab"
        else:
            command = f'amendtool plain {shlex.quote(project)} {letters[0]} --text "…"'
            rest = f" (then {_joined(letters[1:])} the same way)" if letters[1:] else ""
            how = f"write each paragraph for {readers} with {command}{rest}"
        noun = "items" if len(letters) > 1 else "item"
        parts.append(f"in {noun} {_joined(letters)}; {how}")
    if fields:
        parts.append(f"in {_joined(fields)}; write over it there")
    notice = notice_called(
        amendment.wording, amendment.filing.document_title, amendment.filing.notice_to
    )
    return f"its {notice} still has a placeholder for counsel " + "; and ".join(parts)


def _joined(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
