"""Offers written by other hands: each case's items, as counsel wrote them down before the
tool was run, against the items drafted from the case's original and revised files.

A case the engine still gets wrong is listed, with what differs and why, in
tests/corpus/known_gaps.toml and runs as a strict expected failure: fixing the engine
makes it pass, and the strict mark then asks for the entry to be taken out.
"""

from __future__ import annotations

import re
import tomllib
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from amendtool.core.amendment import Amendment, draft_amendment
from amendtool.core.apply import TextDocument, apply_items
from amendtool.core.filing import load_filing
from amendtool.core.model import Document, SectionKind
from amendtool.io.load import load_document
from tests.corpus.build import case_dirs, case_files

HERE = Path(__file__).resolve().parent

# Which fields of an expected item are compared.
CHECKED_FIELDS = {
    "kind": True,
    "section": True,
    "page": True,
    "old_words": True,
    "new_words": True,
    "filing_contains": True,
    "new_contains": True,
    "unique_anchor": True,
    "materiality": True,
}


def _gaps() -> dict[str, dict[str, Any]]:
    with (HERE / "known_gaps.toml").open("rb") as handle:
        return dict(tomllib.load(handle).get("cases", {}))


GAPS = _gaps()
CASES = [case.name for case in case_dirs()]


def _known_gap(name: str, check: str) -> str | None:
    """Why the case is known to fail the check (known_gaps.toml), if it is."""
    gap = GAPS.get(name, {})
    return gap.get({"items": "reason"}.get(check, check))  # reason, classes, roundtrip


def _as_expected(name: str, check: str, problems: list[str], message: str) -> None:
    """No problems, or, for a known gap, exactly the differences it lists (`found`: the start
    of each problem): once one is fixed its entry is taken out of known_gaps.toml, and a new
    difference in the same case fails, so the list never hides a regression nor outlives a
    fix."""
    if reason := _known_gap(name, check):
        listed = [f for f in GAPS[name].get("found", []) if f.startswith(_FOUND_PREFIX[check])]
        unlisted = [p for p in problems if not any(p.startswith(f) for f in listed)]
        gone = [f for f in listed if not any(p.startswith(f) for p in problems)]
        assert not unlisted, f"{name}: differs beyond its known gap ({reason}):\n{message}"
        assert not gone, f"{name}: fixed {gone}: take them out of known_gaps.toml"
        assert problems, f"{name}: fixed ({reason}): take it out of known_gaps.toml"
    else:
        assert not problems, message


# which entries of a gap's `found` list belong to which check
_FOUND_PREFIX = {"items": "item", "classes": "classes: item ", "roundtrip": "applying"}


@cache
def drafted(name: str, scratch: Path) -> tuple[Document, Document, Amendment]:
    case = HERE / name
    original_path, revised_path = case_files(case, scratch / name)
    original = load_document(original_path)
    revised = load_document(revised_path)
    filing = load_filing(case / "filing.toml")
    return original, revised, draft_amendment(original, revised, filing)


@pytest.fixture(scope="session")
def scratch(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("corpus")


def _fold(text: str) -> str:
    text = re.sub("[“”]", '"', re.sub("[‘’]", "'", text))
    return " ".join(text.split()).casefold()


def _page(value: Any) -> str:
    return "" if value is None else str(value)


def outline(document: Document) -> list[tuple[str, str]]:
    """The sections counsel cite: the cover, a table of contents and the signature block
    after the last section are not among them."""
    return [
        (section.name, _page(section.page))
        for section in document.sections
        if section.kind not in (SectionKind.FRONT, SectionKind.CLOSING) and not section.is_contents
    ]


def anchor_problems(item: dict[str, Any]) -> list[str]:
    """Words a word-level instruction quotes from the old sentence must occur in it once."""
    if item["kind"] != "replace_words":
        return []
    quoted = re.findall(r'"([^"]+)"', item["filing_text"].replace("“", '"').replace("”", '"'))
    skip = {item["section"]}
    if item["locator"].get("question"):
        skip.add(item["locator"]["question"])
    problems = []
    for words in quoted:
        if words in skip or words.startswith("Section "):
            continue
        pattern = r"(?<!\w)" + re.escape(words) + r"(?!\w)"
        count = len(re.findall(pattern, item["old_text"]))
        if count > 1:
            problems.append(f'cites "{words}", which occurs {count} times in the sentence')
    return problems


def compare_item(expected: dict[str, Any], item: dict[str, Any]) -> list[str]:
    out = []
    checks = {
        "kind": (expected.get("kind"), item["kind"]),
        "section": (expected.get("section"), item["section"]),
        "page": (_page(expected.get("page")), _page(item.get("page_label"))),
        "old_words": (expected.get("old_words"), item.get("old_words")),
        "new_words": (expected.get("new_words"), item.get("new_words")),
        "materiality": (expected.get("materiality"), item.get("materiality")),
    }
    for field, (want, got) in checks.items():
        accepted = want if isinstance(want, list) else [want]  # kinds counsel accepts alike
        if CHECKED_FIELDS[field] and want is not None and got not in accepted:
            out.append(f"{field}: expected {want!r}, drafted {got!r}")
    if CHECKED_FIELDS["filing_contains"]:
        for phrase in expected.get("filing_contains", []):
            # a list holds wordings counsel would accept alike ("the second sentence" or
            # "the sentence beginning …")
            choices = phrase if isinstance(phrase, list) else [phrase]
            if not any(_fold(choice) in _fold(item["filing_text"]) for choice in choices):
                out.append(f"filing text lacks {' or '.join(repr(c) for c in choices)}")
    if CHECKED_FIELDS["new_contains"]:
        section = item.get("new_section") or {}
        new_text = " ".join(
            [
                item.get("new_text") or "",
                *(item.get("new_paragraphs") or []),
                section.get("heading") or "",
                *(section.get("paragraphs") or []),
            ]
        )
        for phrase in expected.get("new_contains", []):
            if _fold(phrase) not in _fold(new_text):
                out.append(f"quoted new text lacks {phrase!r}")
    if CHECKED_FIELDS["unique_anchor"]:
        out += anchor_problems(item)
    return out


def _score(want: dict[str, Any], item: dict[str, Any]) -> int:
    score = 4 if want.get("section") == item["section"] else 0
    score += 2 if _page(want.get("page")) == _page(item.get("page_label")) else 0
    kinds = want.get("kind")
    score += 1 if item["kind"] in (kinds if isinstance(kinds, list) else [kinds]) else 0
    return score if score >= 3 else 0


def align(
    wanted: list[dict[str, Any]], items: list[dict[str, Any]]
) -> list[tuple[int | None, int | None]]:
    """Pairs counsel's items with the drafted ones in order (most alike first), so that one
    missing item is reported as missing rather than shifting every later comparison."""
    rows, cols = len(wanted), len(items)
    best = [[0] * (cols + 1) for _ in range(rows + 1)]
    for i in range(rows - 1, -1, -1):
        for j in range(cols - 1, -1, -1):
            pair = _score(wanted[i], items[j])
            best[i][j] = max(
                best[i + 1][j], best[i][j + 1], best[i + 1][j + 1] + pair if pair else 0
            )
    out: list[tuple[int | None, int | None]] = []
    i = j = 0
    while i < rows or j < cols:
        if i < rows and j < cols:
            pair = _score(wanted[i], items[j])
            if pair and best[i][j] == best[i + 1][j + 1] + pair:
                out.append((i, j))
                i, j = i + 1, j + 1
                continue
        if i < rows and (j >= cols or best[i][j] == best[i + 1][j]):
            out.append((i, None))
            i += 1
        else:
            out.append((None, j))
            j += 1
    return out


def _label(index: int) -> str:
    return chr(ord("A") + index) if index < 26 else f"#{index + 1}"


def case_report(name: str, original: Document, amendment: Amendment) -> list[str]:
    """Every difference between counsel's expectation and the drafted items, one per line."""
    with (HERE / name / "expected.toml").open("rb") as handle:
        expected = tomllib.load(handle)
    problems: list[str] = []
    want_outline = [(o["name"], _page(o["page"])) for o in expected.get("outline", [])]
    got_outline = outline(original)
    if want_outline != got_outline:
        missing = [o for o in want_outline if o not in got_outline]
        extra = [o for o in got_outline if o not in want_outline]
        problems += [f"outline: missing {n!r} (page {p})" for n, p in missing]
        problems += [f"outline: not a section of the offer {n!r} (page {p})" for n, p in extra]
        if not missing and not extra:
            problems.append("outline: sections in another order")
    items = amendment.items_json()["items"]
    wanted = expected.get("item", [])
    for i, j in align(wanted, items):
        if j is None:
            want = wanted[i]
            problems.append(
                f"item {_label(i)}: missing {want['kind']} in {want['section']!r} "
                f"page {want['page']}"
            )
        elif i is None:
            item = items[j]
            problems.append(
                f"drafted {_label(j)}: unexpected {item['kind']} in {item['section']!r} "
                f"page {item.get('page_label')}: {item['filing_text'][:160]}"
            )
        else:
            for difference in compare_item(wanted[i], items[j]):
                problems.append(f"item {_label(i)} (drafted {_label(j)}): {difference}")
    if len(items) != len(wanted):
        problems.append(f"items: expected {len(wanted)}, drafted {len(items)}")
    return problems


def drafted_table(amendment: Amendment) -> str:
    lines = []
    for index, item in enumerate(amendment.items_json()["items"]):
        lines.append(
            f"  {_label(index)}. {item['kind']} | {item['section']} | p. {item.get('page_label')}"
            f" | {item['filing_text'][:150]}"
        )
    return "\n".join(lines)


@pytest.mark.parametrize("name", CASES)
def test_items_are_what_counsel_wrote(name: str, scratch: Path) -> None:
    original, _revised, amendment = drafted(name, scratch)
    problems = case_report(name, original, amendment)
    message = (
        f"{name}: {len(problems)} difference(s) from counsel's items\n"
        + "\n".join(f"  - {p}" for p in problems)
        + "\ndrafted:\n"
        + drafted_table(amendment)
    )
    _as_expected(name, "items", problems, message)


@pytest.mark.parametrize("name", CASES)
def test_proposed_classes_are_what_counsel_wrote(name: str, scratch: Path) -> None:
    """Every item drafted as counsel wrote it carries counsel's class, also in a case whose
    other fields still differ (a known gap hides nothing here)."""
    _original, _revised, amendment = drafted(name, scratch)
    with (HERE / name / "expected.toml").open("rb") as handle:
        wanted = tomllib.load(handle)["item"]
    items = amendment.items_json()["items"]
    problems = [
        f"classes: item {_label(i)} (drafted {_label(j)}): counsel {wanted[i]['materiality']} "
        f"({wanted[i]['why']}), proposed {items[j]['materiality']} "
        f"({items[j]['materiality_reason']})"
        for i, j in align(wanted, items)
        if i is not None and j is not None and items[j]["materiality"] not in _classes(wanted[i])
    ]
    _as_expected(name, "classes", problems, f"{name}:\n" + "\n".join(f"  - {p}" for p in problems))


def _classes(wanted: dict[str, Any]) -> list[str]:
    """The classes counsel accepts for an item: counsel's own, or (a list) also the safer
    class the tool proposes where it cannot know (which of two figures was the typo)."""
    classes = wanted["materiality"]
    return classes if isinstance(classes, list) else [classes]


@pytest.mark.parametrize("name", CASES)
def test_items_give_back_the_revised_text(name: str, scratch: Path) -> None:
    original, revised, amendment = drafted(name, scratch)
    amended = apply_items(TextDocument.from_document(original), amendment.items)
    same = amended.same_text(TextDocument.from_document(revised))
    problems = [] if same else ["applying the items does not give the revised text"]
    _as_expected(name, "roundtrip", problems, f"{name}: {problems}")


def test_every_known_gap_names_a_case_and_says_why() -> None:
    for name, gap in GAPS.items():
        assert name in CASES, f"known_gaps.toml names {name!r}, which is not a corpus case"
        assert gap.get("reason"), f"{name}: say why the case fails"
        assert gap.get("differs"), f"{name}: list the items that differ"
        assert gap.get("found"), f"{name}: list the start of each difference the test finds"


def test_every_case_is_complete() -> None:
    assert len(CASES) >= 1
    for name in CASES:
        case = HERE / name
        for file in ("case.toml", "filing.toml", "expected.toml", "original.src", "revised.src"):
            assert (case / file).is_file(), f"{name} lacks {file}"
        with (case / "expected.toml").open("rb") as handle:
            expected = tomllib.load(handle)
        assert expected.get("item"), f"{name}: no expected items"
        for item in expected["item"]:
            assert {"kind", "section", "page", "materiality", "why"} <= item.keys(), (name, item)


NOTE_PARTS = (
    "## Layout",
    "## What it tests",
    "## Expected and drafted",
    "## Reads worse than counsel",
)


def test_every_case_carries_its_note() -> None:
    """note.md: the layout the case stands for, what it tests, its expected items against
    the drafted ones, and what still reads worse than counsel's wording."""
    for name in CASES:
        path = HERE / name / "note.md"
        assert path.is_file(), f"{name} lacks note.md"
        text = path.read_text(encoding="utf-8")
        parts = [text.find(part) for part in NOTE_PARTS]
        assert -1 not in parts and parts == sorted(parts), f"{name}: note.md needs {NOTE_PARTS}"
        for start, end in zip(parts, [*parts[1:], len(text)], strict=True):
            body = text[start:end].split("\n", 1)[1].strip()
            assert len(body.split()) >= 3, f"{name}: note.md says nothing under {text[start:end]!r}"
