"""The plain-English check: grade and sentence length by textstat (offline), passive voice and
legal words with their everyday replacements from the firm's list."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

from amendtool.core.plain_english import (
    legal_words,
    passive_sentences,
    plain_rules,
    readability,
)
from amendtool.core.plain_review import review

ROOT = Path(__file__).resolve().parents[2]
PLAIN = [
    "The minimum exercise price per share is now $17.50. It was $20.00.",
    "More of your options may now be eligible.",
    "The deadline is still 11:59 p.m., Eastern Daylight Time, on Thursday, September 27, 2001.",
]
LEGAL = (
    "The last paragraph has been deleted in its entirety and has been replaced pursuant to "
    "the terms set forth herein, and such conditions shall be deemed waived with respect to "
    "any holder prior to the expiration date."
)


def test_short_everyday_sentences_read_at_a_low_grade() -> None:
    score = readability(PLAIN)
    assert score.sentences == 4  # "p.m." and "$17.50" end no sentence
    assert score.average_sentence < 10
    assert score.grade < 7
    assert review(PLAIN) == []


def test_legal_instructions_read_at_a_high_grade() -> None:
    score = readability([LEGAL])
    assert score.grade > 12 and score.longest_sentence > 30
    kinds = {p.kind for p in review([LEGAL])}
    assert kinds == {"grade", "average_sentence", "long_sentence", "passive", "legal_word"}


def test_legal_words_come_with_their_everyday_replacements() -> None:
    found = dict(legal_words(LEGAL))
    assert found["in its entirety"] == "say “completely”, or leave it out"
    assert found["pursuant to"] == "say “under”"
    assert found["prior to"] == "say “before”"
    assert found["with respect to"] == "say “about”"
    assert {"set forth", "herein", "such", "shall", "deemed"} <= set(found)
    assert set(plain_rules().words) >= {"hereby", "in its entirety", "pursuant to"}


def test_quoted_words_and_allowed_phrases_are_not_flagged() -> None:
    text = 'Documents such as the Election Form now say "such conditions are deemed waived".'
    assert legal_words(text) == []
    assert passive_sentences(text) == []


def test_passive_voice_is_found_and_active_voice_is_not() -> None:
    assert passive_sentences("The form must be returned by you. We sent it.") == [
        "The form must be returned by you."
    ]
    assert passive_sentences("Your election is still valid. It was $20.00.") == []


def test_reading_grade_never_goes_online() -> None:
    """The dictionary is loaded from the installed package with every connection refused."""
    script = textwrap.dedent(
        """
        import socket

        def refuse(*args, **kwargs):
            raise SystemExit("network access attempted")

        socket.socket = refuse
        socket.create_connection = refuse
        socket.getaddrinfo = refuse
        from amendtool.core.plain_english import readability
        score = readability(["Your election still counts. You do not need to send it again."])
        print(score.words, score.sentences)
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120, cwd=ROOT
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["12", "2"]
