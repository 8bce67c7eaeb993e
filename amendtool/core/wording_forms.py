"""The form an instruction takes within its kind: words inserted or taken out rather than
replaced, a run of rows, a note added after the words that carry its mark, a run of labels."""

from __future__ import annotations

from amendtool.core.items import AmendmentItem, Locator
from amendtool.core.locate import occurrences
from amendtool.core.ordinals import cardinal_words


def replaced_rows(item: AmendmentItem, values: dict[str, str], phrases: dict[str, str]) -> str:
    """Rows changed in place: the row cited by its caption; a run of rows by the first and
    how many follow it."""
    count = len(item.old_text.split("\n"))
    if count == 1:
        return "replace_row"
    if count == 2:
        values["following"] = phrases.get("row_after", "the row after it")
    else:
        values["following"] = phrases.get("rows_after", "the {count} rows after it").format(
            count=cardinal_words(count - 1)
        )
    return "replace_rows"


def added_note(loc: Locator, values: dict[str, str], phrases: dict[str, str]) -> str:
    """A note the revision adds, cited as added to the paragraph that prints its mark."""
    values["unit"] = loc.added_note or "footnote"
    if not loc.note_after:
        return "insert_note_end"
    single = len(loc.note_after.split()) == 1
    noun = phrases.get("one_word" if single else "many_words", "word" if single else "words")
    cited = phrases.get("words_cited", 'the {noun} "{words}"')
    values["anchor_cited"] = cited.format(noun=noun, words=loc.note_after)
    return "insert_note"


def word_change(item: AmendmentItem, values: dict[str, str], templates: dict[str, str]) -> str:
    """Words only added or only taken out are cited as such ('inserting the words "or by
    facsimile" immediately after the word "mail"'), as counsel writes them, when the words
    cited occur once in the sentence; anything else is a replacement of words."""
    old, new = item.old_words, item.new_words

    def once(words: str) -> bool:
        return occurrences(words, item.old_text) == 1

    def joined(rest: str, after: bool) -> bool:
        """`rest` is words set apart by a space (", " after): not "mailing" nor "27A(b)"."""
        edge = rest[:1] if after else rest[-1:]
        return bool(rest.strip()) and (edge.isspace() or (after and rest[:2] in (", ", "; ")))

    forms: list[tuple[str, dict[str, str]]] = []
    if new.startswith(old) and joined(new[len(old) :], after=True):
        forms.append(
            ("insert_words_after", {"new_words": new[len(old) :].strip(), "anchor_words": old})
        )
    elif new.endswith(old) and joined(new[: -len(old)], after=False):
        forms.append(
            ("insert_words_before", {"new_words": new[: -len(old)].strip(), "anchor_words": old})
        )
    elif old.startswith(new) and joined(old[len(new) :], after=True):
        forms.append(("delete_words", {"old_words": old[len(new) :].strip()}))
        forms.append(
            ("delete_words_after", {"old_words": old[len(new) :].strip(), "anchor_words": new})
        )
    elif old.endswith(new) and joined(old[: -len(new)], after=False):
        forms.append(("delete_words", {"old_words": old[: -len(new)].strip()}))
        forms.append(
            ("delete_words_before", {"old_words": old[: -len(new)].strip(), "anchor_words": new})
        )
    for key, words in forms:
        # words taken out that occur more than once are found by the words beside them
        cited = words.get("anchor_words", words.get("old_words", ""))
        if key in templates and cited and once(cited):
            values.update(words)
            return key
    return "replace_words"


def labels(labels: list[str], phrases: dict[str, str]) -> str:
    """'"Q2."', '"Q2." and "Q3."' or '"Q2." through "Q5."'."""
    quoted = [f'"{label}"' for label in labels]
    if len(quoted) == 1:
        return quoted[0]
    joiner = (
        phrases.get("two_labels", " and ")
        if len(quoted) == 2
        else phrases.get("label_range", " through ")
    )
    return f"{quoted[0]}{joiner}{quoted[-1]}"


def split_sentences(text: str) -> list[str]:
    from amendtool.core.segment import sentences

    return sentences(text)


def page_phrase(phrases: dict[str, str], page: str | None, last: str | None) -> str:
    """ " on page 2"; a table printed over two pages " on pages 2 and 3", over more
    " on pages 2 through 4"."""
    if not page:
        return ""
    if not last or last == page or "page_pair" not in phrases:
        return phrases["page"].format(page=page)
    pair = page.isdigit() and last.isdigit() and int(last) == int(page) + 1
    return phrases["page_pair" if pair else "page_range"].format(page=page, last_page=last)


def words_form(item: AmendmentItem) -> str:
    """The form, "insert", "delete" or "replace": how the filing cites a change of words, so that a
    list of items names the change as the filing does ("Words inserted", not "replaced")."""
    from amendtool.core.wording import house_wording

    key = word_change(item, {}, house_wording().filing)
    return key.split("_")[0]
