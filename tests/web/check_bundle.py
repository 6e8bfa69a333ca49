#!/usr/bin/env python3
"""The build's page bundle (scripts/bundle_page.py): the site's index.html loads one page.js in
place of the page's deferred scripts, and page.js is those scripts in index.html's order, whole.

Usage: check_bundle.py <repo root>    exit 1 with what is wrong
"""
import os
import re
import subprocess
import sys
import tempfile

# The tags the build bundles: src/app/CMakeLists.txt reads them from web/index.html the same way.
TAG = re.compile(r'^<script src="([a-z_]+\.js)" defer></script>$')


def main(root):
    index = os.path.join(root, "web", "index.html")
    bundler = os.path.join(root, "scripts", "bundle_page.py")
    lines = open(index, encoding="utf-8").read().split("\n")
    names = [m.group(1) for m in (TAG.match(line) for line in lines) if m]
    problems = []
    if len(names) < 2:
        problems.append(f"index.html lists {len(names)} deferred scripts: the check expects the page's scripts there")
    scripts = [os.path.join(root, "web", n) for n in names]
    with tempfile.TemporaryDirectory() as out:
        subprocess.run([sys.executable, bundler, index, out, *scripts], check=True)
        site = open(os.path.join(out, "index.html"), encoding="utf-8").read().split("\n")
        bundle = open(os.path.join(out, "page.js"), encoding="utf-8").read()
        # index.html as written, with the first tag naming page.js and the others gone.
        expected, first = [], True
        for line in lines:
            if TAG.match(line):
                if first:
                    expected.append('<script src="page.js" defer></script>')
                first = False
            else:
                expected.append(line)
        if site != expected:
            problems.append("the site's index.html is not web/index.html with its scripts replaced by page.js")
        at = 0
        for name, path in zip(names, scripts):
            text = open(path, encoding="utf-8").read().rstrip("\n")
            found = bundle.find(text, at)
            if found < 0:
                problems.append(f"page.js lacks {name}, or has it out of index.html's order")
            else:
                at = found + len(text)
        # A script index.html does not name is an error, not a silent omission.
        bad = subprocess.run([sys.executable, bundler, index, out, os.path.join(root, "web", "sw.js")],
                             capture_output=True)
        if bad.returncode == 0:
            problems.append("bundle_page.py took a script index.html does not list")
    for p in problems:
        print("check_bundle:", p)
    return 1 if problems else 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    sys.exit(main(sys.argv[1]))
