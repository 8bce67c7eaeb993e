"""The desktop app: a thin PySide6 layer over the core (all logic stays in amendtool.core)."""
