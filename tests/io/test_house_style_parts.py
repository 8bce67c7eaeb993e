"""The house template carries one copy of the styles: Word 2010's second copy
(stylesWithEffects.xml, which Word 2013 and later neither read nor write) was half the bytes
every exported document compressed and wrote, for nothing a reader sees."""

from __future__ import annotations

import zipfile

from amendtool.io.docx_writer import house_template


def test_the_house_template_has_no_second_copy_of_its_styles() -> None:
    names = zipfile.ZipFile(house_template()).namelist()
    assert "word/styles.xml" in names
    assert not [n for n in names if "stylesWithEffects" in n]
    types = zipfile.ZipFile(house_template()).read("[Content_Types].xml").decode()
    assert "stylesWithEffects" not in types
