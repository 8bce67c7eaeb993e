"""The notice's words for this offer: [plain_notice] of the wording, with the voice its
title calls for (a tender for cash speaks of tendering and holders) and the readers its To
line names (an Offer to Purchase made to employees is written for employees)."""

from __future__ import annotations

import re
from typing import Any

from amendtool.core.wording import Wording


def plain_words(wording: Wording, document_title: str, to: str = "") -> dict[str, Any]:
    """[plain_notice] with the voice whose `when` words the offer's title holds applied (a
    voice's [extension] or [results] replaces those sentences of the notice's it holds),
    then the readers whose `to` words the notice's To line holds: who the notice speaks to
    follows who the offer is made to (an Offer to Purchase of RSUs made to employees)."""
    words = {k: v for k, v in wording.plain_notice.items() if k not in ("voices", "readers")}
    voiced = _voiced(words, wording, document_title)
    for readers in wording.plain_notice.get("readers", {}).values():
        if to and any(_names(phrase, to) for phrase in readers.get("to", [])):
            # readers who tender rather than elect ("Holders of Series B Preferred" in an
            # Offer to Exchange) take that voice's sentences when the title gave none
            if readers.get("voice") and voiced:
                break  # the title's own voice already speaks to them
            voice = wording.plain_notice.get("voices", {}).get(readers.get("voice", ""))
            if voice is not None:
                _apply(words, voice)
            words.update({k: v for k, v in readers.items() if k not in ("to", "voice")})
            break
    return words


def _names(phrase: str, to: str) -> bool:
    """Whether the To line names `phrase` as a word ("employee*": "Eligible Employees")."""
    stem = re.escape(phrase.rstrip("*"))
    ending = r"[\w'’-]*" if phrase.endswith("*") else ""
    return re.search(rf"(?<![\w'’-]){stem}{ending}(?![\w'’-])", to, re.I) is not None


def _voiced(words: dict[str, Any], wording: Wording, document_title: str) -> bool:
    """The voice whose `when` words the offer's title holds, applied to `words`; whether
    the title named one."""
    for voice in wording.plain_notice.get("voices", {}).values():
        if any(w.casefold() in document_title.casefold() for w in voice.get("when", [])):
            _apply(words, voice)
            return True
    return False


def _apply(words: dict[str, Any], voice: dict[str, Any]) -> None:
    for key, value in voice.items():
        if key == "when":
            continue
        # an extension's or the results' sentences: only those the voice says
        whole = isinstance(value, dict) and isinstance(words.get(key), dict)
        words[key] = {**words[key], **value} if whole else value
