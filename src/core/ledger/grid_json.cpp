// grid_json: Grid <-> JSON (grid.h), between the office module and the app.
#include "core/format/json_get.h"
#include "core/format/json_out.h"
#include "core/ledger/grid.h"

namespace rectify {

using namespace json_get;

std::string grid_to_json(const Grid& grid) {
    JsonOut o;
    o.begin_object().key("sheets").begin_array();
    for (const GridSheet& s : grid.sheets) {
        o.begin_object().field("name", s.name).field("hidden", s.hidden).key("rows").begin_array();
        for (const auto& row : s.rows) {
            o.begin_array();
            for (const GridCell& c : row) {
                switch (c.kind) {
                case GridCell::Kind::Empty: o.value(""); break;
                case GridCell::Kind::Text: o.value(c.text); break;
                case GridCell::Kind::Number: o.begin_object().field("n", c.text).end_object(); break;
                case GridCell::Kind::Date: o.begin_object().field("d", c.text).end_object(); break;
                case GridCell::Kind::Bool: o.begin_object().field("b", c.text).end_object(); break;
                }
            }
            o.end_array();
        }
        o.end_array().key("hidden_rows").begin_array();
        for (size_t i = 0; i < s.hidden_rows.size(); i++)
            if (s.hidden_rows[i]) o.value(long(i));
        o.end_array().key("merges").begin_array();
        for (const GridMerge& m : s.merges) o.begin_array().value(m.row0).value(m.col0).value(m.row1).value(m.col1).end_array();
        o.end_array().key("source_rows").begin_array();
        for (int r : s.source_rows) o.value(r);
        o.end_array().end_object();
    }
    o.end_array().end_object();
    return o.str();
}

static int get_int(const rapidjson::Value& v, const std::string& where) {
    if (!v.IsInt()) throw Bad{where + ": not an integer"};
    return v.GetInt();
}

bool grid_from_json(std::string_view json, Grid& grid, std::string& error) {
    rapidjson::Document doc;
    if (!parse_object(json, doc, error)) return false;
    try {
        grid = Grid{};
        for (const auto& sv : get_array(doc, "sheets").GetArray()) {
            if (!sv.IsObject()) throw Bad{"sheet: not an object"};
            GridSheet s;
            if (const rapidjson::Value* v = member(sv, "name")) s.name = get_string(*v, "name");
            s.hidden = flag(sv, "hidden", false);
            for (const auto& rv : get_array(sv, "rows").GetArray()) {
                if (!rv.IsArray()) throw Bad{"row: not an array"};
                auto& row = s.rows.emplace_back();
                row.reserve(rv.Size());
                for (const auto& cv : rv.GetArray()) {
                    GridCell c;
                    if (cv.IsString()) {
                        c.text.assign(cv.GetString(), cv.GetStringLength());
                        c.kind = c.text.empty() ? GridCell::Kind::Empty : GridCell::Kind::Text;
                    } else if (cv.IsObject() && cv.MemberCount() == 1) {
                        const auto& m = *cv.MemberBegin();
                        const std::string k(m.name.GetString(), m.name.GetStringLength());
                        c.kind = k == "n" ? GridCell::Kind::Number : k == "d" ? GridCell::Kind::Date
                               : k == "b" ? GridCell::Kind::Bool : throw Bad{"cell: unknown kind " + k};
                        c.text = get_string(m.value, "cell");
                    } else throw Bad{"cell: neither a string nor a one-member object"};
                    row.push_back(std::move(c));
                }
            }
            s.hidden_rows.assign(s.rows.size(), false);
            for (const auto& h : get_array(sv, "hidden_rows").GetArray()) {
                const int i = get_int(h, "hidden_rows");
                if (i < 0 || size_t(i) >= s.rows.size()) throw Bad{"hidden_rows: out of range"};
                s.hidden_rows[size_t(i)] = true;
            }
            for (const auto& mv : get_array(sv, "merges").GetArray()) {
                if (!mv.IsArray() || mv.Size() != 4) throw Bad{"merges: not [r0,c0,r1,c1]"};
                s.merges.push_back({get_int(mv[0], "merge"), get_int(mv[1], "merge"), get_int(mv[2], "merge"), get_int(mv[3], "merge")});
            }
            for (const auto& r : get_array(sv, "source_rows").GetArray()) s.source_rows.push_back(get_int(r, "source_rows"));
            grid.sheets.push_back(std::move(s));
        }
    } catch (const Bad& b) {
        error = b.what;
        return false;
    }
    return true;
}

} // namespace rectify
