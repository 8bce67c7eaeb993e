"""Wording that joins an article to a name agrees with the name's sound: "send an Election
Form", "a Letter of Transmittal", "an Ohio corporation", "a Delaware corporation"."""

from __future__ import annotations

import pytest

from amendtool.core.templates import article_for, fill
from amendtool.core.wording import house_wording


@pytest.mark.parametrize(
    ("word", "article"),
    [
        ("Election Form", "an"),
        ("Letter of Transmittal", "a"),
        ("Ohio", "an"),
        ("Delaware", "a"),
        ("RSU", "an"),
        ("U.S. holder", "a"),
        ("unit", "a"),
        ("hour", "an"),
        ("one-time payment", "a"),
        ("“Election Form”", "an"),
    ],
)
def test_the_article_follows_the_sound_of_the_word(word: str, article: str) -> None:
    assert article_for(word) == article


def test_a_template_joining_an_article_to_a_name_agrees_with_it() -> None:
    assert fill("send a {form} today", form="Election Form") == "send an Election Form today"
    assert fill("An {x} applies.", x="Delaware rule") == "A Delaware rule applies."
    assert fill("a {x}", x="Letter of Transmittal") == "a Letter of Transmittal"
    assert fill("data {x}", x="Election Form") == "data Election Form"


@pytest.mark.parametrize("fragment", [", as amended,", ",", "; and", "", "  "])
def test_a_fragment_that_names_no_word_leaves_the_article_alone(fragment: str) -> None:
    """A value opening on punctuation (", as amended,") follows "a"/"an" in some templates; the
    article is then the template's own, and nothing fails."""
    assert fill("filed by a {x} company", x=fragment).startswith("filed by a")
    assert fill("filed by an {x} entity", x=fragment).startswith("filed by an")
    assert article_for(fragment) == "a"


def test_every_wording_template_with_an_article_before_a_name_agrees() -> None:
    """Every "a {…}" of the house wording, filled with a name opening with a vowel."""
    wording = house_wording()
    found = 0
    stack: list[object] = [wording.plain_notice]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            stack.extend(item.values())
        elif isinstance(item, str) and " a {" in item:
            field = item.split(" a {", 1)[1].split("}", 1)[0]
            filled = item.format_map(_Every(field))
            assert " a Election" not in filled, filled
            assert " an Election" in filled, filled
            found += 1
    assert found


class _Every(dict[str, str]):
    def __init__(self, field: str) -> None:
        super().__init__()
        self.field = field

    def __missing__(self, key: str) -> str:
        return "Election Form" if key == self.field else key
