"""Writes every output of an amendment into a folder: all of them or, on failure, none new."""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from amendtool.core.amendment import Amendment
from amendtool.core.filing_document import built_once, notice_blocks, schedule_to_blocks
from amendtool.io.safe_write import WriteError

ITEMS_JSON = "items.json"
SCHEDULE_TO_DOCX = "schedule-to-amendment.docx"
NOTICE_DOCX = "employee-notice.docx"
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
    EDGAR files are ASCII)."""

    author: str | None = None
    when: dt.datetime | None = None
    curly: bool = True


DEFAULT_OPTIONS = OutputOptions()


def _items(amendment: Amendment) -> bytes:
    return json.dumps(amendment.items_json(), indent=2, ensure_ascii=False).encode("utf-8")


def _schedule_to(amendment: Amendment, options: OutputOptions = DEFAULT_OPTIONS) -> bytes:
    from amendtool.io.docx_writer import blocks_to_docx

    title = f"Schedule TO Amendment No. {amendment.filing.amendment_number}"
    plain = amendment.filing.notice_style == "plain"
    return blocks_to_docx(
        schedule_to_blocks(amendment), title, plain_notice=plain, curly=options.curly
    )


def _notice(amendment: Amendment, options: OutputOptions = DEFAULT_OPTIONS) -> bytes:
    from amendtool.io.docx_writer import blocks_to_docx

    plain = amendment.filing.notice_style == "plain"
    return blocks_to_docx(
        notice_blocks(amendment),
        "Notice of Amendment",
        cover_page=False,
        plain_notice=plain,
        curly=options.curly,
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
    from amendtool.io.edgar_writer import blocks_to_ascii, blocks_to_html, split_documents

    documents = split_documents(schedule_to_blocks(amendment))
    blocks = documents[part]
    if kind == "htm":
        title = (
            f"Schedule TO Amendment No. {amendment.filing.amendment_number}"
            if part == 0
            else f"Exhibit {amendment.filing.notice_exhibit}"
        )
        return blocks_to_html(blocks, title).encode("ascii")
    return blocks_to_ascii(blocks).encode("ascii")


def renderers(
    amendment: Amendment, options: OutputOptions | None = None
) -> dict[str, Renderer]:
    """Every output by file name (the exhibit's EDGAR files are named after its label)."""
    from amendtool.io.edgar_writer import exhibit_file_stem

    exhibit = exhibit_file_stem(amendment.filing.notice_exhibit)
    # one time for the whole export, so the redline and the conformed copy agree
    chosen = options or OutputOptions()
    if chosen.when is None:
        chosen = OutputOptions(chosen.author, dt.datetime.now(dt.UTC), chosen.curly)
    return {
        ITEMS_JSON: _items,
        SCHEDULE_TO_DOCX: lambda a: _schedule_to(a, chosen),
        NOTICE_DOCX: lambda a: _notice(a, chosen),
        REDLINE_DOCX: lambda a: _review(a, chosen).redline,
        CONFORMED_DOCX: lambda a: _review(a, chosen).conformed,
        SCHEDULE_TO_HTM: lambda a: _edgar(a, 0, "htm"),
        SCHEDULE_TO_TXT: lambda a: _edgar(a, 0, "txt"),
        f"{exhibit}.htm": lambda a: _edgar(a, 1, "htm"),
        f"{exhibit}.txt": lambda a: _edgar(a, 1, "txt"),
    }


def _check_writable(target: Path) -> None:
    """A file open in Word (Windows) or read-only is reported before anything is replaced."""
    if not target.exists():
        return
    try:
        with open(target, "ab"):
            pass
    except PermissionError as exc:
        raise WriteError(
            target,
            "is open in another program or read-only; close it and "
            "export again (the previous file is unchanged)",
        ) from exc


REVIEW_OUTPUTS = (REDLINE_DOCX, CONFORMED_DOCX)


def write_outputs(
    amendment: Amendment,
    out_dir: str | Path,
    names: list[str] | None = None,
    progress: Callable[[str, int, int], None] | None = None,
    skipped: dict[str, str] | None = None,
    options: OutputOptions | None = None,
) -> list[Path]:
    """Render everything first, then move each finished file into place atomically.

    The redline and conformed copy are review aids: when the original's Word file cannot
    carry a change as revisions, they are left out (named in `skipped`, with the reason)
    and the filing, notice and items are still written."""
    from amendtool.io.redline_docx import RedlineError

    out = Path(out_dir)
    available = renderers(amendment, options)
    chosen = names or list(available)
    rendered: dict[str, bytes] = {}
    with built_once():  # the filing, its exhibit and the notice are built once for all files
        for index, name in enumerate(chosen):
            if progress:
                progress(name, index, len(chosen))
            try:
                rendered[name] = available[name](amendment)
            except RedlineError as exc:
                if name not in REVIEW_OUTPUTS or skipped is None:
                    raise
                skipped[name] = str(exc)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise WriteError(out, f"folder cannot be created ({exc.strerror})") from exc
    staging = Path(tempfile.mkdtemp(prefix=".amendtool-", dir=out))
    written: list[Path] = []
    try:
        for name, data in rendered.items():
            temp = staging / name
            with open(temp, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
        for name in rendered:
            _check_writable(out / name)  # before any file is replaced: all or none
        for name in rendered:
            target = out / name
            try:
                os.replace(staging / name, target)
            except PermissionError as exc:
                raise WriteError(
                    target,
                    "is open in another program or read-only; close it "
                    "and export again (the previous file is unchanged)",
                ) from exc
            written.append(target)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    if progress:
        progress("done", len(chosen), len(chosen))
    return written
