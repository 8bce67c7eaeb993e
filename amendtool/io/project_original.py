"""Whether a project's original is still the file it was drafted from: found where it was or
beside the project, with the same bytes (or the same text with other line ends)."""

from __future__ import annotations

from pathlib import Path

from amendtool.core.errors import InputError, shown_name, shown_path
from amendtool.core.model import Document
from amendtool.core.typography import fold_typography
from amendtool.io.source_file import read_source, sha256


def original_error(project: Path, original: Document) -> str:
    """The one line the command line and the app give when the project's original is not the
    file it was drafted from ('' when it is: the redline is then made from the file where it
    was found, which may be beside a moved project)."""
    problem, found = original_problem(original.source, original.sha256, project)
    if problem:
        if found is None:
            advice = "put it back where it was or beside the project"
        elif "changed" in problem:
            advice = (
                "put back the file it was drafted from (from a copy), or draft the amendment "
                "again from this one"
            )
        else:
            advice = "make it readable, or put a copy of it beside the project"
        return (
            f"{problem}: {advice}; until then the redline and conformed copy are made from "
            "the text saved in the project, in the house style"
        )
    if found is not None:
        original.source = str(found)
    return ""


def original_problem(source: str, digest: str, project: Path) -> tuple[str, Path | None]:
    """What is wrong with the project's original file ('' when it is the file it was drafted
    from), and where it was found. Looked for where it was, then beside the project."""
    if not source:
        return "", None
    recorded = Path(source)
    candidates = [recorded, project.parent / recorded, project.parent / recorded.name]
    found = next((p for p in candidates if p.is_file()), None)
    if found is None and recorded.exists():
        return (
            f"the original recorded at {shown_path(recorded)} is no file there now (a folder "
            "or a device)",
            None,
        )
    if found is None:
        return (
            f"the original {shown_name(recorded.name)} is no longer at {shown_path(recorded)}",
            None,
        )
    if not digest:
        return "", found
    try:
        data = read_source(found)
    except InputError as error:
        return f"the original {shown_name(found.name)} cannot be read ({error.problem})", found
    if sha256(data) != digest and digest not in map(sha256, _line_end_forms(data)):
        return (
            f"the original {shown_name(found.name)} has changed since the project was drafted",
            found,
        )
    return "", found


def _line_end_forms(data: bytes) -> list[bytes]:
    """The same text with its lines ended as Unix, Windows and old Macintosh end them: an
    original saved again by another editor is the file it was drafted from."""
    if data.startswith(b"PK") or b"\x00" in data[:4096]:
        return []  # a Word package, or UTF-16: its bytes are its own
    unix = data.replace(b"\r\n", b"\n").replace(b"\r", b"\n")
    return [unix, unix.replace(b"\n", b"\r\n"), unix.replace(b"\n", b"\r")]


def same_original(recorded: Document, given: Document) -> bool:
    """`given` is the original the project was made from: the same bytes, or the same words
    (a copy saved again, with other line ends or another name)."""
    if recorded.sha256 and recorded.sha256 == given.sha256:
        return True

    def words(document: Document) -> list[str]:
        return [
            fold_typography(text)
            for section in document.sections
            for text in (section.heading, *(p.text for p in section.paragraphs))
            if text.strip()
        ]

    return words(recorded) == words(given)
