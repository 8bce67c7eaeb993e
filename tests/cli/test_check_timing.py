"""`amendtool check` on an offer revised only by lowering its eligibility threshold."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli.test_check_command import amendtool
from tests.conftest import SAMPLES


def threshold_pair(tmp_path: Path) -> tuple[Path, Path, Path]:
    """The sample offer with a $20.00 threshold, revised to $17.50 and nothing else; the
    amendment is dated 8 business days before the expiration (April 14 to 23, 2026)."""
    text = (SAMPLES / "offer-to-exchange.txt").read_text(encoding="utf-8")
    original, revised, filing = (tmp_path / n for n in ("o.txt", "r.txt", "filing.toml"))
    original.write_text(text.replace("$12.00", "$20.00"), encoding="utf-8")
    revised.write_text(text.replace("$12.00", "$17.50"), encoding="utf-8")
    details = (SAMPLES / "filing.toml").read_text(encoding="utf-8")
    filing.write_text(details.replace("date = 2026-04-09", "date = 2026-04-14"), encoding="utf-8")
    return original, revised, filing


def test_a_lowered_threshold_needs_ten_business_days_and_counsel_can_decide_otherwise(
    tmp_path: Path,
) -> None:
    original, revised, filing = threshold_pair(tmp_path)
    checked = amendtool("check", str(original), str(revised), "--filing", str(filing))
    assert checked.returncode == 1
    lines = checked.stdout.splitlines()
    assert lines == [
        f"  {letter}  consideration proposed  Lowers the minimum exercise price of eligible "
        "options from $20.00 to $17.50 in the offer's terms"
        for letter in "ABC"
    ]
    assert (
        "error: after a change in the consideration offered or the securities sought the offer "
        "must stay open 10 business days, counting the amendment's own day as Rule 14d-1(g)(3) "
        "does: from Tuesday, April 14, 2026 through Monday, April 27, "
        "2026 (not counted: Saturdays and Sundays); it expires at 11:59 p.m., Eastern "
        "Time, on April 23, 2026, leaving 7, counted through Wednesday, April 22, 2026 (the offer "
    ) in checked.stderr
    assert (  # the 23rd ends at 11:59 p.m., a minute before its business day does
        "closes before 12:00 midnight Eastern time on Thursday, April 23, 2026, so that day does "
        "not count)"
    ) in checked.stderr
    assert (
        "Earliest compliant expiration: 12:00 midnight, Eastern Time, at the end of April 27, 2026"
    ) in checked.stderr

    project = tmp_path / "p.amend"
    drafted = amendtool(
        "draft", str(original), str(revised), "--filing", str(filing),
        "--out", str(tmp_path / "out"), "--project", str(project),
    )  # fmt: skip
    assert drafted.returncode == 0
    items = json.loads((tmp_path / "out" / "items.json").read_text())["items"]
    assert [(i["materiality"], i["materiality_source"]) for i in items] == [
        ("consideration", "proposed")
    ] * 3
    reason = items[0]["materiality_reason"]
    assert reason.startswith("Lowers the minimum exercise price of eligible options")

    # counsel marks the items clarifying in the project file
    data = json.loads(project.read_text(encoding="utf-8"))
    [amendment] = data["amendments"]  # a project holds its series of amendments
    for item in amendment["items"]:
        item.update(materiality="clarifying", materiality_source="counsel")
    project.write_text(json.dumps(data), encoding="utf-8")
    passed = amendtool("check", str(project))
    assert passed.returncode == 0, passed.stderr
    assert "3 items checked: no errors (timing follows counsel's classification of 3)" in (
        passed.stdout
    )
    assert "  A  clarifying    counsel   proposed consideration: Lowers the minimum" in (
        passed.stdout
    )
    assert (
        "note: item A is classified clarifying by counsel; the rules propose consideration"
    ) in passed.stderr

    # counsel's choice is kept when the same pair is drafted into the project again
    again = amendtool(
        "draft", str(original), str(revised), "--filing", str(filing),
        "--out", str(tmp_path / "out"), "--project", str(project),
    )  # fmt: skip
    assert "kept counsel's wording or classification for 3 item(s)" in again.stderr
    items = json.loads((tmp_path / "out" / "items.json").read_text())["items"]
    assert {(i["materiality"], i["materiality_source"]) for i in items} == {
        ("clarifying", "counsel")
    }


def test_filing_details_that_disagree_with_the_offers_expiration_stop_every_output(
    tmp_path: Path,
) -> None:
    """The offer states April 23; filing.toml says April 30. Check names both and where each
    is stated; export writes nothing that states a date the offer does not, even with
    --force."""
    original, revised, filing = threshold_pair(tmp_path)
    details = filing.read_text(encoding="utf-8")
    assert "expiration = 2026-04-23T23:59:00" in details
    filing.write_text(details.replace("2026-04-23T23:59", "2026-04-30T23:59"), encoding="utf-8")
    checked = amendtool("check", str(original), str(revised), "--filing", str(filing))
    assert checked.returncode == 1
    assert (
        "error: the filing details' “Expires (local time)” (offer.expiration) gives the "
        "expiration as "
        "11:59 p.m., Eastern Time, on April 30, 2026, but the offer states “11:59 "
        "P.M., EASTERN TIME, ON APRIL 23, 2026” (the first paragraph on the cover page; the "
    ) in checked.stderr
    # cited as the items cite them: a summary's answer by its question, every place named
    assert (
        '; the answer to the question "When does the offer expire? Can the offer be extended, '
        'and if so, how will I be notified?" in Summary Term Sheet on page 5; the fifth '
        "paragraph in Section 1. Number of Options; Expiration Date on page 10)"
    ) in checked.stderr
    project = tmp_path / "p.amend"
    drafted = amendtool(
        "draft", str(original), str(revised), "--filing", str(filing),
        "--out", str(tmp_path / "draft"), "--project", str(project),
    )  # fmt: skip
    assert drafted.returncode == 0  # a working draft, the error said as check says it
    assert (
        "error: the filing details' “Expires (local time)” (offer.expiration) gives"
        in drafted.stderr
    )
    out = tmp_path / "out"
    refused = amendtool("export", str(project), "--out", str(out), "--force")
    assert refused.returncode == 1 and not out.exists()
    assert "export refused: the filing details and the offer state different expirations" in (
        refused.stderr
    )


def test_a_draft_on_an_expiration_the_offer_does_not_state_is_marked_so_and_check_agrees(
    tmp_path: Path,
) -> None:
    """Draft still writes its working draft, but the disagreement cannot be missed: it is
    the draft's last word on the screen, it is in the draft's items.json as the checks'
    error, and `check` of the drafted project reports the same error and exits 1."""
    original, revised, filing = threshold_pair(tmp_path)
    details = filing.read_text(encoding="utf-8")
    filing.write_text(details.replace("2026-04-23T23:59", "2026-04-30T23:59"), encoding="utf-8")
    out, project = tmp_path / "draft", tmp_path / "p.amend"
    drafted = amendtool(
        "draft", str(original), str(revised), "--filing", str(filing),
        "--out", str(out), "--project", str(project),
    )  # fmt: skip
    assert drafted.returncode == 0
    last = drafted.stderr.strip().splitlines()[-1]
    assert last.startswith("amendtool: warning: this working draft states the expiration")
    assert "April 30, 2026, which the offer does not state" in last
    assert "export refuses" in last and "items.json" in last
    recorded = json.loads((out / "items.json").read_text(encoding="utf-8"))["checks"]
    [disagrees] = [c for c in recorded if c["code"] == "expiration_stated"]
    assert disagrees["severity"] == "error" and disagrees["on"] == "filing"
    checked = amendtool("check", str(project))
    assert checked.returncode == 1
    assert f"error: {disagrees['message']}" in checked.stderr
    clean_out = tmp_path / "clean"
    filing.write_text(details, encoding="utf-8")  # the offer's own expiration
    agreed = amendtool(
        "draft", str(original), str(revised), "--filing", str(filing), "--out", str(clean_out)
    )
    assert "this working draft states the expiration" not in agreed.stderr
    recorded = json.loads((clean_out / "items.json").read_text(encoding="utf-8"))["checks"]
    assert not [c for c in recorded if c["code"] == "expiration_stated"]
