#!/usr/bin/env python3
"""Writes the site's index.html and page.js: the page's own scripts in one file.

Usage: bundle_page.py INDEX_HTML OUT_DIR SCRIPT...

Each SCRIPT (a file of web/, named as index.html's `<script src="NAME" defer>` names it) is
appended to OUT_DIR/page.js in the order given, and index.html is written to OUT_DIR with the first
of those tags pointing at page.js and the others removed. One request instead of thirteen: over
HTTP/1.1 a browser opens about six connections to a server and the wasm, the first font and the
glue hold three of them, so separate scripts arrived one after another and loader.js, which runs
only once every deferred script is in, started late (docs/PERFORMANCE.md, issue 23). The scripts
are classic scripts sharing one global scope either way; each still runs in its own function, so
the bundle behaves as the separate files did, in the same order.
"""
import os
import re
import sys


def main(argv):
    if len(argv) < 4:
        sys.exit(__doc__)
    index, out_dir, scripts = argv[1], argv[2], argv[3:]
    html = open(index, encoding="utf-8").read()
    parts = []
    for i, path in enumerate(scripts):
        name = os.path.basename(path)
        tag = re.compile(r'<script src="%s" defer></script>\n' % re.escape(name))
        if not tag.search(html):
            sys.exit(f"bundle_page.py: {index} has no <script src=\"{name}\" defer>")
        html = tag.sub('<script src="page.js" defer></script>\n' if i == 0 else "", html, count=1)
        parts.append(f"// ---- {name}\n" + open(path, encoding="utf-8").read().rstrip("\n") + "\n;\n")
    with open(os.path.join(out_dir, "page.js"), "w", encoding="utf-8") as f:
        f.write("".join(parts))
    with open(os.path.join(out_dir, "index.html"), "w", encoding="utf-8") as f:
        f.write(html)


if __name__ == "__main__":
    main(sys.argv)
