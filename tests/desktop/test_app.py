"""Starting the GUI where it cannot show a window gives words a user can act on."""

import pytest

from desktop import app


def test_missing_xcb_cursor_names_the_library_and_the_install_command(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(app.ctypes.util, "find_library", lambda name: None)
    monkeypatch.setattr(app, "qt_xcb_plugin", lambda: None)
    message = app.display_problem({"DISPLAY": ":0"}, platform="linux")
    assert message is not None
    assert "libxcb-cursor.so.0" in message
    assert "sudo apt install libxcb-cursor0" in message


def test_every_library_the_qt_plugin_lacks_is_named(monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:
    """What ldd says of Qt's X11 plugin on a machine without two xcb libraries."""
    ldd = tmp_path / "ldd"
    ldd.write_text(
        "#!/bin/sh\n"
        "echo '\tlibQt6XcbQpa.so.6 => /x/libQt6XcbQpa.so.6 (0x1)'\n"
        "echo '\tlibxcb-icccm.so.4 => not found'\n"
        "echo '\tlibxkbcommon-x11.so.0 => not found'\n"
        "echo '\tlibxcb-icccm.so.4 => not found'\n"
    )
    ldd.chmod(0o755)
    monkeypatch.setattr(app.shutil, "which", lambda name: str(ldd))
    monkeypatch.setattr(app.ctypes.util, "find_library", lambda name: "libxcb-cursor.so.0")
    missing = app.missing_x11_libraries(plugin=tmp_path / "libqxcb.so")
    assert missing == ["libxcb-icccm.so.4", "libxkbcommon-x11.so.0"]
    message = app.missing_libraries_help(missing)
    assert "sudo apt install libxcb-icccm4 libxkbcommon-x11-0" in message


def test_a_library_listed_by_ldd_and_missing_for_ctypes_is_named_once(
    monkeypatch: pytest.MonkeyPatch, tmp_path
) -> None:
    ldd = tmp_path / "ldd"
    ldd.write_text("#!/bin/sh\necho '\tlibxcb-cursor.so.0 => not found'\n")
    ldd.chmod(0o755)
    monkeypatch.setattr(app.shutil, "which", lambda name: str(ldd))
    monkeypatch.setattr(app.ctypes.util, "find_library", lambda name: None)
    assert app.missing_x11_libraries(plugin=tmp_path / "libqxcb.so") == ["libxcb-cursor.so.0"]


@pytest.mark.parametrize(
    ("library", "package"),
    [
        ("libxcb-cursor.so.0", "libxcb-cursor0"),
        ("libxcb-keysyms.so.1", "libxcb-keysyms1"),
        ("libxkbcommon-x11.so.0", "libxkbcommon-x11-0"),
        ("libX11-xcb.so.1", "libx11-xcb1"),
        ("libEGL.so.1", "libegl1"),
    ],
)
def test_debian_package_names(library: str, package: str) -> None:
    assert app.debian_package(library) == package


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


def test_present_libraries_are_not_reported(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(app.ctypes.util, "find_library", lambda name: "libxcb-cursor.so.0")
    monkeypatch.setattr(app, "missing_x11_libraries", lambda plugin=None: [])
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
