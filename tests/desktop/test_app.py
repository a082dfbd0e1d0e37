"""Starting the GUI where it cannot show a window gives words a user can act on."""

import pytest

from desktop import app


def test_missing_xcb_cursor_names_the_library_and_the_install_command(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(app.ctypes.util, "find_library", lambda name: None)
    message = app.display_problem({"DISPLAY": ":0"}, platform="linux")
    assert message is not None
    assert "libxcb-cursor0" in message
    assert "sudo apt install libxcb-cursor0" in message


def test_no_display_is_explained() -> None:
    message = app.display_problem({}, platform="linux")
    assert message is not None and "no graphical display" in message


@pytest.mark.parametrize(
    ("environ", "platform"),
    [
        ({"QT_QPA_PLATFORM": "offscreen"}, "linux"),
        ({"WAYLAND_DISPLAY": "wayland-0"}, "linux"),
        ({}, "win32"),
        ({}, "darwin"),
    ],
)
def test_no_complaint_where_x11_libraries_are_not_needed(environ: dict[str, str], platform: str) -> None:
    assert app.display_problem(environ, platform=platform) is None


def test_present_library_is_not_reported(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(app.ctypes.util, "find_library", lambda name: "libxcb-cursor.so.0")
    assert app.display_problem({"DISPLAY": ":0"}, platform="linux") is None


def test_cli_without_display_exits_with_the_message(monkeypatch: pytest.MonkeyPatch, tmp_path, capsys) -> None:
    from desktop.cli import main

    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.setattr(app.sys, "platform", "linux")
    assert main(["--db", str(tmp_path / "m.db")]) == 3
    assert "no graphical display" in capsys.readouterr().err
    assert not (tmp_path / "m.db").exists()
