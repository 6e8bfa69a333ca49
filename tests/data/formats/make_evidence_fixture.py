#!/usr/bin/env python3
"""Writes evidence-files.rectify.json: v2-sample.rectify.json with evidence files (issue 19): the
file of ../evidence/陪餐记录表.pdf on the existing evidence item ev-1, and ../evidence/整改后照片.jpg
on a new evidence item of the first measure's progress entry pg-2. Run it from anywhere; the
checksum is the app's (canonical JSON, members sorted)."""
import hashlib
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
EVIDENCE = os.path.join(HERE, "..", "evidence")


def canonical(v):
    return json.dumps(v, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def file_ref(name, media_type):
    with open(os.path.join(EVIDENCE, name), "rb") as f:
        data = f.read()
    return {"sha256": hashlib.sha256(data).hexdigest(), "name": name, "type": media_type, "size": len(data)}


def main():
    with open(os.path.join(HERE, "v2-sample.rectify.json"), encoding="utf-8") as f:
        envelope = json.load(f)
    content = envelope["content"]
    measures = [m for q in content["plans"][0]["problems"] for m in q["measures"]]
    ev1 = measures[1]["evidence"][0]
    ev1["file"] = file_ref("陪餐记录表.pdf", "application/pdf")
    ev1["meta"]["changed"] = {"file": {"at": 1662000000000, "by": "QSJY"}}  # the scan attached later
    entry = next(p for p in measures[0]["progress"] if p["id"] == "pg-2")
    entry["evidence"] = [{"id": "ev-2", "name": "整改后照片", "note": "", "file": file_ref("整改后照片.jpg", "image/jpeg"),
                          "meta": {"created": {"at": 1662000000000, "by": "QSJY"}}}]
    envelope["checksum"] = "sha256:" + hashlib.sha256(canonical(content).encode("utf-8")).hexdigest()
    with open(os.path.join(HERE, "evidence-files.rectify.json"), "w", encoding="utf-8") as f:
        json.dump(envelope, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
