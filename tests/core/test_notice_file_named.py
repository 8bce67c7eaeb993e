"""The notice's own file is named for its readers: "employee-notice.docx" for an offer to
employees, "holders-notice.docx" for an offer to holders (an Offer to Purchase of preferred
stock or notes). Writing again into a folder that held the other name removes the old file
(it is amendtool's own, unchanged, and no longer part of the set), and the manifest lists
only the new one."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

from amendtool.core.amendment import draft_amendment
from amendtool.core.filing import FilingDetails
from amendtool.io.output_set import MANIFEST
from amendtool.io.outputs import notice_file_name, write_outputs
from tests.core.test_plain_holders import OFFER, holders  # noqa: F401
from tests.support.builders import doc
from tests.support.plain import lowered, plain_filing

RAISED = [(h, [p.replace("$25.00", "$26.25") for p in ps]) for h, ps in OFFER]
NOTICE_ONLY = ["items.json", "schedule-to-amendment.docx"]


def test_the_notice_file_is_named_for_its_readers(
    holders: FilingDetails,  # noqa: F811
    example_filing_toml: Path,
) -> None:
    to_holders = draft_amendment(doc(OFFER), doc(RAISED), holders)
    to_employees = lowered(plain_filing(example_filing_toml))
    assert notice_file_name(to_holders) == "holders-notice.docx"
    assert notice_file_name(to_employees) == "employee-notice.docx"


def test_writing_a_holders_notice_removes_the_employees_file_it_replaces(
    holders: FilingDetails,  # noqa: F811
    tmp_path: Path,
) -> None:
    employees = dataclasses.replace(
        holders, document_title="Offer to Exchange", notice_to="Eligible Employees"
    )
    out = tmp_path / "out"
    earlier = draft_amendment(doc(OFFER), doc(RAISED), employees)
    names = [*NOTICE_ONLY, notice_file_name(earlier)]
    write_outputs(earlier, out, names=names)
    assert (out / "employee-notice.docx").is_file()
    report: list[str] = []
    now = draft_amendment(doc(OFFER), doc(RAISED), holders)
    write_outputs(now, out, names=[*NOTICE_ONLY, notice_file_name(now)], report=report)
    assert (out / "holders-notice.docx").is_file()
    assert not (out / "employee-notice.docx").exists(), report
    listed = json.loads((out / MANIFEST).read_text("utf-8"))["files"]
    assert "holders-notice.docx" in listed and "employee-notice.docx" not in listed, listed
    assert any("employee-notice.docx" in line for line in report), report
