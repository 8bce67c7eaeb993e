"""Every hostile input, in every role it can play, gives a clean outcome and no runaway.

ORIGINAL and REVISED of `draft`, the file of `outline`, `--filing`, and the project of
`export` and `check`: refused with one line naming the file (exit 2, nothing new in DIR), or
read with the words as written (no mojibake, no control character, no EDGAR markup from
the text). Each run's CPU time and peak memory are recorded; only a runaway (10 s of CPU, 1 GB)
or a hang fails: the same limit on every machine, held by amendtool's budget of work
(paragraphs, cells, characters), not by the machine's speed.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from lxml import etree

sys.path.insert(0, str(Path(__file__).parent))

from documents import EDITED_TO, as_text, edited, offer
from generator import DOCUMENT, FILING, PROJECT, Case, all_cases

from amendtool.core.errors import shown_name

ROOT = Path(__file__).resolve().parents[2]
SAMPLE_FILING = ROOT / "resources" / "samples" / "filing.toml"
RUNAWAY_CPU_SECONDS = 10.0
RUNAWAY_PEAK_MB = 1024.0
HANG_SECONDS = 300  # wall time: a run waiting on a pipe uses no CPU; a loaded machine is slow
MOJIBAKE = re.compile("Ã.|â€|Â[\u00a0-\u00bf]|\ufffd|Ð.Ð")
UNSAFE = re.compile("[\x00-\x08\x0b-\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u200e\u200f]")
EDGAR_MARKUP_IN_HTML = re.compile(r"<\s*/?\s*(TEXT|DOCUMENT|PAGE|TYPE)\b", re.IGNORECASE)
USER_FILE = "notes-of-counsel.txt"
OUTPUTS = ("items.json", "schedule-to-amendment.txt", "schedule-to-amendment.htm")


@dataclass
class Run:
    case: Case
    role: str
    argv: list[str]
    folder: Path
    out: Path
    subject: Path  # the hostile file
    expect: str = ""  # the outcome in this role, when it is not the case's own
    result: dict[str, float] = field(default_factory=dict)

    @property
    def label(self) -> str:
        return f"{self.case.name} as {self.role}"

    def stderr(self) -> str:
        return (self.folder / "stderr").read_text(encoding="utf-8", errors="replace")

    def stdout(self) -> str:
        return (self.folder / "stdout").read_text(encoding="utf-8", errors="replace")


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The clean counterparts: an original, its revision, the sample filing, a project."""
    folder = tmp_path_factory.mktemp("clean")
    original, revised = folder / "clean-original.txt", folder / "clean-revised.txt"
    original.write_text(as_text(offer()), encoding="utf-8")
    revised.write_text(as_text(edited(offer())), encoding="utf-8")
    project = folder / "clean.amend"
    command = [sys.executable, "-m", "amendtool", "draft", str(original), str(revised)]
    command += ["--filing", str(SAMPLE_FILING), "--out", str(folder / "out")]
    command += ["--project", str(project)]
    done = subprocess.run(command, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    return {"original": original, "revised": revised, "project": project, "logs": folder}


@pytest.fixture(scope="module")
def cases(world: dict[str, Path]) -> list[Case]:
    base = json.loads(world["project"].read_text(encoding="utf-8"))
    return all_cases(SAMPLE_FILING.read_text(encoding="utf-8"), base)


def plan(cases: list[Case], kind: str, world: dict[str, Path], root: Path) -> list[Run]:
    runs: list[Run] = []
    filing = str(SAMPLE_FILING)
    only = re.compile(os.environ.get("AMENDTOOL_HOSTILE_CASES", ""))  # a developer's subset
    for case in (c for c in cases if c.kind == kind and only.search(c.name)):
        inputs = root / case.name / "input"
        inputs.mkdir(parents=True)
        path = case.make(inputs)
        twin = case.companion(inputs) if case.companion else None
        roles: dict[str, list[str]] = {}
        wrong_role = ""  # the role in which this file is the wrong kind of file: refused
        if kind == DOCUMENT:
            # a read case against its revised twin (and the twin against it); a refused
            # one against the clean offer
            other = twin or world["revised"]
            roles["original"] = ["draft", str(path), str(other)]
            roles["revised"] = ["draft", str(twin or world["original"]), str(path)]
            roles["outline"] = ["outline", "--json", str(path)]
            for role in ("original", "revised"):
                roles[role] += ["--filing", filing]
            roles[wrong_role := "project"] = ["export", str(path)]
        elif kind == FILING:
            roles["filing"] = ["draft", str(world["original"]), str(world["revised"])]
            roles["filing"] += ["--filing", str(path)]
            roles[wrong_role := "original"] = ["draft", str(path), str(world["revised"])]
            roles[wrong_role] += ["--filing", filing]
        else:
            roles["export"] = ["export", str(path)]
            if case.outcome == "refuse" or case.name.startswith("project-filing"):
                roles["check"] = ["check", str(path)]
            roles[wrong_role := "original"] = ["draft", str(path), str(world["revised"])]
            roles[wrong_role] += ["--filing", filing]
        for role, argv in roles.items():
            folder = root / case.name / role
            out = folder / "out"
            out.mkdir(parents=True)
            (out / USER_FILE).write_text("counsel's own file\n", encoding="utf-8")
            if argv[0] in ("draft", "export"):
                argv = [*argv, "--out", str(out)]
            expect = "refuse" if role == wrong_role else ""
            runs.append(Run(case, role, argv, folder, out, path, expect))
    return runs


def execute(runs: list[Run], logs: Path) -> None:
    jobs = [
        {
            "argv": run.argv,
            "cwd": str(run.folder),
            "stdout": str(run.folder / "stdout"),
            "stderr": str(run.folder / "stderr"),
            "timeout": HANG_SECONDS,
            "env": {"XDG_STATE_HOME": str(logs / "state"), "XDG_CACHE_HOME": str(logs / "cache")},
        }
        for run in runs
    ]
    logs.mkdir(parents=True, exist_ok=True)
    jobs_file, results_file = logs / "jobs.json", logs / "results.json"
    jobs_file.write_text(json.dumps(jobs), encoding="utf-8")
    runner = Path(__file__).parent / "runner.py"
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    subprocess.run(
        [sys.executable, str(runner), str(jobs_file), str(results_file)],
        check=True,
        timeout=60 * 60,
        env=env,
    )
    for run, result in zip(runs, json.loads(results_file.read_text()), strict=True):
        run.result = result
    _record(runs, logs)


def _record(runs: list[Run], logs: Path) -> None:
    """Time and peak memory of every run, kept beside the runs (and where the environment
    asks): the slowest and largest are printed."""
    table = [
        {
            "run": run.label,
            "exit": run.result["exit"],
            **{k: round(v, 3) for k, v in run.result.items() if k != "exit"},
        }
        for run in runs
    ]
    report = json.dumps(table, indent=1)
    (logs / "measurements.json").write_text(report, encoding="utf-8")
    if target := os.environ.get("AMENDTOOL_HOSTILE_REPORT"):
        with open(target, "a", encoding="utf-8") as handle:
            handle.write(report + "\n")
    for row in sorted(table, key=lambda r: -r["cpu"])[:5]:
        print(f"slowest: {row['run']}: {row['cpu']} s CPU, {row['peak_mb']} MB peak")


def problems(run: Run) -> list[str]:
    """What went wrong with one run, in words; empty when all is well."""
    found: list[str] = []
    result, stderr = run.result, run.stderr()
    lines = [line for line in stderr.splitlines() if line.strip()]
    if result["exit"] < 0 or result["wall"] >= HANG_SECONDS:
        return [f"did not finish (signal {-result['exit']}, {result['wall']:.0f} s)"]
    if result["cpu"] > RUNAWAY_CPU_SECONDS:
        found.append(
            f"ran away: {result['cpu']:.1f} s of CPU (the limit is {RUNAWAY_CPU_SECONDS:.0f} s)"
        )
    if result["peak_mb"] > RUNAWAY_PEAK_MB:
        found.append(f"ran away: {result['peak_mb']:.0f} MB at its peak")
    if "Traceback" in stderr or result["exit"] not in (0, 1, 2):
        found.append(f"exit {result['exit']}: {stderr[-600:]}")
        return found
    if any(not line.startswith("amendtool: ") for line in lines):
        found.append(f"stderr lines not from amendtool: {lines[:3]}")
    written = sorted(p.name for p in run.out.iterdir())
    beside = sorted(p.name for p in run.folder.iterdir())
    if beside != ["out", "stderr", "stdout"]:
        found.append(f"left beside the output folder: {beside}")
    if USER_FILE not in written:
        found.append("counsel's own file in DIR is gone")
    outcome = run.expect or run.case.outcome
    if outcome == "refuse" and result["exit"] != 2:
        found.append(f"expected a refusal (exit 2), got exit {result['exit']}: {lines[-3:]}")
    if outcome == "read" and result["exit"] != 0:
        found.append(f"expected it read (exit 0), got exit {result['exit']}: {lines[-3:]}")
    if result["exit"] == 2:
        if len(lines) != 1:
            found.append(f"a refusal must be one line, got {len(lines)}: {lines[:4]}")
        if lines and shown_name(run.subject.name) not in lines[0]:
            found.append(f"the refusal does not name {run.subject.name}: {lines[0]}")
    if result["exit"] != 0:
        if written != [USER_FILE]:
            found.append(f"refused, yet wrote into DIR: {written}")
        return found
    found += _output_problems(run, written)
    return found


def _output_problems(run: Run, written: list[str]) -> list[str]:
    found: list[str] = []
    texts = {"stdout": run.stdout()}
    if run.argv[0] in ("draft", "export"):
        for name in OUTPUTS:
            if name not in written:
                found.append(f"{name} was not written")
                continue
            texts[name] = (run.out / name).read_text(encoding="utf-8")
        conformed = run.out / "conformed-offer.docx"
        if conformed.exists():
            with zipfile.ZipFile(conformed) as package:
                texts["conformed"] = package.read("word/document.xml").decode("utf-8")
    for name, text in texts.items():
        if match := MOJIBAKE.search(text):
            found.append(
                f"mojibake in {name}: …{text[max(0, match.start() - 30) : match.end() + 30]}…"
            )
        if match := UNSAFE.search(text):
            found.append(f"U+{ord(match.group()):04X} in {name}")
    ascii_text = texts.get("schedule-to-amendment.txt", "")
    for line in ascii_text.splitlines():
        if re.search(r"<[A-Za-z/!?]", line) and line != "<PAGE>":
            found.append(f"EDGAR would read markup in the .txt: {line.strip()[:80]}")
    if match := EDGAR_MARKUP_IN_HTML.search(texts.get("schedule-to-amendment.htm", "")):
        found.append(f"EDGAR markup in the .htm: {match.group()}")
    printed = {**texts, "conformed": _printed(texts.get("conformed", ""))}
    for name, text in printed.items():
        found += [
            f"{word!r}, not printed in the input, is in {name}"
            for word in run.case.unprinted
            if word in text
        ]
    if run.case.kind == DOCUMENT and run.argv[0] == "draft":
        items = texts.get("items.json", "")
        if tag := re.search(r"</?(?:p|b|i|div|span|td|tr|table|html|body|hr)\b[^<>]*>", items):
            found.append(f"the input's markup is quoted as words in items.json: {tag.group()}")
        if "café" in EDITED_TO and run.case.telltales and "café" not in items:
            found.append("the revised sentence is not quoted as written in items.json")
        for word in run.case.telltales:
            if word not in texts.get("conformed", word):
                found.append(f"{word!r} is not in the conformed copy as written")
    return found


def _printed(document_xml: str) -> str:
    """The words of a Word body that Word prints: without hidden runs, deleted text or a
    text box's fallback copy (the conformed copy keeps the original's, unprinted, as Word
    would)."""
    if not document_xml:
        return ""
    w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    fallback = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
    root = etree.fromstring(document_xml.encode("utf-8"))
    unprinted = [e for e in root.iter(f"{w}del", fallback)]
    unprinted += [r for r in root.iter(f"{w}r") if r.find(f"{w}rPr/{w}vanish") is not None]
    for element in unprinted:
        if element.getparent() is not None and element.getparent().tag != f"{w}rPr":
            element.getparent().remove(element)
    return "".join(t.text or "" for t in root.iter(f"{w}t"))


def _check_all(runs: list[Run]) -> None:
    failures = {run.label: p for run in runs if (p := problems(run))}
    summary = "\n".join(f"{label}: {'; '.join(p)}" for label, p in sorted(failures.items()))
    assert not failures, f"{len(failures)} of {len(runs)} runs went wrong:\n{summary}"


@pytest.mark.parametrize("kind", [DOCUMENT, FILING, PROJECT])
def test_hostile_inputs_in_every_role(
    kind: str, cases: list[Case], world: dict[str, Path], tmp_path: Path
) -> None:
    runs = plan(cases, kind, world, tmp_path)
    assert runs, f"the generator made no {kind} case"
    execute(runs, world["logs"] / kind)
    _check_all(runs)
