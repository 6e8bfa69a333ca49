#!/usr/bin/env python3
"""Writes the service worker and version.json of a built site (build/web/site, or a copy of it).

Usage: site_version.py SITE_DIR SW_TEMPLATE

The build id is a hash of every file of the site (and of the worker's template), so any change to
what users download makes a new sw.js, which browsers take as a new version (web/sw.js). Each
precached file is listed with its own hash, which the worker checks while installing.
"""
import hashlib
import json
import os
import sys

# Written here, so not part of the hash; the full font is cached when first fetched, not precached.
GENERATED = {"sw.js", "version.json"}
RUNTIME = {"fonts/rectify-full.otf"}


def sha16(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()[:16]


def main():
    site, template = sys.argv[1], sys.argv[2]
    files = []
    for d, _, names in os.walk(site):
        for n in names:
            rel = os.path.relpath(os.path.join(d, n), site).replace(os.sep, "/")
            if rel not in GENERATED and not n.startswith("."):
                files.append(rel)
    files.sort()
    hashes = {rel: sha16(os.path.join(site, rel)) for rel in files}
    with open(template, encoding="utf-8") as f:
        text = f.read()
    build = hashlib.sha256()
    build.update(text.encode())
    for rel in files:
        build.update(f"{rel}\0{hashes[rel]}\n".encode())
    build_id = build.hexdigest()[:12]
    shell = [[rel, hashes[rel]] for rel in files if rel not in RUNTIME]
    full = "fonts/rectify-full.otf"
    for key, value in (("'@BUILD@'", json.dumps(build_id)),
                       ("/*@SHELL@*/[]", json.dumps(shell, separators=(",", ":"))),
                       ("/*@FULL_FONT@*/['fonts/rectify-full.otf', '']", json.dumps([full, hashes.get(full, "")]))):
        if key not in text:
            sys.exit(f"site_version: {key} missing from {template}")
        text = text.replace(key, value, 1)
    tmp = os.path.join(site, "sw.js.tmp")
    with open(tmp, "w", encoding="utf-8") as f:
        f.write(text)
    os.replace(tmp, os.path.join(site, "sw.js"))
    with open(os.path.join(site, "version.json"), "w", encoding="utf-8") as f:
        json.dump({"build": build_id, "files": len(files)}, f)
        f.write("\n")


if __name__ == "__main__":
    main()
