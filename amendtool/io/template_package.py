"""A Word template opened afresh for each file drawn on it (the filing and the notice are both
drawn on the house template), without the work that is the same each time.

`docx.Document` reads the template's zip and parses every part for each file. The house
template's styles are 355 KB of XML: parsed and serialised again for every file, they were
most of the cost of opening it, while a filing reads them only when a table is quoted in it
(the quotation's indents). Here the zip is read once for each version of the file; the
styles are parsed when first read, and a file that never read them carries them as
python-docx would write them untouched, serialised once.
"""

from __future__ import annotations

from pathlib import Path
from typing import cast

from docx.document import Document as WordDocument
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.oxml import serialize_part_xml
from docx.opc.package import Unmarshaller
from docx.opc.packuri import PackURI
from docx.opc.part import Part, PartFactory
from docx.opc.pkgreader import PackageReader
from docx.oxml.parser import parse_xml
from docx.package import Package
from docx.parts.document import DocumentPart
from docx.parts.styles import StylesPart
from lxml import etree


class _Template:
    """One version of a template file: its parts as read, and its styles as written."""

    def __init__(self, source: Path) -> None:
        self.name = str(source)
        self.reader = PackageReader.from_file(self.name)
        self.written: dict[bytes, bytes] = {}  # the styles' XML as read -> as written

    def styles_written(self, blob: bytes) -> bytes:
        """`blob` parsed and serialised, as python-docx writes a part nobody changed."""
        written = self.written.get(blob)
        if written is None:
            written = self.written[blob] = serialize_part_xml(parse_xml(blob))
        return written


_OPENED: dict[tuple[str, int, int], _Template] = {}


def open_template(source: Path) -> WordDocument:
    """A new document of `source`, as `docx.Document(source)` makes it."""
    version = source.stat()
    key = (str(source), version.st_mtime_ns, version.st_size)
    template = _OPENED.get(key)
    if template is None:
        template = _OPENED[key] = _Template(source)

    def part(
        partname: PackURI, content_type: str, reltype: str, blob: bytes, package: Package
    ) -> Part:
        if content_type == CT.WML_STYLES:
            return _UnreadStyles(partname, content_type, blob, package, template)
        return cast(Part, PartFactory(partname, content_type, reltype, blob, package))

    package = Package()
    Unmarshaller.unmarshal(template.reader, package, part)
    document_part = cast(DocumentPart, package.main_document_part)
    if document_part.content_type != CT.WML_DOCUMENT_MAIN:  # as docx.Document refuses it
        tmpl = "file '%s' is not a Word file, content type is '%s'"
        raise ValueError(tmpl % (template.name, document_part.content_type))
    return document_part.document


class _UnreadStyles(StylesPart):
    """The template's styles part, parsed when it is first read; written as read until then."""

    def __init__(
        self,
        partname: PackURI,
        content_type: str,
        blob: bytes,
        package: Package,
        template: _Template,
    ) -> None:
        self._parsed: etree._Element | None = None
        self._source, self._template = blob, template
        Part.__init__(self, partname, content_type, package=package)

    @property  # type: ignore[override]
    def _element(self) -> etree._Element:
        if self._parsed is None:
            self._parsed = parse_xml(self._source)
        return self._parsed

    @_element.setter
    def _element(self, element: etree._Element) -> None:
        self._parsed = element

    @property
    def blob(self) -> bytes:
        if self._parsed is None:
            return self._template.styles_written(self._source)
        return serialize_part_xml(self._parsed)

    @property
    def read(self) -> bool:
        """Whether the styles were parsed (read, or changed)."""
        return self._parsed is not None
