"""Writes every output of an amendment into a folder: all of them or, on failure, none new."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from amendtool.core.amendment import Amendment
from amendtool.core.errors import shown_path
from amendtool.core.filing_document import built_once, notice_blocks, schedule_to_blocks
from amendtool.core.notice_document import notice_name
from amendtool.io.docx_properties import author_of
from amendtool.io.failure_reports import refusal
from amendtool.io.folder_refusals import folder_refusal, made_in
from amendtool.io.out_folder import (
    refuse_file_as_folder,
    refuse_inputs_overwritten,
    refuse_not_ours,
)
from amendtool.io.output_set import Published
from amendtool.io.safe_write import WriteError

ITEMS_JSON = "items.json"
SCHEDULE_TO_DOCX = "schedule-to-amendment.docx"
NOTICE_DOCX = "employee-notice.docx"  # an offer to employees; see notice_file_name
REDLINE_DOCX = "redline.docx"
CONFORMED_DOCX = "conformed-offer.docx"
SCHEDULE_TO_HTM = "schedule-to-amendment.htm"
SCHEDULE_TO_TXT = "schedule-to-amendment.txt"

Renderer = Callable[[Amendment], bytes]


@dataclass(frozen=True)
class OutputOptions:
    """How the Word files are set: `author` of the redline's revisions (counsel's name and
    firm; the issuer when none), `when` they were made (the export time, when none), and
    `curly` quotation marks and apostrophes in the filing and notice (.docx only; the
    EDGAR files are ASCII); `draft_mark`, what a working draft's files say of it
    (io/draft_marks.py), "" for none."""

    author: str | None = None
    when: dt.datetime | None = None
    curly: bool = True
    draft_mark: str = ""


DEFAULT_OPTIONS = OutputOptions()


def _items(amendment: Amendment) -> bytes:
    """The items, and the checks' findings on them as written: an error a working draft was
    written with (an expiration the offer does not state) is in the file, not only on screen."""
    from amendtool.core.checks import run_checks
    from amendtool.core.series_amendment import supplements_json
    from amendtool.io.json_text import json_text

    data = amendment.items_json()
    if supplements := supplements_json(amendment):  # Item 4 of an extension or the results
        data["supplements"] = supplements
    if amendment.kind == "results":
        data["results"] = amendment.results_data
    data["checks"] = [
        {"severity": f.severity, "code": f.code, "on": f.label, "message": f.message}
        for f in run_checks(amendment)
    ]
    # what json.dumps(indent=2) writes of it, told faster, each string through the output
    # gate as in every format (project_checks.clean_strings) in the same walk
    return json_text(data, clean=True).encode("utf-8")


def _schedule_to(amendment: Amendment, options: OutputOptions = DEFAULT_OPTIONS) -> bytes:
    from amendtool.io.docx_writer import blocks_to_docx

    title = f"Schedule TO Amendment No. {amendment.filing.amendment_number}"
    plain = amendment.filing.notice_style == "plain"
    return blocks_to_docx(
        schedule_to_blocks(amendment),
        title,
        plain_notice=plain,
        curly=options.curly,
        author=author_of(amendment.filing, options.author),
        when=options.when,
        mark=options.draft_mark,
    )


def _notice(amendment: Amendment, options: OutputOptions = DEFAULT_OPTIONS) -> bytes:
    from amendtool.io.docx_writer import blocks_to_docx

    plain = amendment.filing.notice_style == "plain"
    return blocks_to_docx(
        notice_blocks(amendment),
        notice_name(amendment),
        cover_page=False,
        plain_notice=plain,
        curly=options.curly,
        author=author_of(amendment.filing, options.author),
        when=options.when,
        mark=options.draft_mark,
    )


def _review(amendment: Amendment, options: OutputOptions):  # type: ignore[no-untyped-def]
    """Redline and conformed copy are made together; keep them for the second call."""
    from amendtool.io.redline_docx import build_review_documents

    cached = getattr(amendment, "_review_cache", None)
    key = (id(amendment.items), options)
    if cached is None or cached[0] != key:
        made = build_review_documents(amendment, options.author, options.when)
        cached = (key, made)
        amendment._review_cache = cached  # type: ignore[attr-defined]
    return cached[1]


def _edgar(amendment: Amendment, part: int, kind: str) -> bytes:
    from amendtool.io.edgar_ascii import edgar_text
    from amendtool.io.edgar_writer import blocks_to_html, split_documents

    if kind == "txt":
        return edgar_text(amendment, part).encode("ascii")
    blocks = split_documents(schedule_to_blocks(amendment))[part]
    title = (
        f"Schedule TO Amendment No. {amendment.filing.amendment_number}"
        if part == 0
        else f"Exhibit {amendment.filing.notice_exhibit}"
    )
    return blocks_to_html(blocks, title).encode("ascii")


def notice_file_name(amendment: Amendment, extension: str = ".docx") -> str:
    """The notice's own file, named for its readers: "employee-notice.docx" in an offer to
    employees, "holders-notice.docx" in one to holders. A folder that held the other name
    from an earlier export has it removed as stale (io/publish.py)."""
    from amendtool.core.offer_names import notice_file

    return (
        notice_file(amendment.wording, amendment.filing.document_title, amendment.filing.notice_to)
        + extension
    )


def renderers(amendment: Amendment, options: OutputOptions | None = None) -> dict[str, Renderer]:
    """Every output by file name (the exhibit's EDGAR files are named after its label)."""
    from amendtool.io.edgar_writer import exhibit_file_stem

    exhibit = exhibit_file_stem(amendment.filing.notice_exhibit)
    # one time for the whole export, so the redline and the conformed copy agree
    chosen = options or OutputOptions()
    if chosen.when is None:
        chosen = replace(chosen, when=dt.datetime.now(dt.UTC))
    return {
        ITEMS_JSON: _items,
        SCHEDULE_TO_DOCX: lambda a: _schedule_to(a, chosen),
        notice_file_name(amendment): lambda a: _notice(a, chosen),
        REDLINE_DOCX: lambda a: _review(a, chosen).redline,
        CONFORMED_DOCX: lambda a: _review(a, chosen).conformed,
        SCHEDULE_TO_HTM: lambda a: _edgar(a, 0, "htm"),
        SCHEDULE_TO_TXT: lambda a: _edgar(a, 0, "txt"),
        f"{exhibit}.htm": lambda a: _edgar(a, 1, "htm"),
        f"{exhibit}.txt": lambda a: _edgar(a, 1, "txt"),
    }


REVIEW_OUTPUTS = (REDLINE_DOCX, CONFORMED_DOCX)


def write_outputs(
    amendment: Amendment,
    out_dir: str | Path,
    names: list[str] | None = None,
    progress: Callable[[str, int, int], None] | None = None,
    skipped: dict[str, str] | None = None,
    options: OutputOptions | None = None,
    report: list[str] | None = None,
    token: str | None = None,
    before_publish: Callable[[list[str]], None] | None = None,
    owner: str | None = None,
    errors: int = 0,
) -> list[Path]:
    """Render everything first, then put the set into the folder as one change (see
    io/output_set.py): after any failure or interruption it is wholly old or wholly new.

    The redline and conformed copy are review aids: when the original's Word file cannot
    carry a change as revisions, they are left out (named in `skipped`, with the reason)
    and the filing, notice and items are still written. `report` receives what else the
    folder saw: stale files of an earlier export removed or left, leftovers cleaned.
    `before_publish(names)` runs once all is rendered and before DIR changes (a project
    that records the set is staged there: io/project_outputs.py), `token` names the set,
    `owner` the project whose outputs they are (another project's DIR is refused);
    `errors` how many errors of the checks the set is written over (its filing and notice
    then say DRAFT)."""
    from amendtool.io.draft_marks import draft_mark_of, marked
    from amendtool.io.publish import publish
    from amendtool.io.redline_docx import RedlineError

    out = Path(os.path.abspath(out_dir))  # one path for every step (see publish._real)
    refuse_file_as_folder(out)
    existed = out.is_dir()
    place = made_in(out)  # where a new DIR is made, as it was before the set was written
    available = renderers(amendment, options)
    chosen = names or list(available)
    refuse_inputs_overwritten(amendment, out, chosen)
    refuse_not_ours(out, chosen)  # before the work of rendering; publish asks again
    rendered: dict[str, bytes] = {}
    with built_once():  # the filing, its exhibit and the notice are built once for all files
        mark = draft_mark_of(amendment, errors)  # a working draft says so (io/draft_marks.py)
        drawn = renderers(amendment, replace(options or DEFAULT_OPTIONS, draft_mark=mark))
        for index, name in enumerate(chosen):
            if progress:
                progress(name, index, len(chosen))
            try:
                rendered[name] = drawn[name](amendment)
            except RedlineError as exc:
                if name not in REVIEW_OUTPUTS or skipped is None:
                    raise
                skipped[name] = str(exc)
        if mark:  # the Word files were marked as they were written
            for name in set(rendered) - {ITEMS_JSON, *REVIEW_OUTPUTS}:
                rendered[name] = marked(name, rendered[name], mark)
    if before_publish is not None:
        before_publish(list(rendered))
    try:
        published = publish(out, rendered, set(available), token, owner)
    except WriteError:
        raise
    except OSError as exc:
        if not existed:  # nothing was there to leave as it was
            why = folder_refusal(exc, place)
            raise WriteError(
                out, f"the folder cannot be made in {shown_path(place)}: {why}"
            ) from exc
        raise WriteError(
            out, f"folder cannot be written, it was left as it was: {refusal(exc)}"
        ) from exc
    if report is not None:
        report += _described(published)
    if progress:
        progress("done", len(chosen), len(chosen))
    return published.written


def _described(published: Published) -> list[str]:
    lines = []
    if published.removed:
        lines.append(
            "removed " + ", ".join(sorted(published.removed)) + ": written by an earlier "
            "export and no longer part of it"
        )
    if published.kept:
        lines.append(
            "left " + ", ".join(sorted(published.kept)) + ": written by an earlier export "
            "and no longer part of it, but changed since; remove it if it is not needed"
        )
    if published.cleaned:
        lines.append(
            f"finished or removed {len(published.cleaned)} folder(s) an earlier export left "
            "beside the output folder (it was interrupted, or a file of it was open)"
        )
    for folder, name in published.stuck:
        held = f"{name} in it" if name else "a file in it"
        lines.append(
            f"could not remove {folder} beside the output folder, which holds files of an "
            f"earlier export: {held} is open in another program or read-only; close it, "
            "and the next export removes the folder"
        )
    return lines
