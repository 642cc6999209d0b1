#!/usr/bin/env python3
"""clang-tidy over every first-party translation unit, cached like ccache.

A unit's findings are kept under ${XDG_CACHE_HOME:-~/.cache}/dutydesk-lint, keyed by a hash
of what clang-tidy would read: .clang-tidy, the clang-tidy version, the compile command and
the contents of the source and of every header it includes (ninja's dependency log; `g++ -E`
when the unit was not built). Paths are taken relative to the checkout, so another clone or
worktree reuses the cache. An unchanged tree re-lints in seconds; a change to one header
re-lints only the units that include it.

usage: tools/lint.py BUILD_DIR [JOBS] [PATH...]    exit 1 when there is any finding
PATHs (files or folders, relative to the checkout) lint only those units.
"""

import concurrent.futures
import hashlib
import json
import os
import re
import shlex
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FIRST_PARTY = re.compile(r"^(core|ui|app|tests|bench)/.*\.cpp$")
FINDING = re.compile(r"^(/[^:]+):(\d+):(\d+): (warning|error): (.*)$")


def cache_dir():
    base = os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache")
    path = os.path.join(base, "dutydesk-lint")
    os.makedirs(path, exist_ok=True)
    return path


def relative(text):
    # "-I/checkout" as well as "/checkout/core/x.h"
    return text.replace(ROOT + "/", "").replace(ROOT, ".")


class FileHashes:
    """Each header's hash once per run: a Qt header is included by hundreds of units."""

    def __init__(self):
        self.known = {}

    def of(self, path):
        if path not in self.known:
            try:
                with open(path, "rb") as f:
                    # Generated files (moc output, configured headers) may name the
                    # checkout's absolute path: leave it out, so clones share the cache.
                    content = f.read().replace(ROOT.encode() + b"/", b"").replace(ROOT.encode(), b".")
                self.known[path] = hashlib.sha256(content).hexdigest()
            except OSError:
                self.known[path] = "missing"
        return self.known[path]


def ninja_deps(build_dir):
    """object path (relative to build_dir) -> headers and source it was built from."""
    out = subprocess.run(["ninja", "-C", build_dir, "-t", "deps"], capture_output=True, text=True).stdout
    deps, current = {}, None
    for line in out.splitlines():
        if line and not line.startswith(" "):
            target = line.split(":", 1)[0]
            current = [] if "STALE" not in line else None
            if current is not None:
                deps[target] = current
        elif current is not None and line.strip():
            current.append(line.strip())
    return deps


def units(build_dir):
    with open(os.path.join(build_dir, "compile_commands.json")) as f:
        entries = json.load(f)
    seen = {}
    for entry in entries:
        rel = os.path.relpath(entry["file"], ROOT)
        if FIRST_PARTY.match(rel) and rel not in seen:
            seen[rel] = entry
    return seen


def arguments(entry):
    return entry["arguments"] if "arguments" in entry else shlex.split(entry["command"])


def preprocessed_hash(entry):
    args = arguments(entry)
    out, skip = [], False
    for arg in args:
        if skip:
            skip = False
            continue
        if arg == "-o":
            skip = True
            continue
        if arg == "-c":
            continue
        out.append(arg)
    if out and out[0].endswith("ccache"):
        out = out[1:]
    text = subprocess.run(out + ["-E"], cwd=entry["directory"], capture_output=True).stdout
    return hashlib.sha256(text.replace(ROOT.encode() + b"/", b"").replace(ROOT.encode(), b".")).hexdigest()


def unit_key(rel, entry, deps, hashes, config):
    digest = hashlib.sha256(config)
    digest.update(relative(" ".join(arguments(entry))).encode())
    output = None
    args = arguments(entry)
    if "-o" in args:
        output = args[args.index("-o") + 1]
    files = deps.get(output) if output else None
    if files:
        for path in sorted(files):
            full = path if os.path.isabs(path) else os.path.join(entry["directory"], path)
            digest.update(relative(os.path.normpath(full)).encode())
            digest.update(hashes.of(full).encode())
    else:
        digest.update(preprocessed_hash(entry).encode())
    return digest.hexdigest()


def tidy(rel, build_dir):
    run = subprocess.run(["clang-tidy", "-p", build_dir, "--quiet", os.path.join(ROOT, rel)],
                         capture_output=True, text=True)
    findings = []
    lines = run.stdout.splitlines()
    for i, line in enumerate(lines):
        match = FINDING.match(line)
        if match:
            block = [relative(line)]
            for follow in lines[i + 1:i + 3]:
                if FINDING.match(follow):
                    break
                block.append(follow)
            findings.append("\n".join(block))
    failed = run.returncode != 0 and not findings
    if failed:
        findings.append(f"{rel}: clang-tidy failed:\n{run.stderr.strip()}")
    return findings, failed


def main():
    if len(sys.argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    build_dir = os.path.abspath(sys.argv[1])
    jobs = int(sys.argv[2]) if len(sys.argv) > 2 else os.cpu_count()
    only = [path.rstrip("/") for path in sys.argv[3:]]
    started = time.monotonic()
    version = subprocess.run(["clang-tidy", "--version"], capture_output=True).stdout
    with open(os.path.join(ROOT, ".clang-tidy"), "rb") as f:
        config = f.read() + version
    store = cache_dir()
    deps = ninja_deps(build_dir)
    hashes = FileHashes()
    todo = {rel: entry for rel, entry in units(build_dir).items()
            if not only or any(rel == path or rel.startswith(path + "/") for path in only)}
    keys = {rel: unit_key(rel, entry, deps, hashes, config) for rel, entry in todo.items()}

    findings, misses = set(), []
    for rel, key in keys.items():
        cached = os.path.join(store, key[:2], key + ".json")
        if os.path.exists(cached):
            with open(cached) as f:
                findings.update(json.load(f))
        else:
            misses.append(rel)

    def lint(rel):
        result, failed = tidy(rel, build_dir)
        if not failed:
            cached = os.path.join(store, keys[rel][:2], keys[rel] + ".json")
            os.makedirs(os.path.dirname(cached), exist_ok=True)
            with open(cached + ".tmp", "w") as f:
                json.dump(result, f)
            os.replace(cached + ".tmp", cached)
        return rel, result

    with concurrent.futures.ThreadPoolExecutor(max_workers=jobs) as pool:
        for done, (rel, result) in enumerate(pool.map(lint, misses), 1):
            print(f"[{done}/{len(misses)}] {rel}: {len(result)} finding(s)", file=sys.stderr, flush=True)
            findings.update(result)

    for finding in sorted(findings):
        print(finding)
    seconds = time.monotonic() - started
    print(f"lint: {len(todo)} units, {len(misses)} linted, {len(todo) - len(misses)} from the cache, "
          f"{len(findings)} finding(s), {seconds:.0f} s", file=sys.stderr)
    return 1 if findings else 0


if __name__ == "__main__":
    sys.exit(main())
