"""The Linux downloads made from dist/Mainstream/: a tarball that runs where it is unpacked (with a
script adding it to the desktop's menu) and a .deb that installs it in /opt/mainstream.

AppImage tools are not in Debian's archive, so these two are the Linux packages. Both are made with
the standard library and dpkg-deb alone. Used by build_spec/build.py --packages.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tarfile
from pathlib import Path

import bundle

#: Where the .deb installs the bundle, and the command it puts on the PATH.
DEB_PREFIX = "opt/mainstream"
DEB_PACKAGE = "mainstream"
#: What Qt's X11 plugin needs from the system (the bundle carries the rest): Debian's package names.
DEB_DEPENDS = (
    "libxcb-cursor0",
    "libxcb-icccm4",
    "libxcb-keysyms1",
    "libxcb-shape0",
    "libxcb-xkb1",
    "libxkbcommon-x11-0",
    "libegl1",
    "libgl1",
    "libfontconfig1",
    "libdbus-1-3",
)
#: The icon sizes installed in the freedesktop hicolor theme.
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)

INSTALL_SCRIPT = """#!/bin/sh
# Adds Mainstream to this user's applications menu, started from where this folder is now.
# Run it again after moving the folder; remove with: sh install-desktop-entry.sh --remove
set -eu
here=$(cd "$(dirname "$0")" && pwd)
data=${{XDG_DATA_HOME:-$HOME/.local/share}}
entry="$data/applications/{app_id}.desktop"
if [ "${{1:-}}" = "--remove" ]; then
    rm -f "$entry"
    for size in {sizes}; do rm -f "$data/icons/hicolor/${{size}}x${{size}}/apps/{app_id}.png"; done
    echo "Mainstream removed from the applications menu"
    exit 0
fi
for size in {sizes}; do
    mkdir -p "$data/icons/hicolor/${{size}}x${{size}}/apps"
    cp "$here/icons/mainstream-$size.png" "$data/icons/hicolor/${{size}}x${{size}}/apps/{app_id}.png"
done
mkdir -p "$data/applications"
sed "s|^Exec=.*|Exec=\\"$here/{command}\\"|" "$here/{app_id}.desktop" > "$entry"
echo "Mainstream added to the applications menu ($entry)"
"""


def desktop_entry(executable: str) -> str:
    """The freedesktop .desktop file that puts Mainstream in the applications menu."""
    return (
        "[Desktop Entry]\n"
        "Type=Application\n"
        f"Name={bundle.APP_NAME}\n"
        f"Comment={bundle.SUMMARY}\n"
        f"Exec={executable}\n"
        f"Icon={bundle.APP_ID}\n"
        "Terminal=false\n"
        "Categories=Office;Database;\n"
        f"StartupWMClass={bundle.APP_NAME}\n"
    )


def tarball(folder: Path, dist: Path, fast: bool = False) -> Path:
    """mainstream-X.Y.Z-linux-ARCH.tar.gz: the bundle in mainstream-X.Y.Z/, with the .desktop
    file, the icons and install-desktop-entry.sh beside the ``mainstream`` command."""
    top = f"mainstream-{bundle.version()}"
    out = dist / f"{top}-linux-{os.uname().machine}.tar.gz"
    extras = dist / "tar-extras"
    shutil.rmtree(extras, ignore_errors=True)
    (extras / "icons").mkdir(parents=True)
    (extras / f"{bundle.APP_ID}.desktop").write_text(desktop_entry(bundle.COMMAND), encoding="utf-8")
    for size in ICON_SIZES:
        shutil.copy2(bundle.ICONS / f"mainstream-{size}.png", extras / "icons")
    script = extras / "install-desktop-entry.sh"
    sizes = " ".join(map(str, ICON_SIZES))
    script.write_text(
        INSTALL_SCRIPT.format(app_id=bundle.APP_ID, sizes=sizes, command=bundle.COMMAND), encoding="utf-8"
    )
    script.chmod(0o755)
    partial = out.with_suffix(".partial")
    with tarfile.open(partial, "w:gz", compresslevel=1 if fast else 9) as archive:
        archive.add(folder, arcname=top, filter=owned_by_root)
        for path in sorted(extras.iterdir()):
            archive.add(path, arcname=f"{top}/{path.name}", filter=owned_by_root)
    partial.replace(out)
    shutil.rmtree(extras)
    return out


def owned_by_root(info: tarfile.TarInfo) -> tarfile.TarInfo:
    info.uid = info.gid = 0
    info.uname = info.gname = "root"
    return info


def deb(folder: Path, dist: Path, staging: Path, fast: bool = False) -> Path:
    """mainstream_X.Y.Z_ARCH.deb: /opt/mainstream, /usr/bin/mainstream, the menu entry, the icons."""
    architecture = subprocess.run(
        ["dpkg", "--print-architecture"], check=True, capture_output=True, text=True
    ).stdout.strip()
    shutil.rmtree(staging, ignore_errors=True)
    prefix = staging / DEB_PREFIX
    shutil.copytree(folder, prefix, symlinks=True)
    (staging / "usr/bin").mkdir(parents=True)
    (staging / "usr/bin" / bundle.COMMAND).symlink_to(f"/{DEB_PREFIX}/{bundle.COMMAND}")
    applications = staging / "usr/share/applications"
    applications.mkdir(parents=True)
    (applications / f"{bundle.APP_ID}.desktop").write_text(desktop_entry(f"/{DEB_PREFIX}/{bundle.COMMAND}"))
    for size in ICON_SIZES:
        icons = staging / f"usr/share/icons/hicolor/{size}x{size}/apps"
        icons.mkdir(parents=True)
        shutil.copy2(bundle.ICONS / f"mainstream-{size}.png", icons / f"{bundle.APP_ID}.png")
    docs = staging / f"usr/share/doc/{DEB_PACKAGE}"
    docs.mkdir(parents=True)
    shutil.copy2(bundle.ROOT / "LICENSE", docs / "copyright")
    installed_kib = sum(p.stat().st_size for p in staging.rglob("*") if p.is_file() and not p.is_symlink()) // 1024
    control = staging / "DEBIAN"
    control.mkdir()
    (control / "control").write_text(
        f"Package: {DEB_PACKAGE}\n"
        f"Version: {bundle.version()}\n"
        f"Architecture: {architecture}\n"
        f"Maintainer: {author()}\n"
        f"Installed-Size: {installed_kib}\n"
        f"Depends: {', '.join(DEB_DEPENDS)}\n"
        "Section: misc\n"
        "Priority: optional\n"
        f"Description: {bundle.SUMMARY}\n"
        " Mainstream keeps the records of the joint programme's committees, policies,\n"
        " work plans, trainings and stakeholders offline, makes the PDF country\n"
        " overview and exchanges signed files with other focal points.\n"
    )
    out = dist / f"{DEB_PACKAGE}_{bundle.version()}_{architecture}.deb"
    compression = ["-Zgzip", "-z1"] if fast else ["-Zxz", "-z6"]
    subprocess.run(["dpkg-deb", "--root-owner-group", *compression, "--build", str(staging), str(out)], check=True)
    shutil.rmtree(staging)
    return out


def author() -> str:
    authors = bundle.project().get("authors") or [{"name": "Mainstream developers"}]
    first = authors[0]  # type: ignore[index]
    email = first.get("email", "noreply@invalid")
    return f"{first['name']} <{email}>"
