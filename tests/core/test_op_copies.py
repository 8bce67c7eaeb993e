"""The ops of a section's alignment are kept by content and copied for each draft."""

from __future__ import annotations

import dataclasses

from amendtool.core.drafting.align import Op


def test_an_op_copied_for_a_draft_is_every_field_of_it() -> None:
    """Each draft changes its own copies of the cached ops: a copy must carry every field
    (one added to Op and not copied would come back as its default)."""
    values = {"kind": "move_in", "old": 3, "new": 4, "source": ("s2", 7), "target": ("s3", 1)}
    values |= {"old_span": 2, "new_span": 3}
    assert [f.name for f in dataclasses.fields(Op)] == list(values)
    op = Op(**values)  # type: ignore[arg-type]
    copied = op.copy()
    assert copied == dataclasses.replace(op) and copied is not op
