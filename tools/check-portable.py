#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Sujarit runs on Windows (MSYS2) as on Linux: the program's code (src/) calls the system only
through GLib, GIO and the libraries it is built on. This check fails on a call or a header that
exists only on POSIX systems, unless it stands in a branch for Unix alone (#ifdef G_OS_UNIX,
#ifndef G_OS_WIN32, or the #else of #ifdef G_OS_WIN32) — where Windows has its own branch.

Usage: check-portable.py [SRC_DIR]   (default: the src/ beside this tool)
"""
import os
import re
import sys

POSIX_HEADERS = {
    'unistd.h', 'sys/wait.h', 'sys/mman.h', 'sys/resource.h', 'sys/socket.h', 'sys/ioctl.h',
    'sys/select.h', 'sys/un.h', 'sys/utsname.h', 'sys/statvfs.h', 'signal.h', 'pwd.h', 'grp.h',
    'dirent.h', 'dlfcn.h', 'termios.h', 'poll.h', 'libgen.h', 'spawn.h', 'glib-unix.h',
    'gio/gunixinputstream.h', 'gio/gunixoutputstream.h', 'gio/gunixfdlist.h', 'gio/gdesktopappinfo.h',
}
POSIX_CALLS = {
    'fork', 'vfork', 'execl', 'execlp', 'execle', 'execv', 'execvp', 'execve', 'waitpid', 'wait',
    'kill', 'killpg', 'sigaction', 'signal', 'sigprocmask', 'alarm', 'pause',
    'link', 'symlink', 'readlink', 'realpath', 'lstat', 'fchmod', 'chown', 'fchown', 'umask',
    'getuid', 'geteuid', 'getgid', 'getegid', 'getpid', 'getppid', 'setsid', 'getpwuid', 'getpwnam',
    'pipe', 'dup2', 'mkstemp', 'mkdtemp', 'fsync', 'fdatasync', 'mmap', 'munmap', 'getrlimit',
    'setrlimit', 'sleep', 'usleep', 'nanosleep', 'strcasecmp', 'strncasecmp', 'strtok_r',
    'strndup', 'strsep', 'localtime_r', 'gmtime_r', 'timegm', 'setenv', 'unsetenv', 'opendir',
    'readdir', 'closedir', 'dirname', 'basename', 'popen', 'pclose', 'dlopen', 'dlsym', 'sysconf',
    'posix_spawn', 'posix_fadvise', 'posix_fallocate', 'ftruncate', 'truncate', 'pread', 'pwrite',
    'fcntl', 'ioctl', 'poll', 'select', 'uname', 'statvfs',
}
POSIX_NAMES = {'O_DIRECTORY', 'O_NOFOLLOW', 'O_CLOEXEC', 'O_NONBLOCK', 'S_ISLNK', 'SIGKILL', 'SIGTERM'}

CALL_RE = re.compile(r'(?<![\w.>])(' + '|'.join(sorted(POSIX_CALLS)) + r')\s*\(')
NAME_RE = re.compile(r'(?<!\w)(' + '|'.join(sorted(POSIX_NAMES)) + r')(?!\w)')
INCLUDE_RE = re.compile(r'#\s*include\s*<([^>]+)>')


def strip(text):
    """Comments and string literals out, lines kept."""
    out = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if text.startswith('/*', i):
            j = text.find('*/', i + 2)
            j = n if j < 0 else j + 2
            out.append(re.sub(r'[^\n]', ' ', text[i:j]))
            i = j
        elif text.startswith('//', i):
            j = text.find('\n', i)
            j = n if j < 0 else j
            out.append(' ' * (j - i))
            i = j
        elif c in '"\'':
            j = i + 1
            while j < n and text[j] != c and text[j] != '\n':
                j += 2 if text[j] == '\\' else 1
            out.append(c + ' ' * (min(j, n) - i - 1) + (c if j < n else ''))
            i = j + 1
        else:
            out.append(c)
            i += 1
    return ''.join(out)


def check(path, text=None):
    problems = []
    if text is None:
        with open(path, encoding='utf-8') as f:
            text = f.read()
    lines = strip(text).split('\n')
    # Each open conditional: [unix_only_now, condition kind]; kinds: 'unix', 'win32', None.
    stack = []
    for no, line in enumerate(lines, 1):
        d = re.match(r'\s*#\s*(\w+)\s*(.*)', line)
        if d:
            kw, arg = d.group(1), d.group(2).strip()
            if kw in ('ifdef', 'ifndef', 'if'):
                unix = (kw == 'ifdef' and arg in ('G_OS_UNIX', *POSIX_NAMES)) or \
                       (kw == 'ifndef' and arg == 'G_OS_WIN32') or \
                       (kw == 'if' and re.fullmatch(r'(defined\s*\(?\s*G_OS_UNIX\s*\)?|!\s*defined\s*\(?\s*G_OS_WIN32\s*\)?)', arg) is not None)
                win = (kw == 'ifdef' and arg == 'G_OS_WIN32') or \
                      (kw == 'ifndef' and arg == 'G_OS_UNIX') or \
                      (kw == 'if' and re.fullmatch(r'defined\s*\(?\s*G_OS_WIN32\s*\)?', arg) is not None)
                stack.append([unix, 'unix' if unix else 'win32' if win else None])
                continue
            if kw in ('else', 'elif') and stack:
                top = stack[-1]
                top[0] = top[1] == 'win32' and kw == 'else'
                continue
            if kw == 'endif' and stack:
                stack.pop()
                continue
            if kw == 'include':
                m = INCLUDE_RE.search(line)
                if m and m.group(1) in POSIX_HEADERS and not any(s[0] for s in stack):
                    problems.append((no, f'<{m.group(1)}> exists only on POSIX systems'))
                continue
            continue
        if any(s[0] for s in stack):
            continue
        for m in CALL_RE.finditer(line):
            # A definition of our own function with such a name (GNU style: its name starts the
            # line) is not a call.
            if m.start() == 0:
                continue
            problems.append((no, f'{m.group(1)}() is POSIX only: use GLib (or a G_OS_UNIX branch)'))
        for m in NAME_RE.finditer(line):
            problems.append((no, f'{m.group(1)} is POSIX only'))
    return problems


SELF_TEST = """
#include <unistd.h>
#ifdef G_OS_UNIX
#include <signal.h>
static void a (void) { kill (1, 0); }
#else
static void b (void) { fsync (1); }
#endif
#ifdef G_OS_WIN32
static void c (void) { CloseHandle (h); }
#else
static void d (void) { link ("a", "b"); }
#endif
/* fork () in a comment */ static const char *s = "getpid ()";
static void e (void) { g_fsync (1); x.link (); y->kill (); getpid (); }
"""


def self_test():
    found = [(no, what.split()[0]) for no, what in check('self-test', SELF_TEST)]
    expected = [(2, '<unistd.h>'), (7, 'fsync()'), (15, 'getpid()')]
    if found != expected:
        print(f'self-test: found {found}, expected {expected}', file=sys.stderr)
        return False
    return True


def main():
    if not self_test():
        return 2
    here = os.path.dirname(os.path.abspath(__file__))
    src = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, '..', 'src')
    total = 0
    for root, _dirs, files in os.walk(src):
        for name in sorted(files):
            if not name.endswith(('.c', '.h')):
                continue
            path = os.path.join(root, name)
            for no, what in check(path):
                print(f'{os.path.relpath(path)}:{no}: {what}')
                total += 1
    if total:
        print(f'{total} call(s) that would not build or work on Windows', file=sys.stderr)
        return 1
    print('portable: no POSIX-only call outside a Unix branch')
    return 0


if __name__ == '__main__':
    sys.exit(main())
