"""Documentation generated from the code stays in step with it."""

from scripts_loader import ROOT, load_script


def test_data_model_reference_is_current() -> None:
    on_disk = (ROOT / "docs" / "data-model.md").read_text(encoding="utf-8")
    assert on_disk == load_script("data_model_doc").render(), "run: python scripts/data_model_doc.py"
