"""Forms of a word the spelling and the corrections compare: how many letters apart two words
are, the singulars a plural may stand for, a word without its accents."""

from __future__ import annotations

import unicodedata


def edit_distance(a: str, b: str) -> int:
    """Letters added, taken out, changed or swapped to make `b` of `a` (Damerau): a swap of
    neighbouring letters counts as one edit ("recieve")."""
    rows = [list(range(len(b) + 1))]
    for i in range(1, len(a) + 1):
        row = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = a[i - 1] != b[j - 1]
            row[j] = min(rows[-1][j] + 1, row[j - 1] + 1, rows[-1][j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                row[j] = min(row[j], rows[-2][j - 2] + 1)
        rows.append(row)
    return rows[-1][-1]


def singulars(word: str) -> tuple[str, ...]:
    """The word and the singulars it may be the plural of (tenderers, indemnitees, proxies)."""
    forms = [word]
    if word.endswith("ies"):
        forms.append(word[:-3] + "y")
    if word.endswith("es"):
        forms.append(word[:-2])
    if word.endswith("s") and not word.endswith("ss"):  # "bonuses", never "mutandiss"
        forms.append(word[:-1])
    return tuple(forms)


def unaccented(word: str) -> str:
    """ "naive" for "naïve": the English list spells most borrowed words without accents."""
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c))
