"""Documentation generated from the code stays in step with it."""

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_data_model_reference_is_current() -> None:
    spec = importlib.util.spec_from_file_location("data_model_doc", ROOT / "scripts" / "data_model_doc.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    on_disk = (ROOT / "docs" / "data-model.md").read_text(encoding="utf-8")
    assert on_disk == module.render(), "run: python scripts/data_model_doc.py"
