"""A new Word element by its prefixed tag ("w:r"), as python-docx's `OxmlElement` makes it:
the same class and namespace declaration, its tag's name worked out once instead of for each
element (the redline of a 20,000-row table makes a hundred thousand runs and marks)."""

from __future__ import annotations

from functools import cache

from docx.oxml.ns import NamespacePrefixedTag
from docx.oxml.parser import oxml_parser
from lxml import etree


@cache
def _named(tag: str) -> tuple[str, dict[str, str]]:
    prefixed = NamespacePrefixedTag(tag)
    return prefixed.clark_name, dict(prefixed.nsmap)


def OxmlElement(tag: str) -> etree._Element:
    """A loose element of `tag` declaring its own prefix's namespace."""
    name, namespaces = _named(tag)
    return oxml_parser.makeelement(name, nsmap=namespaces)
