#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The installed tree holds every file where the freedesktop specifications (and Sujarit's own
code) look for it: `meson install --destdir` into a temporary folder, then each path is checked,
the desktop file and metainfo are validated where they were installed, the MIME database built
from the installed package names `*.sujarit`, and the desktop file, the metainfo and the MIME
type agree with each other.

Usage: check-install.py MESON BUILD_DIR
"""
import configparser
import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

APP_ID = 'io.github.sujarit.Sujarit'
MIME = 'application/x-sujarit'


def main():
    meson, build = sys.argv[1], sys.argv[2]
    failures = []

    def expect(cond, what):
        print(('ok     ' if cond else 'FAILED ') + what)
        if not cond:
            failures.append(what)

    with tempfile.TemporaryDirectory(prefix='sujarit-install-') as dest:
        r = subprocess.run([meson, 'install', '-C', build, '--no-rebuild', '--destdir', dest,
                            '--quiet'], capture_output=True, text=True)
        if r.returncode != 0:
            print(r.stdout, r.stderr)
            print('FAILED meson install')
            return 1
        prefix = None
        for root, _dirs, files in os.walk(dest):
            if 'sujarit-cli' in files or 'sujarit-cli.exe' in files:
                prefix = os.path.dirname(root)
        expect(prefix is not None, 'bin/sujarit-cli installed')
        if prefix is None:
            return 1
        share = os.path.join(prefix, 'share')
        paths = [
            'bin/sujarit',
            'bin/sujarit-cli',
            f'share/applications/{APP_ID}.desktop',
            f'share/metainfo/{APP_ID}.metainfo.xml',
            f'share/mime/packages/{APP_ID}.xml',
            f'share/icons/hicolor/scalable/apps/{APP_ID}.svg',
            f'share/icons/hicolor/symbolic/apps/{APP_ID}-symbolic.svg',
            f'share/glib-2.0/schemas/{APP_ID}.gschema.xml',
            'share/locale/th/LC_MESSAGES/sujarit.mo',
            'share/sujarit/catalog.db',
            'share/sujarit/fonts/Sarabun-Light.ttf',
            'share/sujarit/fonts/Sarabun-SemiBold.ttf',
            'share/sujarit/fonts/OFL.txt',
            'share/sujarit/examples/khonkaen-2566.sujarit',
            'share/sujarit/examples/kalasin-2566.sujarit',
            'share/sujarit/examples/nakhonsi-2566.sujarit',
        ]
        exe = '.exe' if os.path.isfile(os.path.join(prefix, 'bin', 'sujarit-cli.exe')) else ''
        for p in paths:
            if p.startswith('bin/'):
                p += exe
            expect(os.path.isfile(os.path.join(prefix, p)), p)
        for p in ('bin/sujarit', 'bin/sujarit-cli'):
            full = os.path.join(prefix, p + exe)
            expect(os.path.isfile(full) and os.access(full, os.X_OK), p + exe + ' is executable')

        # The launcher: valid where installed, opens files of the plan's type with the icon.
        desktop = os.path.join(share, 'applications', APP_ID + '.desktop')
        if os.path.isfile(desktop):
            if shutil.which('desktop-file-validate'):
                r = subprocess.run(['desktop-file-validate', desktop], capture_output=True, text=True)
                expect(r.returncode == 0 and not r.stdout.strip(),
                       'installed desktop file validates ' + r.stdout.strip())
            cp = configparser.RawConfigParser(interpolation=None, strict=False)
            cp.optionxform = str
            cp.read(desktop, encoding='utf-8')
            entry = cp['Desktop Entry']
            expect(MIME in entry.get('MimeType', '').split(';'), 'desktop file opens ' + MIME)
            expect(entry.get('Icon') == APP_ID, 'desktop file names the icon ' + APP_ID)
            expect(entry.get('Exec', '').split()[0] == 'sujarit' and '%U' in entry.get('Exec', ''),
                   'desktop file runs sujarit with the files given')
            expect(entry.get('Name[th]') == 'สุจริต', 'desktop file has its Thai name')
            expect(bool(entry.get('Keywords[th]')), 'desktop file has Thai keywords')

        # The software-centre page: valid, launches this desktop file, translated.
        metainfo = os.path.join(share, 'metainfo', APP_ID + '.metainfo.xml')
        if os.path.isfile(metainfo):
            if shutil.which('appstreamcli'):
                r = subprocess.run(['appstreamcli', 'validate', '--no-net', metainfo],
                                   capture_output=True, text=True)
                expect(r.returncode == 0, 'installed metainfo validates')
            tree = ET.parse(metainfo).getroot()
            expect(tree.findtext('id') == APP_ID, 'metainfo id is ' + APP_ID)
            expect(tree.findtext('launchable') == APP_ID + '.desktop', 'metainfo launches the desktop file')
            expect(MIME in [m.text for m in tree.iter('mediatype')], 'metainfo provides ' + MIME)
            lang = '{http://www.w3.org/XML/1998/namespace}lang'
            expect(any(e.get(lang) == 'th' for e in tree.iter('summary')), 'metainfo has a Thai summary')
            shots = [i.text for i in tree.iter('image')]
            expect(len(shots) >= 3, 'metainfo shows screenshots')
            here = os.path.dirname(os.path.abspath(__file__))
            for url in shots:
                name = url.rsplit('/', 1)[-1]
                expect(os.path.isfile(os.path.join(here, '..', 'data', 'screenshots', name)),
                       'screenshot ' + name + ' is in data/screenshots')

        # The file type: the MIME database built from the installed package knows *.sujarit.
        packages = os.path.join(share, 'mime', 'packages', APP_ID + '.xml')
        if os.path.isfile(packages) and shutil.which('update-mime-database'):
            mime_dir = os.path.join(share, 'mime')
            subprocess.run(['update-mime-database', mime_dir], capture_output=True, check=True)
            with open(os.path.join(mime_dir, 'globs2'), encoding='utf-8') as f:
                globs = f.read()
            expect(f'{MIME}:*.sujarit' in globs, 'MIME database maps *.sujarit to ' + MIME)
            with open(os.path.join(mime_dir, 'XMLnamespaces'), encoding='utf-8') as f:
                expect(f'urn:x-sujarit:plan:1 plan {MIME}' in f.read(),
                       'MIME database recognises the plan namespace')
            if shutil.which('gio'):
                with tempfile.TemporaryDirectory() as tmp:
                    plan = os.path.join(tmp, 'plan.sujarit')
                    shutil.copy(os.path.join(share, 'sujarit', 'examples', 'kalasin-2566.sujarit'), plan)
                    env = dict(os.environ, XDG_DATA_DIRS=share + ':/usr/share', XDG_DATA_HOME=tmp)
                    r = subprocess.run(['gio', 'info', '-a', 'standard::content-type', plan],
                                       capture_output=True, text=True, env=env)
                    expect(f'standard::content-type: {MIME}' in r.stdout,
                           'GIO sees a .sujarit file as ' + MIME)

        # The settings schema compiles strictly where it was installed.
        if shutil.which('glib-compile-schemas'):
            r = subprocess.run(['glib-compile-schemas', '--strict', '--dry-run',
                                os.path.join(share, 'glib-2.0', 'schemas')], capture_output=True, text=True)
            expect(r.returncode == 0, 'installed settings schema compiles (--strict) ' + r.stderr.strip())

    print(f'{len(failures)} failure(s)' if failures else 'the installed tree is complete')
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main())
