"""Long Offers to Exchange for the benchmarks: the sample's sections repeated and renumbered
to any length, and revisions with scattered edits that move the printed page numbers (as
every real revision of a long offer does) or leave every page where it was."""

from __future__ import annotations

import hashlib
import random
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import make_samples as samples  # noqa: E402

FRONT_PAGES = 10  # cover, contents, summary term sheet and risks before "The Offer"
BODY_PAGES = 22  # one copy of the numbered sections


def copies_for(pages: int) -> int:
    return max(1, round((pages - FRONT_PAGES) / BODY_PAGES))


def big_units(pages: int = 300) -> list[samples.Unit]:
    """The sample with its numbered sections repeated until it prints about `pages` pages."""
    base = samples.parse_source()
    start = next(i for i, u in enumerate(base) if u.kind == "section")
    end = next(i for i, u in enumerate(base) if u.kind == "part" and u.text == "SCHEDULE A")
    body = base[start:end]
    units = list(base[:start])
    number = 0
    for _ in range(copies_for(pages)):
        for unit in body:
            if unit.kind == "section":
                number += 1
                units.append(replace(unit, number=str(number)))
            else:
                units.append(replace(unit))
    return units + base[end:]


ADDED_SENTENCE = "This sentence, number {n}, was added by the amendment."
NEW_PARAGRAPH = (
    "A new paragraph, number {n}, inserted by the amendment to clarify the disclosure. We "
    "will notify you promptly of any extension, amendment or termination of the offer, and we "
    "will file each such notice with the Securities and Exchange Commission as an amendment to "
    "the Tender Offer Statement on Schedule TO, as the rules of the Commission require."
)
REWRITTEN = (
    "This paragraph, number {n}, has been rewritten in its entirety by counsel, so that it "
    "now states the terms of the offer as amended, and every other term of the offer remains "
    "as stated in the Offer to Exchange."
)


def scattered_edits(
    units: list[samples.Unit], count: int, seed: int = 7, moving: bool = True
) -> list[samples.Unit]:
    """`count` edits of the kinds counsel make (a word, a sentence added, a paragraph added,
    a paragraph rewritten), spread through the body. `moving`: added text takes lines, so
    every page after the first edit moves; otherwise each edit keeps its paragraph's line
    count (a paragraph added replaces a paragraph's text instead), so no page moves."""
    rng = random.Random(seed)
    out = [replace(u) for u in units]
    paragraphs = [i for i, u in enumerate(out) if u.kind == "para"]
    chosen = sorted(rng.sample(paragraphs, min(count, len(paragraphs))), reverse=True)
    for n, index in enumerate(chosen):
        unit = out[index]
        text = unit.text
        kind = n % 4
        if kind == 0:
            # a same-length word where the pages must stay put
            edited = text.replace(" the ", " such " if moving else " any ", 1)
            if edited == text:
                edited = text + " As amended."
        elif kind == 1:
            edited = text + " " + ADDED_SENTENCE.format(n=n)
        elif kind == 2:
            if moving:
                out.insert(index + 1, samples.Unit("para", NEW_PARAGRAPH.format(n=n)))
                continue
            edited = NEW_PARAGRAPH.format(n=n)
        else:
            edited = REWRITTEN.format(n=n)
        if not moving:
            edited = _same_lines(unit, edited)
        unit.text = edited
    return out


def _same_lines(unit: samples.Unit, edited: str) -> str:
    """`edited`, cut or padded so that the paragraph prints on as many lines as before."""
    lines = len(samples._wrapped(unit))
    words = edited.split()
    filler = "and the terms of the offer otherwise remain unchanged".split()
    while len(samples._wrapped(replace(unit, text=" ".join(words)))) > lines and len(words) > 1:
        words.pop()
    step = 0
    while len(samples._wrapped(replace(unit, text=" ".join(words)))) < lines:
        words.append(filler[step % len(filler)])
        step += 1
    if len(samples._wrapped(replace(unit, text=" ".join(words)))) > lines:
        words.pop()
    return " ".join(words)


def contents_moved(original: list[samples.Unit], revised: list[samples.Unit]) -> tuple[int, int]:
    """How many entries of the table of contents print another page number after the edits,
    and how many entries it has."""
    before = dict(_contents(original))
    after = dict(_contents(revised))
    return sum(1 for title, page in before.items() if after.get(title) != page), len(before)


def _contents(units: list[samples.Unit]) -> list[tuple[str, str]]:
    pages = samples.paginate(units)
    return samples.toc_entries(pages, samples.page_labels(pages))


def cache_folder() -> Path:
    """Where corpora are kept between runs (writing a 3,000-page offer takes minutes): a
    folder named after the generator's own sources, so a changed generator writes anew."""
    digest = hashlib.sha256()
    for source in (Path(__file__), Path(samples.__file__), samples.SOURCE):
        digest.update(source.read_bytes())
    return Path(tempfile.gettempdir()) / f"amendtool-bench-corpus-{digest.hexdigest()[:12]}"


def write(
    folder: Path | None = None, edits: int = 30, pages: int = 300, moving: bool = True
) -> dict[str, Path]:
    """The original and its revision as .docx and EDGAR .txt, in `folder` (by default the
    cache folder, where files already written are reused)."""
    folder = folder or cache_folder()
    folder.mkdir(parents=True, exist_ok=True)
    stem = f"p{pages}"
    tag = f"{stem}-e{edits}-{'moving' if moving else 'still'}"
    files = {
        "docx": folder / f"{stem}.docx",
        "txt": folder / f"{stem}.txt",
        "revised_docx": folder / f"{tag}-revised.docx",
        "revised_txt": folder / f"{tag}-revised.txt",
    }
    done = folder / f"{tag}.moved"  # written last: the set is complete
    if done.exists() and all(path.exists() for path in files.values()):
        return files
    units = big_units(pages)
    revised = scattered_edits(units, edits, moving=moving)
    for key, render, source in (
        ("docx", samples.render_docx, units),
        ("txt", samples.render_txt, units),
        ("revised_docx", samples.render_docx, revised),
        ("revised_txt", samples.render_txt, revised),
    ):
        if key.startswith("revised") or not files[key].exists():
            partial = files[key].with_name(f"writing-{files[key].name}")
            render(source, partial)
            partial.replace(files[key])  # a file in the folder is always whole
    moved_count, entries = contents_moved(units, revised)
    done.write_text(f"{moved_count} {entries}")
    return files


def moved(files: dict[str, Path]) -> tuple[int, int]:
    """The contents' entries moved by the revision in `files` (written by `write`)."""
    tag = files["revised_docx"].name.removesuffix("-revised.docx")
    moved_count, entries = (files["revised_docx"].parent / f"{tag}.moved").read_text().split()
    return int(moved_count), int(entries)


def edits(files: dict[str, Path]) -> int:
    """The number of edits of the revision in `files` (written by `write`)."""
    tag = files["revised_docx"].name.removesuffix("-revised.docx")
    return int(tag.rsplit("-", 2)[1].removeprefix("e"))
