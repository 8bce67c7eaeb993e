"""A ~300-page Offer to Exchange for the benchmarks: the sample's sections repeated, renumbered."""

from __future__ import annotations

import random
import sys
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import make_samples as samples  # noqa: E402


def big_units(copies: int = 13) -> list[samples.Unit]:
    base = samples.parse_source()
    start = next(i for i, u in enumerate(base) if u.kind == "section")
    end = next(i for i, u in enumerate(base) if u.kind == "part" and u.text == "SCHEDULE A")
    body = base[start:end]
    units = list(base[:start])
    number = 0
    for _ in range(copies):
        for unit in body:
            if unit.kind == "section":
                number += 1
                units.append(replace(unit, number=str(number)))
            else:
                units.append(replace(unit))
    return units + base[end:]


def scattered_edits(units: list[samples.Unit], count: int, seed: int = 7) -> list[samples.Unit]:
    """`count` edits of the kinds counsel make, spread through the document."""
    rng = random.Random(seed)
    out = [replace(u) for u in units]
    paragraphs = [i for i, u in enumerate(out) if u.kind == "para"]
    chosen = sorted(rng.sample(paragraphs, count), reverse=True)
    for n, index in enumerate(chosen):
        text = out[index].text
        kind = n % 4
        if kind == 0:
            out[index].text = text.replace(" the ", " such ", 1)
        elif kind == 1:
            out[index].text = text + " This sentence was added by the amendment."
        elif kind == 2:
            out.insert(
                index + 1,
                samples.Unit(
                    "para", "A new paragraph inserted by the amendment to clarify the disclosure."
                ),
            )
        else:
            out[index].text = "This paragraph has been rewritten in its entirety by counsel."
    return out


def write(folder: Path, edits: int = 30) -> dict[str, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    units = big_units()
    revised = scattered_edits(units, edits)
    files = {
        "docx": folder / "big.docx",
        "txt": folder / "big.txt",
        "revised_docx": folder / "big-revised.docx",
        "revised_txt": folder / "big-revised.txt",
    }
    samples.render_docx(units, files["docx"])
    samples.render_txt(units, files["txt"])
    samples.render_docx(revised, files["revised_docx"])
    samples.render_txt(revised, files["revised_txt"])
    return files
