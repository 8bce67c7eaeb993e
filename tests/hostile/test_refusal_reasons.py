"""Each refusal gives the reason that is true of the file: a Word package saved in a form
amendtool does not read is named by the form Word gives it; a revision that takes out a long
schedule is a revision; a filing.toml with old Macintosh line ends is filing details; and a
defect met while reading names no Python error, but where its details were written."""

from __future__ import annotations

import io
import sys
import zipfile
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from documents import SAMPLE_FILING, as_docx, as_html, offer

from amendtool.core.errors import InputError
from amendtool.core.filing import read_filing_data
from amendtool.core.unrelated_revision import refuse_unrelated
from amendtool.io.load import load_document

STRICT_W = b"http://purl.oclc.org/ooxml/wordprocessingml/main"
MAIN_W = b"http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MAIN_TYPE = b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"


def _repacked(changes: dict[str, tuple[bytes, bytes]], rename: str = "") -> bytes:
    """The Word offer with bytes replaced in some parts (and its main part renamed)."""
    source = zipfile.ZipFile(io.BytesIO(as_docx(offer())))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name in source.namelist():
            data = source.read(name)
            if name in changes:
                old, new = changes[name]
                assert old in data, name
                data = data.replace(old, new)
            archive.writestr(rename if rename and name == "word/document.xml" else name, data)
    return buffer.getvalue()


def _refusal(path: Path) -> str:
    with pytest.raises(InputError) as refused:
        load_document(path)
    message = str(refused.value)
    assert message.startswith(f"{path.name}: ") and "\n" not in message
    return message


def test_a_strict_open_xml_document_is_named_so(tmp_path: Path) -> None:
    path = tmp_path / "strict.docx"
    path.write_bytes(_repacked({"word/document.xml": (MAIN_W, STRICT_W)}))
    message = _refusal(path)
    assert "saved as Strict Open XML" in message and "save it as a Word Document (.docx)" in message
    assert "Error" not in message


def test_a_macro_enabled_document_is_named_so(tmp_path: Path) -> None:
    macro = b"application/vnd.ms-word.document.macroEnabled.main+xml"
    path = tmp_path / "macros.docx"
    path.write_bytes(_repacked({"[Content_Types].xml": (MAIN_TYPE, macro)}))
    message = _refusal(path)
    assert "is a macro-enabled Word document (.docm)" in message
    assert "save it as a Word Document (.docx)" in message


def test_a_main_part_named_otherwise_by_the_package_is_read(tmp_path: Path) -> None:
    """Some converters name the main part word/document2.xml, and say so in the package's
    relationships and content types: Word opens it, and so does amendtool."""
    changes = {
        "_rels/.rels": (b'Target="word/document.xml"', b'Target="word/document2.xml"'),
        "[Content_Types].xml": (b"/word/document.xml", b"/word/document2.xml"),
    }
    path = tmp_path / "converted.docx"
    path.write_bytes(_repacked(changes, rename="word/document2.xml"))
    headings = [s.heading for s in load_document(path).sections]
    assert any("Conditions of the Offer" in h for h in headings), headings


def test_a_defect_met_while_reading_names_no_python_error_but_its_log(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("amendtool.io.failure_reports.log_folder", lambda: tmp_path / "logs")

    def broken(*args: object) -> None:
        raise AttributeError("'NoneType' object has no attribute 'tag'")

    monkeypatch.setattr("amendtool.io.edgar_html_reader.edgar_html_blocks", broken)
    path = tmp_path / "offer.htm"
    path.write_text(as_html(offer()), encoding="utf-8")
    message = _refusal(path)
    logs = list((tmp_path / "logs").iterdir())
    assert len(logs) == 1 and "AttributeError" in logs[0].read_text(encoding="utf-8")
    assert "AttributeError" not in message and str(logs[0]) in message
    assert message.endswith("save it again from Word or re-download it from EDGAR")


def test_a_revision_that_takes_out_a_long_schedule_is_a_revision(tmp_path: Path) -> None:
    rows = "".join(
        f"<tr><td>Grant {n} to holder {n}</td><td>{n} options at ${n}.25</td></tr>"
        for n in range(150)
    )
    original, revised = tmp_path / "original.htm", tmp_path / "revised.htm"
    original.write_text(as_html(offer()).replace("</body>", f"<table>{rows}</table></body>"))
    revised.write_text(as_html(offer()))
    refuse_unrelated(load_document(original), load_document(revised), revised)


def test_a_file_of_the_same_name_is_told_apart_by_its_whole_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "filed").mkdir()
    original = tmp_path / "filed" / "offer.htm"
    original.write_text(as_html(offer()), encoding="utf-8")
    (tmp_path / "offer.htm").write_text("Hi all, lunch is at noon on Friday.\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    with pytest.raises(InputError) as refused:
        refuse_unrelated(load_document(original), load_document("offer.htm"), "offer.htm")
    message = str(refused.value)
    assert f"the revised file, in {tmp_path}, keeps" in message, message
    assert "keeps 0%" not in message and " in ., " not in message


def test_filing_details_with_old_macintosh_line_ends_are_read(tmp_path: Path) -> None:
    text = SAMPLE_FILING.read_text(encoding="utf-8")
    windows, macintosh = tmp_path / "windows.toml", tmp_path / "macintosh.toml"
    windows.write_bytes(text.replace("\n", "\r\n").encode("utf-8"))
    macintosh.write_bytes(text.replace("\n", "\r").encode("utf-8"))
    assert read_filing_data(macintosh) == read_filing_data(windows)


def test_a_plain_paragraph_of_two_paragraphs_is_refused_not_merged(tmp_path: Path) -> None:
    """The notice gives one paragraph on each change: two are never run into one unsaid."""
    from amendtool.io.plain_paragraph_text import read_paragraph_file

    two, one = tmp_path / "two.txt", tmp_path / "one.txt"
    two.write_text("Para one.\r\n  \r\nPara two is here.\n", encoding="utf-8")
    one.write_text("You may now withdraw\nuntil the new expiration date.\n", encoding="utf-8")
    with pytest.raises(InputError) as refused:
        read_paragraph_file(two, "the plain paragraph")
    message = str(refused.value)
    assert message.startswith("two.txt: holds 2 paragraphs (a blank line before “Para two is")
    assert "join them into one paragraph" in message
    assert read_paragraph_file(one, "the plain paragraph")[0].startswith("You may now withdraw")


def test_a_typed_value_of_thousands_of_characters_without_a_space_is_refused() -> None:
    """As in filing.toml: a run no sentence holds is a file's content pasted in, which the
    history and the outputs would carry whole."""
    from amendtool.cli_mistakes import CommandLineError, typed_text

    with pytest.raises(CommandLineError) as refused:
        typed_text("Reason: " + "x" * 30_000, "--reason", 50_000, "give the reason in a few lines")
    assert str(refused.value) == (
        "--reason: holds 30,000 characters without a space at character 9; check what was "
        "pasted there"
    )
    address = "See https://www.sec.gov/Archives/edgar/data/1234567/000123456726000001/ex99.htm"
    assert typed_text(address, "--reason", 50_000, "") == address


def test_an_exhibit_number_reused_names_the_filed_one_without_doubled_stops(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from amendtool.core import series_checks

    filed = [("(a)(1)", "Offer to Exchange, dated April 2, 2026.")]
    monkeypatch.setattr("amendtool.core.exhibits.reused_numbers", lambda amendment: filed)
    monkeypatch.setattr(series_checks, "_recorded_clashes", lambda amendment: [])
    (finding,) = series_checks.check_exhibit_numbers(None)  # type: ignore[arg-type]
    assert "already filed (Offer to Exchange, dated April 2, 2026): number" in finding.message


def test_an_address_or_copies_past_a_cover_pages_are_refused_with_their_key(
    tmp_path: Path,
) -> None:
    from amendtool.core.filing import FilingError, load_filing
    from amendtool.core.filing_reader import MAX_ADDRESS_LINES, MAX_COPIES

    text = SAMPLE_FILING.read_text(encoding="utf-8")
    lines = ", ".join(f'"Floor {n}"' for n in range(MAX_ADDRESS_LINES + 1))
    copies = "".join(f'\n[[copy_to]]\nname = "Counsel {n}"\n' for n in range(MAX_COPIES + 1))
    sample_address = 'address = ["2200 Harbor Point Drive", "Stamford, Connecticut 06902"]'
    assert sample_address in text
    path = tmp_path / "filing.toml"
    path.write_text(text.replace(sample_address, f"address = [{lines}]") + copies, "utf-8")
    with pytest.raises(FilingError) as refused:
        load_filing(path)
    message = str(refused.value)
    assert f"has {MAX_ADDRESS_LINES + 1} lines, more than an address holds" in message
    assert "(agent.address)" in message and "(copy_to)" in message
    parties = text.count("[[copy_to]]") + MAX_COPIES + 1
    assert f"names {parties} parties, more than a cover page copies ({MAX_COPIES})" in message
