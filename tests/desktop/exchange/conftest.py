"""Fixtures of the exchange-file tests."""

from __future__ import annotations

import pytest

from desktop.exchange import package


@pytest.fixture(autouse=True)
def _quick_scrypt(monkeypatch: pytest.MonkeyPatch) -> None:
    """Write with the cheapest scrypt a reader accepts (2**14): the tests are about the format, not the cost."""
    monkeypatch.setattr(package, "SCRYPT_N", 2**14)
