"""Every dataclass of the core and of io/ says in its own docstring what it holds: for a class
without one, `dataclasses` writes one from the class's signature (`inspect.signature`, every
field's name, type and default spelled out) as the class is made, on every import, and a
draft imports some sixty of them before a word is read. Counted as the classes that lack
one, never timed."""

from __future__ import annotations

import dataclasses
import importlib
import inspect
import pkgutil
import sys

import amendtool.core
import amendtool.io


def _dataclasses() -> list[type]:
    for package in (amendtool.core, amendtool.io):
        for module in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
            importlib.import_module(module.name)
    found = []
    for name, module in sorted(sys.modules.items()):
        if name.startswith(("amendtool.core", "amendtool.io")):
            for value in vars(module).values():
                if (
                    isinstance(value, type)
                    and dataclasses.is_dataclass(value)
                    and value.__module__ == name
                ):
                    found.append(value)
    return found


def _signature_made(cls: type) -> bool:
    """The docstring `dataclasses` makes for a class that has none (Python 3.11)."""
    return cls.__doc__ == cls.__name__ + str(inspect.signature(cls)).replace(" -> None", "")


def test_every_dataclass_has_a_docstring_of_its_own() -> None:
    classes = _dataclasses()
    assert len(classes) > 90  # the modules were read
    undocumented = sorted(f"{c.__module__}.{c.__qualname__}" for c in classes if _signature_made(c))
    assert undocumented == []
