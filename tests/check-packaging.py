#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The packages cannot be built here: Flatpak runtimes are not downloaded, and MSYS2 runs on
Windows. So they are checked for what a build on a connected machine needs.

The Flatpak manifest (flatpak/io.github.sujarit.Sujarit.json): it parses; its id, command and
runtime agree with the project (meson.build, the desktop file, the executable); its permissions
are the minimal ones (no blanket file access: files come through the document portal); every
local source it names exists; and the project's own dependencies are in the GNOME runtime or
built as a module of the manifest.

The MSYS2 PKGBUILD (data/windows/PKGBUILD): bash parses it; it is the UCRT64 package
mingw-w64-ucrt-x86_64-sujarit of this version; every dependency of the project is one of its
dependencies; the Windows resources it builds (icon, version) exist.

Usage: check-packaging.py SOURCE_ROOT
"""
import json
import os
import re
import subprocess
import sys

ALLOWED = {'--share=ipc', '--socket=fallback-x11', '--socket=wayland', '--device=dri'}
REQUIRED = ALLOWED
# What org.gnome.Platform (and the freedesktop runtime under it) provides, by pkg-config name.
IN_RUNTIME = {'glib-2.0', 'gobject-2.0', 'gio-2.0', 'libxml-2.0', 'pango', 'pangocairo', 'pangoft2',
              'cairo', 'cairo-pdf', 'cairo-png', 'cairo-svg', 'harfbuzz', 'fontconfig', 'gtk4', 'libadwaita-1',
              'sqlite3', 'libpcre2-8', 'libarchive'}
# What a module of the manifest provides, by pkg-config name.
FROM_MODULE = {'poppler-glib': 'poppler'}


def main():
    top = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), '..')
    path = os.path.join(top, 'flatpak', 'io.github.sujarit.Sujarit.json')
    failures = []

    def expect(cond, what):
        print(('ok     ' if cond else 'FAILED ') + what)
        if not cond:
            failures.append(what)

    with open(path, encoding='utf-8') as f:
        manifest = json.load(f)
    print('ok     the manifest parses')

    with open(os.path.join(top, 'meson.build'), encoding='utf-8') as f:
        meson = f.read()
    app_id = re.search(r"'APPLICATION_ID',\s*'([^']+)'", meson).group(1)
    expect(manifest.get('id') == app_id, f'id is the application id {app_id}')
    expect(os.path.isfile(os.path.join(top, 'data', app_id + '.desktop.in')),
           'a desktop file is named after the id')
    expect(os.path.isfile(os.path.join(top, 'data', app_id + '.metainfo.xml.in')),
           'a metainfo file is named after the id')
    with open(os.path.join(top, 'src', 'app', 'meson.build'), encoding='utf-8') as f:
        expect(f"executable('{manifest.get('command')}'" in f.read(),
               f"the command {manifest.get('command')} is the application's executable")
    expect(manifest.get('runtime') == 'org.gnome.Platform' and manifest.get('sdk') == 'org.gnome.Sdk',
           'runtime org.gnome.Platform, sdk org.gnome.Sdk')
    expect(re.fullmatch(r'\d+', str(manifest.get('runtime-version', ''))) is not None,
           'a released runtime version')

    args = manifest.get('finish-args', [])
    expect(REQUIRED <= set(args), 'finish-args give the display, the GPU and IPC')
    extra = [a for a in args if a not in ALLOWED]
    expect(not extra, 'no other permission (files through the document portal) ' + ' '.join(extra))
    expect(not any(a.startswith('--filesystem') for a in args), 'no --filesystem access')

    modules = manifest.get('modules', [])
    names = [m.get('name') for m in modules if isinstance(m, dict)]
    expect(names and names[-1] == 'sujarit', 'the last module builds sujarit')
    for m in modules:
        if not isinstance(m, dict):
            expect(os.path.isfile(os.path.join(top, 'flatpak', m)), f'module file {m} exists')
            continue
        for src in m.get('sources', []):
            if 'path' in src:
                p = os.path.normpath(os.path.join(top, 'flatpak', src['path']))
                expect(os.path.exists(p), f"{m['name']}: source {src['path']} exists")
                if src.get('type') == 'dir' and m['name'] == 'sujarit':
                    expect(os.path.isfile(os.path.join(p, 'meson.build')),
                           'sujarit is built from this checkout (type dir, its meson.build)')
            else:
                expect('url' in src and ('sha256' in src or 'commit' in src or 'tag' in src),
                       f"{m['name']}: downloaded source {src.get('url')} is pinned")
        if m.get('name') == 'sujarit':
            expect(m.get('buildsystem') == 'meson', 'sujarit is built with meson')

    # Every dependency of the project is in the runtime or is a module.
    deps = set()
    for root, _dirs, files in os.walk(top):
        if any(part.startswith(('build', '.')) for part in os.path.relpath(root, top).split(os.sep)
               if part != '.'):
            continue
        if 'meson.build' in files:
            with open(os.path.join(root, 'meson.build'), encoding='utf-8') as f:
                deps |= set(re.findall(r"dependency\('([^']+)'", f.read()))
    for d in sorted(deps):
        expect(d in IN_RUNTIME or d in names or FROM_MODULE.get(d) in names,
               f'dependency {d} is in the runtime or a module')

    # MSYS2
    pkgbuild = os.path.join(top, 'data', 'windows', 'PKGBUILD')
    r = subprocess.run(['bash', '-c', 'set -e; MINGW_PACKAGE_PREFIX=mingw-w64-ucrt-x86_64; '
                        'source "$1"; echo "${pkgname[0]}"; echo "$pkgver"; '
                        'echo "${mingw_arch[*]}"; '
                        'printf "%s\\n" "${depends[@]}"; type build check package >/dev/null',
                        'pkgbuild', pkgbuild], capture_output=True, text=True)
    expect(r.returncode == 0, 'the PKGBUILD parses, with build(), check() and package() ' + r.stderr.strip())
    if r.returncode == 0:
        lines = r.stdout.split('\n')
        expect(lines[0] == 'mingw-w64-ucrt-x86_64-sujarit', 'the package is mingw-w64-ucrt-x86_64-sujarit')
        version = re.search(r"version:\s*'([^']+)'", meson).group(1)
        expect(lines[1] == version, f'the package version is the project version {version}')
        expect('ucrt64' in lines[2].split(), 'built for UCRT64')
        pkg_deps = {d.replace('mingw-w64-ucrt-x86_64-', '') for d in lines[3:] if d}
        msys2 = {'glib-2.0': 'glib2', 'gobject-2.0': 'glib2', 'gio-2.0': 'glib2',
                 'libxml-2.0': 'libxml2', 'pango': 'pango', 'pangocairo': 'pango', 'cairo-svg': 'cairo',
                 'pangoft2': 'pango', 'cairo': 'cairo', 'cairo-pdf': 'cairo', 'cairo-png': 'cairo',
                 'harfbuzz': 'harfbuzz', 'fontconfig': 'fontconfig', 'gtk4': 'gtk4',
                 'libadwaita-1': 'libadwaita', 'sqlite3': 'sqlite3', 'libpcre2-8': 'pcre2',
                 'libarchive': 'libarchive', 'poppler-glib': 'poppler'}
        for d in sorted(deps):
            expect(msys2.get(d) in pkg_deps, f'dependency {d} is the MSYS2 package {msys2.get(d)}')
        expect('gettext-runtime' in pkg_deps, 'the translations need gettext-runtime')
    for name in ('sujarit.rc.in', 'sujarit.ico'):
        expect(os.path.isfile(os.path.join(top, 'data', 'windows', name)), f'data/windows/{name} exists')
    with open(os.path.join(top, 'src', 'app', 'meson.build'), encoding='utf-8') as f:
        app_meson = f.read()
    expect("win_subsystem: 'windows'" in app_meson, 'sujarit.exe opens no console window')
    expect('windows.compile_resources' in app_meson, 'sujarit.exe carries its icon and version')

    print(f'{len(failures)} failure(s)' if failures else 'the packages are complete')
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main())
