"""The core and the readers/writers run with PySide6 unimportable (the CLI is pure Python)."""

from __future__ import annotations

import subprocess
import sys
import textwrap

from tests.conftest import SAMPLES


def test_core_and_io_never_import_qt() -> None:
    script = textwrap.dedent(f"""
        import sys, importlib, pkgutil
        class Block:
            def find_spec(self, name, path=None, target=None):
                if name.split(".")[0] in ("PySide6", "shiboken6"):
                    raise ImportError("PySide6 is blocked in this test")
        sys.meta_path.insert(0, Block())
        import amendtool.core, amendtool.io
        for package in (amendtool.core, amendtool.io):
            for info in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
                importlib.import_module(info.name)
        from amendtool.cli import main
        code = main(["outline", r"{SAMPLES / "offer-to-exchange.docx"}"])
        assert code == 0, code
        assert not any(m.startswith("PySide6") for m in sys.modules)
    """)
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert "Section 7. Conditions of the Offer" in result.stdout
