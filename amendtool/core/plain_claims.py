"""The plain notice's opening read against its own paragraphs on the changes.

Counsel may class a lowered threshold or a better ratio clarifying: the class governs the
timing, not what the notice tells its readers. When a paragraph on the changes says a
change affects which awards are eligible or what readers receive ("More of your options
may now be eligible"), the opening does not also say the changes "do not change the terms":
the sentences of counsel's explanation that say so (explanation_claims) are left out of the
plain notice, and the check names both sentences so counsel can reword the explanation.
What counts as such an effect is the firm's list (rules.toml [explanation] effects)."""

from __future__ import annotations

from functools import cache

from amendtool.core.amendment import Amendment
from amendtool.core.filing_fields import named
from amendtool.core.findings import WARNING, Finding
from amendtool.core.items import letter
from amendtool.core.materiality_rules import house_rules, house_table
from amendtool.core.rule_words import Words
from amendtool.core.segment import sentences


@cache
def _effects() -> Words:
    return Words((house_table("explanation") or {}).get("effects", []))


def _opens_with_explanation(amendment: Amendment) -> bool:
    """The plain notice of an amendment (not an extension's) opens with the explanation."""
    extension = amendment.kind == "extension" and amendment.extended_from is not None
    return amendment.filing.notice_style == "plain" and not extension


def effect_said(amendment: Amendment) -> tuple[tuple[int, ...], str] | None:
    """The first sentence of a paragraph on the changes that tells readers a change affects
    eligibility or what they receive, with the items the paragraph explains."""
    from amendtool.core.plain_change_paragraphs import plain_paragraphs

    effects = _effects()
    for paragraph in plain_paragraphs(amendment):
        for sentence in sentences(paragraph.text):
            if effects.search(sentence):
                return paragraph.items, " ".join(sentence.split())
    return None


def contradicted_claims(amendment: Amendment) -> list[str]:
    """The sentences of counsel's explanation that say the changes only clarify or change
    no term, when a paragraph on the changes tells readers of an effect; none otherwise."""
    from amendtool.core.explanation_claims import sentence_claim

    explanation = amendment.filing.notice_explanation
    if not explanation or not _opens_with_explanation(amendment):
        return []
    rules = house_rules()
    claims = [" ".join(s.split()) for s in sentences(explanation) if sentence_claim(s, rules)]
    if not claims or effect_said(amendment) is None:
        return []
    return claims


def opening_explanation(amendment: Amendment) -> str:
    """Counsel's explanation as the plain notice's opening says it: without the sentences
    its own paragraphs contradict."""
    explanation = amendment.filing.notice_explanation
    left_out = set(contradicted_claims(amendment))
    if not left_out:
        return explanation
    kept = [s for s in sentences(explanation) if " ".join(s.split()) not in left_out]
    return " ".join(s.strip() for s in kept)


def check_explanation_contradicted(amendment: Amendment) -> list[Finding]:
    """A warning naming counsel's sentence and the notice's paragraph that contradicts it."""
    claims = contradicted_claims(amendment)
    effect = effect_said(amendment) if claims else None
    if effect is None:
        return []
    items, sentence = effect
    letters = [letter(i) for i in items]
    which = letters[0] if len(letters) == 1 else f"{', '.join(letters[:-1])} and {letters[-1]}"
    told = "“" + "” “".join(claims) + "”"
    return [
        Finding(
            WARNING,
            "explanation_contradicted",
            f"the amendment's explanation says {told} ({named('notice', 'explanation')}), "
            f"but the notice's paragraph on item{'s' if len(items) > 1 else ''} {which} says "
            f"“{sentence}”: the notice cannot say both, so it leaves the explanation's "
            f"sentence out; counsel's class governs the timing, not what the notice tells its "
            f"readers: reword the explanation, or the paragraph",
            items[0] if items else None,
        )
    ]
