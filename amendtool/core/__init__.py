"""The pure core: document model, segmentation, diffing, items, wording, apply, checks (no Qt)."""
