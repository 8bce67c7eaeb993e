"""The statement's exhibits the tool does not make (an election form filed as (a)(1)(B), the
plan, a press release), recorded once in the filing details: every amendment's exhibit index
lists them in label order, those filed before it marked as previously filed, and a number
one of the tool's own exhibits has is refused in one line."""

from __future__ import annotations

import dataclasses
import datetime as dt
import tomllib
from typing import Any

import pytest

from amendtool.core.amendment import Amendment, draft_amendment
from amendtool.core.checks import run_checks
from amendtool.core.filing import FilingDetails, FilingError, filing_from_dict, load_filing
from amendtool.core.filing_document import schedule_to_blocks
from amendtool.core.layout import Role, plain_text
from amendtool.core.series import Series
from amendtool.core.series_rules import check_exhibit, check_recorded_exhibits
from amendtool.io.load import load_document
from tests.conftest import SAMPLES

RECORDED = [
    {"label": "(a)(1)(B)", "description": "Form of Letter to Eligible Option Holders."},
    {"label": "(d)(1)", "description": "Halvorsen 2019 Equity Incentive Plan."},
    {"label": "(a)(5)", "description": "Press release dated April 2, 2026.", "filed_by": 1},
    {"label": "(a)(8)", "description": "Press release dated April 20, 2026.", "filed_by": 2},
    {"label": "(a)(9)", "description": "Press release dated May 1, 2026.", "filed_by": 3},
]


def sample_data(**amendment: Any) -> dict[str, Any]:
    data = tomllib.loads((SAMPLES / "filing.toml").read_text(encoding="utf-8"))
    data["amendment"].update(amendment)
    return data


def recorded_filing(exhibits: list[dict[str, Any]] = RECORDED, **amendment: Any) -> FilingDetails:
    data = sample_data(**amendment)
    data["offer"]["exhibits"] = exhibits
    return filing_from_dict(data)


def index_rows(amendment: Amendment) -> list[tuple[str, ...]]:
    blocks = schedule_to_blocks(amendment)
    return [tuple(b.cells) for b in blocks if b.role is Role.TABLE_ROW and b.document == "filing"]


@pytest.fixture(scope="module")
def documents() -> tuple[Any, Any]:
    return (
        load_document(SAMPLES / "offer-to-exchange.docx"),
        load_document(SAMPLES / "offer-to-exchange-revised.docx"),
    )


def test_amendment_no_2_lists_the_recorded_exhibits_in_label_order(documents: Any) -> None:
    filing = recorded_filing(number=2, date=dt.date(2026, 4, 20), notice_exhibit="(a)(7)")
    amendment = draft_amendment(*documents, filing)
    rows = index_rows(amendment)
    assert [r[0] for r in rows] == [
        "(a)(1)*",
        "(a)(1)(B)*",
        "(a)(3)*",
        "(a)(5)*",
        "(a)(7)",
        "(a)(8)",
        "(d)(1)*",
    ]  # (a)(9) is filed by a later amendment: not yet in the statement
    described = dict(rows)
    assert described["(d)(1)*"] == "Halvorsen 2019 Equity Incentive Plan."
    assert described["(a)(8)"] == "Press release dated April 20, 2026."
    text = plain_text(schedule_to_blocks(amendment))
    assert "* Previously filed." in text
    # the exhibit this amendment files is filed by an item, as its notice is
    assert "Exhibit (a)(8) to this Amendment is hereby filed as Exhibit (a)(8)" in text
    assert "Press release dated May 1, 2026." not in text
    assert not [f for f in run_checks(amendment) if f.code in ("series_exhibit", "exhibit")]


def test_recorded_once_every_later_amendment_of_the_series_lists_them(documents: Any) -> None:
    original, revised = documents
    series = Series(original)
    series.draft(revised, recorded_filing(number=1, date=dt.date(2026, 4, 4)))
    second = sample_data(number=2, date=dt.date(2026, 4, 20), notice_exhibit="(a)(7)")
    series.draft(series.base(1), filing_from_dict(second))  # records nothing itself
    labels = [r[0] for r in index_rows(series.amendment(1))]  # type: ignore[arg-type]
    assert labels == [
        "(a)(1)*",
        "(a)(1)(B)*",
        "(a)(3)*",
        "(a)(5)*",
        "(a)(6)*",
        "(a)(7)",
        "(a)(8)",
        "(d)(1)*",
    ]
    first = [r[0] for r in index_rows(series.amendment(0))]  # type: ignore[arg-type]
    assert first == ["(a)(1)*", "(a)(1)(B)*", "(a)(3)*", "(a)(5)", "(a)(6)", "(d)(1)*"]


def test_recorded_exhibits_survive_the_filing_details_round_trip() -> None:
    filing = recorded_filing(number=2, notice_exhibit="(a)(7)")
    again = filing_from_dict(filing.to_toml_dict())
    assert again.statement_exhibits == filing.statement_exhibits
    assert [e.filed_by for e in again.statement_exhibits] == [0, 0, 1, 2, 3]


@pytest.mark.parametrize(
    ("label", "owner"),
    [
        ("(a)(1)", "the offer document (offer.document_exhibit)"),
        ("(a)(3)", "the transmittal or election form (offer.election_form_exhibit)"),
        ("(a)(6)", "this amendment's notice (amendment.notice_exhibit)"),
    ],
)
def test_a_number_the_tool_files_itself_is_refused_in_one_line(label: str, owner: str) -> None:
    with pytest.raises(FilingError) as raised:
        recorded_filing([{"label": label, "description": "Something else."}])
    assert raised.value.problems == [
        f"offer.exhibits {label} is the number of {owner}, an exhibit the tool files itself: "
        "give the other exhibit the number it was filed as"
    ]
    assert "\n" not in str(raised.value)


def test_a_number_recorded_twice_or_malformed_is_refused() -> None:
    twice = [RECORDED[0], {"label": "(a)(1)(B)", "description": "Another."}]
    with pytest.raises(FilingError, match=r"\(a\)\(1\)\(B\) is listed twice"):
        recorded_filing(twice)
    with pytest.raises(FilingError, match="not an exhibit label"):
        recorded_filing([{"label": "a5", "description": "Press release."}])
    with pytest.raises(FilingError, match="give its description"):
        recorded_filing([{"label": "(a)(5)"}])


def test_a_misspelt_key_of_a_recorded_exhibit_is_refused(tmp_path: Any) -> None:
    import tomli_w

    data = sample_data()
    data["offer"]["exhibits"] = [{"label": "(a)(5)", "description": "Press.", "filedby": 1}]
    path = tmp_path / "filing.toml"
    path.write_text(tomli_w.dumps(data), encoding="utf-8")
    with pytest.raises(FilingError, match=r"offer\.exhibits\.filedby"):
        load_filing(path)


def test_in_a_series_a_recorded_number_an_earlier_notice_has_is_refused(documents: Any) -> None:
    original, revised = documents
    series = Series(original)
    series.draft(revised, recorded_filing([], number=1, date=dt.date(2026, 4, 4)))
    clash = [{"label": "(a)(6)", "description": "Press release.", "filed_by": 1}]
    second = recorded_filing(clash, number=2, date=dt.date(2026, 4, 20), notice_exhibit="(a)(7)")
    refusal = check_recorded_exhibits(series, second)
    assert refusal is not None and "\n" not in refusal
    assert refusal.startswith(
        "gives offer.exhibits (a)(6), the number of the exhibit Amendment No. 1 filed "
        "(Notice of Amendment to Offer to Exchange"
    )
    drafted = series.draft(series.base(1), second)
    amendment = series.amendment(series.amendments.index(drafted))
    assert amendment is not None
    findings = run_checks(amendment)
    assert [f for f in findings if f.code == "series_exhibit" and "(a)(6)" in f.message]


def test_a_next_notice_numbered_as_a_recorded_exhibit_is_refused(documents: Any) -> None:
    original, revised = documents
    series = Series(original)
    series.draft(revised, recorded_filing(number=1, date=dt.date(2026, 4, 4)))
    following = dataclasses.replace(
        load_filing(SAMPLES / "filing.toml"),
        amendment_number=2,
        amendment_date=dt.date(2026, 4, 20),
        notice_exhibit="(a)(5)",
    )
    refusal = check_exhibit(series, following)
    assert refusal is not None
    # Amendment No. 1 is a draft: its number is taken, but it is not said to be filed
    assert "already taken by Amendment No. 1's exhibit (a draft, not yet filed)" in refusal
    assert 'notice_exhibit = "(a)(7)"' in refusal
