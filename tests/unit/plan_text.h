// Large documents for the text importer's benchmark (bench/core/text_import_bench.cpp) and its
// linearity tests (text_limits_test.cpp): a realistic 整改方案, and shapes that once cost time
// growing with the square of their length.
#pragma once
#include <string>

#include "core/numerals.h"

namespace rectify::testing {

// A 整改方案 of at least `bytes` bytes of UTF-8: the header, then 整改任务 sections (一、…) of
// areas ((一)…方面) of twenty numbered problems, each with its 问题编号, a measure of 一是/二是
// steps broken across two lines, and its responsibility lines. Every problem's numbers differ.
inline std::string plan_text(size_t bytes) {
    std::string t = "青山县教育局关于县委第二巡察组反馈意见的整改方案\n青教发〔2023〕12号\n\n"
                    "根据县委第二巡察组反馈意见，结合我局实际，制定本方案。\n\n一、指导思想\n"
                    "坚持问题导向，立行立改，确保整改见底见效。\n\n";
    t.reserve(bytes + 1024);
    int section = 2, area = 0;
    for (int k = 0; t.size() < bytes; k++) {
        if (k % 400 == 0) {
            t += cn_number(section++ % 99 + 1) + "、整改任务\n";
            area = 0;
        }
        if (k % 20 == 0) t += "（" + cn_number(++area % 99 + 1) + "）聚焦第" + std::to_string(k) + "项落实主体责任方面\n";
        const std::string n = std::to_string(k);
        t += std::to_string(k % 20 + 1) + ".问题：第" + n + "号党组会议研究部署党建工作不够及时（问题编号：12021007" +
             std::to_string(1000000 + k) + "）\n整改措施：健全第" + n + "项议事规则。一是每季度专题研究党建工作" + n +
             "次；二是建立会议纪要台账；\n三是年底开展述职评议。\n责任领导：王建国" + std::to_string(k % 7) +
             "\n责任单位：办公室" + std::to_string(k % 13) + "、人事股\n整改时限：2023年" + std::to_string(k % 12 + 1) +
             "月底前\n";
    }
    return t;
}

// `unit` repeated to at least `bytes` bytes, after a title and a 整改任务 heading.
inline std::string repeated_text(const std::string& unit, size_t bytes) {
    std::string t = "关于巡察反馈意见的整改方案\n一、整改任务\n";
    while (t.size() < bytes) t += unit;
    return t;
}

} // namespace rectify::testing
