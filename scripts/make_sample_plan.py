#!/usr/bin/env python3
"""Writes assets/sample-plan.rectify.json: the plan a new workspace opens with.

A fictional bureau's plan in the shape of a real published 整改方案 (header, 指导思想, problems
with official codes, measures with numbered steps and a responsibility line, 方法步骤 with date
ranges, 保障措施, 领导小组), dated so that a first-time user sees every state: done, in progress,
due soon, overdue, 长期坚持. Names and codes are invented.

The checksum is the app's: SHA-256 of the content in canonical form (compact JSON, members sorted
by name), see src/core/checksum.cpp. `rectify validate` checks the result.
Usage: make_sample_plan.py [OUT]
"""
import hashlib
import json
import sys

OFFICE = {"name": "青山市教育局", "code": "QSJY"}
T0 = 1778457600000  # 2026-05-11 00:00 UTC, when the plan was written


def meta(at=T0):
    return {"created": {"at": at, "by": OFFICE["code"]}, "changed": {}, "deleted": {"at": 0, "by": ""}}


DEPTS = {  # id: name
    "d-jijiao": "基教科", "d-xiangmu": "项目办", "d-caiji": "财基科", "d-renjiao": "人教科",
    "d-anxin": "安信科", "d-duban": "督导室",
}
PEOPLE = [  # id, name, title, department
    ("u-lin", "林思远", "基教科科长", "d-jijiao"),
    ("u-chen", "陈佳慧", "项目办主任", "d-xiangmu"),
    ("u-he", "何志强", "财基科科长", "d-caiji"),
    ("u-wang", "王晓燕", "人教科科长", "d-renjiao"),
    ("u-huang", "黄德明", "安信科科长", "d-anxin"),
    ("u-liu", "刘建国", "副局长", ""),
    ("u-zhang", "张丽华", "副局长", ""),
    ("u-zhou", "周慧敏", "督导室主任", "d-duban"),
]


def deadline(kind, date, text):
    return {"kind": kind, "date": date, "text": text}


def progress(pid, date, author, text):
    return {"id": pid, "date": date, "author": author, "text": text, "meta": meta()}


def closure(state="open", by="", on="", decided_by="", decided_on="", reason=""):
    return {"state": state, "submitted_by": by, "submitted_on": on, "decided_by": decided_by,
            "decided_on": decided_on, "reason": reason}


def measure(mid, title, steps, lead, support, resp, leaders, dl, status, prog=(), ev=(), clo=None):
    return {"id": mid, "title": title, "steps": list(steps), "lead_departments": lead,
            "support_departments": support, "responsible": resp, "leaders": leaders,
            "deadline": dl, "status": status, "progress": list(prog),
            "evidence": [{"id": e[0], "name": e[1], "note": e[2], "meta": meta()} for e in ev],
            "closure": clo or closure(), "meta": meta()}


def problem(pid, number, code, area, text, measures):
    return {"id": pid, "number": number, "code": code, "area": area, "text": text,
            "measures": measures, "meta": meta()}


PROBLEMS = [
    problem("pr-1", "（一）", "120250070800026", "聚焦群众急难愁盼问题方面",
            "建议改进上高中难的问题，提高初中升高中的升学率。", [
                measure("m-1", "规范高中阶段学校招生录取管理。", [
                    "坚持“学生参加初中学业水平考试地与升学地相统一”的原则，按照统一的招生时间开展招生录取工作。",
                    "推动市第三高级中学建设，新增学位2000个；推动市职教中心扩大招生，新增学位600个。",
                    "促进市本级和各县三大职教园区扩容增量，增加学位。"],
                    ["d-jijiao"], [], ["u-lin"], ["u-zhang"],
                    deadline("end_of_month", "2026-11-30", "2026年11月底前"), "in_progress",
                    [progress("p-1", "2026-07-15", "林思远", "招生录取工作已按统一时间完成，录取新生1.2万人。"),
                     progress("p-2", "2026-10-20", "林思远", "市第三高级中学主体工程完工，正在进行内部装修。")]),
            ]),
    problem("pr-2", "（二）", "120250070800039", "聚焦群众急难愁盼问题方面",
            "重视城区小学的投入，解决上学难问题。", [
                measure("m-2", "增加主城区教育学位，缓解“入学难”问题。", [
                    "年底前建成城东小学二期工程，推进城南学校二期教学楼建设。",
                    "开工建设市第七小学扩建项目，计划增加小学学位600个。"],
                    ["d-xiangmu"], ["d-caiji"], ["u-chen"], ["u-liu"],
                    deadline("end_of_month", "2026-10-31", "2026年10月底前"), "in_progress",
                    [progress("p-3", "2026-09-01", "陈佳慧", "城东小学二期工程已完成主体验收。")]),
            ]),
    problem("pr-3", "（三）", "120250070800089", "聚焦教育公平方面",
            "幼升小入学问题，有些学校要求在小学读“大大班”才可以读一年级。", [
                measure("m-3", "严格按照义务教育法落实儿童入学。", [
                    "适龄儿童、少年免试就近入学，不得以任何形式设置入学门槛。",
                    "组织专项检查，对违规设置“大大班”的学校通报批评并限期整改。"],
                    ["d-jijiao"], ["d-duban"], ["u-lin"], ["u-zhang"],
                    deadline("immediate", "", "立行立改"), "done",
                    [progress("p-4", "2026-06-10", "林思远", "已完成全市专项检查，3所学校取消“大大班”。")],
                    [("e-1", "专项检查通报", "青教基〔2026〕15号")],
                    closure("verified", "基教科", "2026-06-12", "周慧敏", "2026-06-20")),
            ]),
    problem("pr-4", "（四）", "120250070800001", "聚焦农村教育方面",
            "进一步完善农村学校的师资配备，加强校园建设投入。", [
                measure("m-4", "补充农村学校教师数量，做好支教走教工作。", [
                    "通过公开招聘、特岗教师计划、公费师范生等方式充实农村教师队伍。",
                    "按照城乡统一的公用经费基准定额核拨经费，不足100人的农村小学按100人核拨。"],
                    ["d-renjiao", "d-jijiao"], [], ["u-wang", "u-lin"], ["u-liu", "u-zhang"],
                    deadline("end_of_month", "2026-12-31", "2026年12月底前"), "not_started"),
            ]),
    problem("pr-5", "（五）", "120250070900023", "聚焦校园安全方面",
            "学校伙食口味和营养需要改进，学生打包饭菜使用塑料袋。", [
                measure("m-5", "加强对学校饭堂的管理。", [
                    "严格营养餐管理，保证饭菜的数量和质量，荤素合理搭配。",
                    "加大宣传教育，倡导学生停止使用一次性餐具和塑料袋。"],
                    ["d-anxin"], [], ["u-huang"], ["u-liu"],
                    deadline("ongoing", "", "长期坚持"), "done_ongoing",
                    [progress("p-5", "2026-09-30", "黄德明", "全市中小学饭堂完成营养配餐公示，塑料袋打包现象基本杜绝。")]),
            ]),
]

PLAN = {
    "id": "plan-sample-2026",
    "title": "青山市教育局2025年度绩效考评公众评议意见建议整改落实工作方案",
    "issuer": "青山市教育局",
    "doc_number": "青教绩办〔2026〕1号",
    "written": "2026-05-11",
    "published": "2026-05-11",
    "addressees": ["各县、区教育局", "市直各学校", "局机关各科室、直属事业单位"],
    "feedback": {"kind": "public_appraisal", "name": "2025年度绩效考评公众评议"},
    "sections": [
        {"id": "s-1", "heading": "指导思想",
         "body": "以办人民满意的教育为目标，把群众反映的问题作为改进工作的切入点，逐条整改，确保取得实效。", "meta": meta()},
        {"id": "s-2", "heading": "保障措施",
         "body": "责任科室的分管领导为整改落实直接责任人，各科室主要负责人为第一责任人。市局督导室采取督查办法，对整改走过场的予以通报批评。", "meta": meta()},
    ],
    "phases": [
        {"id": "ph-1", "name": "整改落实", "start": "2026-05-10", "end": "2026-10-30",
         "body": "各责任科室按整改措施、时间节点逐条抓好落实。", "meta": meta()},
        {"id": "ph-2", "name": "督促检查", "start": "2026-08-01", "end": "2026-10-30",
         "body": "市局督导室对整改进度、落实情况和整改成效进行督查。", "meta": meta()},
        {"id": "ph-3", "name": "整改展示", "start": "", "end": "2026-11-30",
         "body": "各责任科室将整改情况书面报市局督导室，汇总后向社会公示。", "meta": meta()},
    ],
    "leading_group": {"leader": "局长 赵志远", "deputies": ["副局长 刘建国", "副局长 张丽华"],
                      "members": ["各科室主要负责人"], "office": "领导小组办公室设在市局督导室，周慧敏同志任主任"},
    "problems": PROBLEMS,
    "meta": meta(),
}

# ---- issue 22: outcome fields per problem, the plan's 问题类型 list, milestones and the actual
# completion date of the closed measure (core/outcomes.h, core/supervision.h), in the app's order:
# a problem's after "measures", a measure's after "closure", the plan's list before "meta".
PROBLEM_TYPES = ["招生入学", "学位建设", "师资队伍", "后勤保障", "作风建设", "其他"]
OUTCOMES = {
    "pr-1": {"problem_type": "招生入学", "rectify_type": "time_bound"},
    "pr-2": {"problem_type": "学位建设", "rectify_type": "time_bound", "amount": "1260.5", "rules": 1},
    "pr-3": {"problem_type": "招生入学", "rectify_type": "immediate",
             "outcome": "责令3所小学停止“大大班”做法，相关适龄儿童均已按时入读一年级。", "rules": 1, "accountable": 2},
    "pr-4": {"problem_type": "师资队伍", "rectify_type": "time_bound", "amount": "86.4", "rules": 2},
    "pr-5": {"problem_type": "后勤保障", "rectify_type": "long_term",
             "outcome": "全市学校食堂完成食谱公示和陪餐制度，打包改用可降解餐盒。", "amount": "12.35", "rules": 3, "accountable": 1},
}
MEASURE_EXTRAS = {
    "m-1": {"milestones": [{"date": "2026-06-30", "what": "出台2026年高中阶段招生工作方案", "done": True,
                            "done_on": "2026-06-20"}]},
    "m-3": {"completed_on": "2026-06-20"},
    "m-4": {"milestones": [{"date": "2026-09-30", "what": "完成农村学校教师缺口摸底", "done": True, "done_on": "2026-09-26"},
                           {"date": "2026-11-15", "what": "确定支教走教人员名单", "done": False}]},
}


def with_before(d, key, extra):
    """d with the members of `extra` inserted before `key`."""
    out = {}
    for k, v in d.items():
        if k == key:
            out.update(extra)
        out[k] = v
    return out


PLAN["problems"] = [with_before(dict(q, measures=[with_before(m, "meta", MEASURE_EXTRAS.get(m["id"], {}))
                                                  for m in q["measures"]]), "meta", OUTCOMES.get(q["id"], {}))
                    for q in PLAN["problems"]]
PLAN = with_before(PLAN, "meta", {"problem_types": PROBLEM_TYPES})

# ---- issue 22: the 销号 chain (two levels) and 回头看 (core/review_chain.h, core/recheck.h): m-2
# waits at level 2, m-3 went through both levels and is due for its re-check; each act a record.
# The closure is the records' summary (the app settles it again on load).
REVIEW_CHAIN = ["责任单位自查", "督查室复核"]


def review(rid, action, level, of, name, who, on, opinion, at):
    return {"id": rid, "action": action, "round": 1, "level": level, "of": of, "level_name": name,
            "who": who, "on": on, "opinion": opinion, "meta": {"created": {"at": at, "by": OFFICE["code"]}}}


CHAIN = {
    "m-2": {"closure": dict(closure("submitted", "基教科", "2026-10-28", "王建国", "2026-10-29"), level=2, round=1),
            "reviews": [review("rv-m2-1", "submit", 0, 0, "", "基教科", "2026-10-28", "", 1793178060000),
                        review("rv-m2-2", "pass", 1, 2, "责任单位自查", "王建国", "2026-10-29",
                               "已自查：新增学位已投入使用，材料齐全。", 1793264520000)]},
    "m-3": {"closure": dict(closure("verified", "基教科", "2026-06-12", "周慧敏", "2026-06-20"), level=2, round=1),
            "reviews": [review("rv-m3-1", "submit", 0, 0, "", "基教科", "2026-06-12", "", 1781254860000),
                        review("rv-m3-2", "pass", 1, 2, "责任单位自查", "基教科", "2026-06-12",
                               "已逐校核查适龄儿童入学情况。", 1781254920000),
                        review("rv-m3-3", "pass", 2, 2, "督查室复核", "周慧敏", "2026-06-20",
                               "复核通过，同意销号。", 1781946180000)],
            "recheck": "2026-11-20"},
}
for q in PLAN["problems"]:
    for m in q["measures"]:
        m.update(CHAIN.get(m["id"], {}))
PLAN["review_chain"] = REVIEW_CHAIN

CONTENT = {
    "id": "w-sample",
    "office": OFFICE,
    "departments": [{"id": k, "name": v, "meta": meta()} for k, v in DEPTS.items()],
    "people": [{"id": i, "name": n, "title": t, "department": d, "meta": meta()} for i, n, t, d in PEOPLE],
    "plans": [PLAN],
    "meta": meta(),
}


def canonical(v):
    return json.dumps(v, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else "assets/sample-plan.rectify.json"
    envelope = {
        "format": "rectify-plan", "version": 3, "app": "0.1.0", "exported_by": OFFICE,
        "exported_at": "2026-05-11T08:00:00Z",
        "checksum": "sha256:" + hashlib.sha256(canonical(CONTENT).encode("utf-8")).hexdigest(),
        "content": CONTENT,
    }
    with open(out, "w", encoding="utf-8") as f:
        json.dump(envelope, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
