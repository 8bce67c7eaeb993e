"""Every sentence the plain notice writes for a real offer's amendment reads whole: its
quotation marks and parentheses pair up, and a figure's name never ends in a word that
leaves its clause hanging ("The minimum amount the Offer is conditioned is now …"). What
the notice quotes as filed (under "The exact changes") is the offer's, not ours."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from amendtool.core.layout import Role
from amendtool.core.notice_document import notice_blocks
from tests.corpus.test_corpus import CASES, drafted


@pytest.fixture(scope="session")
def scratch(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("corpus-notices")


# a name never ends with one of these: its clause would be cut before its object
_HANGING = frozenset(
    """a an the and or of for to at by in on over with within during than up we you they it
    is are be been per which that each conditioned subject based""".split()
)
_NAMED = re.compile(r"\bThe (?P<name>[^.]+?) (?:is|are) now ")


def _balanced(sentence: str) -> bool:
    depth = 0
    for char in sentence:
        depth += {"(": 1, ")": -1}.get(char, 0)
        if depth < 0:
            return False
    curly = sentence.count("“") == sentence.count("”")
    return depth == 0 and curly and sentence.count('"') % 2 == 0


def _written(name: str, scratch: Path) -> list[str]:
    """The paragraphs the tool writes: the notice before its quotation of the items."""
    _, _, amendment = drafted(name, scratch)
    blocks = notice_blocks(amendment)
    exact = next(
        (i for i, b in enumerate(blocks) if b.role is Role.HEADING and "exact" in b.text.lower()),
        len(blocks),
    )
    roles = (Role.TEXT, Role.SUBHEADING, Role.HEADLINE)
    return [b.text for b in blocks[:exact] if b.role in roles]


@pytest.mark.parametrize("name", CASES)
def test_every_sentence_the_notice_writes_reads_whole(name: str, scratch: Path) -> None:
    for text in _written(name, scratch):
        bare = re.sub(r"\[[^\]]*\]", "", text)  # counsel's placeholders are counsel's
        quoted = re.sub(r"“[^”]*”|\"[^\"]*\"", "", bare)
        assert _balanced(bare) and _balanced(quoted), (name, text)
        for found in _NAMED.finditer(quoted):
            last = found["name"].split()[-1].lower().strip(",")
            assert last not in _HANGING, (name, text)
