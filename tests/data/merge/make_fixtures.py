#!/usr/bin/env python3
"""Writes the merge fixtures from tests/data/formats/v2-sample.rectify.json:
master.rectify.json (the bureau's copy, edited after handing the plan down), and two returns:
return-jjk (基教股: a status, a conflicting title, a new progress entry) and return-aqg (安全股:
deletes a measure, edits a deadline). Run from the repository root; the checksums are the app's."""
import copy
import hashlib
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLE = os.path.join(HERE, "..", "formats", "v2-sample.rectify.json")
HANDED_DOWN = {"QSJY": 1661800000000, "青山县教育局": 1652322600000}  # what the copies had seen


def canonical(v):
    return json.dumps(v, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def write(name, content, office, at):
    envelope = {"format": "rectify-plan", "version": 2, "app": "0.1.0", "exported_by": office,
                "exported_at": at,
                "checksum": "sha256:" + hashlib.sha256(canonical(content).encode("utf-8")).hexdigest(),
                "content": content}
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
        json.dump(envelope, f, ensure_ascii=False, indent=1)
        f.write("\n")


def measure(content, mid):
    for q in content["plans"][0]["problems"]:
        for m in q["measures"]:
            if m["id"] == mid:
                return m
    raise KeyError(mid)


def main():
    with open(SAMPLE, encoding="utf-8") as f:
        base = json.load(f)["content"]
    base["merge_seen"] = dict(HANDED_DOWN)
    base["plans"][0]["merge_seen"] = dict(HANDED_DOWN)

    master = copy.deepcopy(base)
    m = measure(master, "m-36f6fe13bf0e5942")
    m["title"] = "规范高中阶段招生录取"
    m["meta"]["changed"]["title"] = {"at": 1662000000000, "by": "QSJY"}
    write("master.rectify.json", master, {"name": "青山县教育局", "code": "QSJY"}, "2022-09-02T01:00:00Z")

    jjk = copy.deepcopy(base)
    jjk["office"] = {"name": "基教股", "code": "JJK"}
    m = measure(jjk, "m-36f6fe13bf0e5942")
    m["status"] = "done"
    m["meta"]["changed"]["status"] = {"at": 1662100000000, "by": "JJK"}
    m["title"] = "扩大优质高中学位"
    m["meta"]["changed"]["title"] = {"at": 1662100001000, "by": "JJK"}
    m["progress"].append({"id": "p-jjk-1", "date": "2022-09-05", "author": "周文涛", "text": "县二中扩建验收合格。",
                          "meta": {"created": {"at": 1662100002000, "by": "JJK"}}})
    write("return-jjk.rectify.json", jjk, {"name": "基教股", "code": "JJK"}, "2022-09-06T02:00:00Z")

    aqg = copy.deepcopy(base)
    aqg["office"] = {"name": "安全股", "code": "AQG"}
    measure(aqg, "m-fd4c8d0aa9967ccc")["meta"]["deleted"] = {"at": 1662200000000, "by": "AQG"}
    m = measure(aqg, "m-54caef0d0e8ef424")
    m["deadline"] = {"kind": "end_of_month", "date": "2022-12-31", "text": "2022年12月底前"}
    m["meta"]["changed"]["deadline"] = {"at": 1662200001000, "by": "AQG"}
    write("return-aqg.rectify.json", aqg, {"name": "安全股", "code": "AQG"}, "2022-09-07T03:00:00Z")

    short_ids()


def short_ids():
    """other-office-short-ids.rectify.json: another office's own plan, valid on its own, whose IDs
    repeat those of the app's sample plan (assets/sample-plan.rectify.json): its sections s-1 s-2,
    phase ph-1, problems pr-1 pr-2, measures m-1 m-2, progress p-1, and a department d-jijiao
    that is a different department (办公室, created there). Merging it must give these items new IDs."""
    created = {"at": 1780000000000, "by": "CNZX"}

    def meta():
        return {"created": dict(created)}

    def measure_(mid, title, dept, person, progress):
        return {"id": mid, "title": title, "steps": ["一是完善制度。", "二是加强检查。"],
                "lead_departments": [dept], "support_departments": [], "responsible": [person],
                "leaders": [], "deadline": {"kind": "end_of_month", "date": "2026-12-31", "text": "2026年12月底前"},
                "status": "in_progress", "progress": progress, "evidence": [], "closure": {"state": "open", "submitted_by": "", "submitted_on": "", "decided_by": "",
                            "decided_on": "", "reason": ""},
                "meta": meta()}

    content = {
        "id": "w-sample", "office": {"name": "城南中学", "code": "CNZX"},
        "departments": [{"id": "d-jijiao", "name": "办公室", "meta": meta()}],
        "people": [{"id": "u-lin", "name": "周晓梅", "title": "副校长", "department": "d-jijiao", "meta": meta()}],
        "plans": [{
            "id": "plan-cnzx-2026", "title": "城南中学校园安全隐患整改方案", "issuer": "城南中学",
            "doc_number": "城南中〔2026〕3号", "written": "2026-09-01", "published": "", "addressees": [],
            "feedback": {"kind": "inspection", "name": "2026年秋季校园安全检查"},
            "sections": [{"id": "s-1", "heading": "指导思想", "body": "坚持问题导向，立行立改。", "meta": meta()},
                         {"id": "s-2", "heading": "保障措施", "body": "校长负总责。", "meta": meta()}],
            "phases": [{"id": "ph-1", "name": "整改落实", "start": "2026-09-01", "end": "2026-12-31", "body": "",
                        "meta": meta()}],
            "leading_group": {"leader": "校长 王建华", "deputies": [], "members": [], "office": ""},
            "problems": [
                {"id": "pr-1", "number": "（一）", "code": "", "area": "", "text": "消防通道堆放杂物。",
                 "measures": [measure_("m-1", "清理消防通道", "d-jijiao", "u-lin",
                                       [{"id": "p-1", "date": "2026-09-10", "author": "周晓梅",
                                         "text": "已清理东侧通道。", "meta": meta()}])],
                 "meta": meta()},
                {"id": "pr-2", "number": "（二）", "code": "", "area": "", "text": "食堂留样记录不全。",
                 "measures": [measure_("m-2", "补齐食堂留样记录", "d-jijiao", "u-lin", [])],
                 "meta": meta()}],
            "meta": meta()}],
        "meta": meta()}
    write("other-office-short-ids.rectify.json", content, {"name": "城南中学", "code": "CNZX"},
          "2026-09-12T02:00:00Z")

    # What the version before issue 14 stored after merging that file into the sample: its plan
    # appended as it was, so s-1, m-1 … occur twice (the file no longer loads without repair).
    with open(os.path.join(HERE, "..", "..", "..", "assets", "sample-plan.rectify.json"), encoding="utf-8") as f:
        stored = json.load(f)["content"]
    stored["plans"].append(copy.deepcopy(content["plans"][0]))
    write("stored-duplicate-ids.rectify.json", stored, stored["office"], "2026-09-12T03:00:00Z")


if __name__ == "__main__":
    main()
