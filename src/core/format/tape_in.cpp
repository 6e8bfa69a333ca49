// TapeInputArchive (tape_in.h): DomInputArchive's reading rules over the tape.
#include "core/format/tape_in.h"

#include <climits>

#include "core/format/serialize.h"

namespace rectify {

TapeInputArchive::TapeInputArchive(const Tape& tape, std::uint32_t root, bool first_match)
    : cereal::InputArchive<TapeInputArchive>(this), tape_(tape), toks_(tape.toks), root_(root),
      anywhere_(first_match) {
    stack_.reserve(32);
}

TapeInputArchive::Frame& TapeInputArchive::object_frame() {
    if (stack_.empty() || toks_[stack_.back().tok].type != TokType::Object) throw NotFast{};
    return stack_.back();
}

bool TapeInputArchive::find(std::string_view name, std::uint32_t& index, std::uint32_t& key) {
    Frame& f = object_frame();
    const std::uint32_t count = tape_.count(f.tok);
    std::uint32_t i = 0, m = f.tok + 1;
    if (anywhere_ && f.index < count) i = f.index, m = f.cursor; // usually the very next member
    for (std::uint32_t n = 0; n < count; n++) {
        if (i == count) i = 0, m = f.tok + 1;
        if (tape_.str(m) == name) {
            index = i, key = m;
            return true;
        }
        i++, m = tape_.next(m + 1);
    }
    return false;
}

std::uint32_t TapeInputArchive::select() {
    const char* name = next_name_;
    next_name_ = nullptr;
    if (stack_.empty()) {
        if (root_taken_) throw NotFast{};
        root_taken_ = true;
        return root_;
    }
    if (name) return member(name);
    Frame& top = stack_.back();
    if (toks_[top.tok].type != TokType::Array || top.index >= tape_.count(top.tok)) throw NotFast{};
    std::uint32_t e = top.cursor;
    top.cursor = tape_.next(e);
    top.index++;
    return e;
}

std::uint32_t TapeInputArchive::member(std::string_view name) {
    std::uint32_t index, key;
    if (!find(name, index, key)) throw NotFast{}; // Missing
    Frame& f = stack_.back();
    read_[f.read + index] = 1;
    f.index = index + 1;
    f.cursor = tape_.next(key + 1);
    return key + 1;
}

void TapeInputArchive::startNode() {
    std::uint32_t t = select();
    stack_.push_back(Frame{t, t + 1, 0, std::uint32_t(read_.size())});
    if (toks_[t].type == TokType::Object) read_.resize(read_.size() + tape_.count(t), 0);
}

void TapeInputArchive::finishNode() {
    read_.resize(stack_.back().read);
    stack_.pop_back();
}

void TapeInputArchive::loadSize(cereal::size_type& size) {
    if (stack_.empty() || toks_[stack_.back().tok].type != TokType::Array) throw NotFast{};
    size = tape_.count(stack_.back().tok);
}

void TapeInputArchive::loadValue(std::string& s) {
    std::uint32_t at = select();
    if (tape_.type(at) != TokType::String) throw NotFast{};
    std::string_view text = tape_.str(at);
    s.assign(text.data(), text.size());
}

void TapeInputArchive::loadValue(bool& b) {
    const Tok& t = toks_[select()];
    if (t.type != TokType::True && t.type != TokType::False) throw NotFast{};
    b = t.type == TokType::True;
}

void TapeInputArchive::loadValue(std::int64_t& i) {
    const Tok& t = toks_[select()];
    if (t.type != TokType::Int) throw NotFast{};
    i = t.i();
}

void TapeInputArchive::loadValue(std::uint64_t& u) {
    const Tok& t = toks_[select()];
    if (t.type != TokType::Int || t.i() < 0) throw NotFast{};
    u = std::uint64_t(t.i());
}

void TapeInputArchive::loadValue(int& i) {
    const Tok& t = toks_[select()];
    if (t.type != TokType::Int || t.i() < INT_MIN || t.i() > INT_MAX) throw NotFast{};
    i = int(t.i());
}

void TapeInputArchive::loadValue(double& d) {
    const Tok& t = toks_[select()];
    if (t.type != TokType::Int && t.type != TokType::Double) throw NotFast{};
    d = t.type == TokType::Int ? double(t.i()) : t.d();
}

bool TapeInputArchive::has_member(const char* name) {
    std::uint32_t index, key;
    return find(name, index, key);
}

// As DomInputArchive: an unread member whose name was read (a repeated name) is not unknown, and
// of two unknown members with one name the first one's value is kept.
void TapeInputArchive::load_extras(Extras& x) {
    x.members.clear();
    Frame& f = object_frame();
    const std::uint32_t count = tape_.count(f.tok);
    std::uint32_t unread = 0;
    for (std::uint32_t i = 0; i < count; i++) unread += read_[f.read + i] == 0;
    if (unread == 0) return; // the usual case
    std::vector<std::uint32_t> keys;
    for (std::uint32_t i = 0, m = f.tok + 1; i < count; i++, m = tape_.next(m + 1)) keys.push_back(m);
    for (std::uint32_t i = 0; i < count; i++) {
        if (read_[f.read + i]) continue;
        std::string_view name = tape_.str(keys[i]);
        bool repeated_read = false, earlier = false;
        for (std::uint32_t j = 0; j < count; j++)
            if (j != i && tape_.str(keys[j]) == name) {
                repeated_read |= read_[f.read + j] != 0;
                earlier |= j < i;
            }
        if (repeated_read || earlier) continue;
        x.members[std::string(name)] = compact_json(tape_, keys[i] + 1);
    }
}

void TapeInputArchive::load_stamps(FieldStamps& f) {
    f.fields.clear();
    Frame& o = object_frame();
    std::vector<std::string> names;
    for (std::uint32_t i = 0, m = o.tok + 1; i < tape_.count(o.tok); i++, m = tape_.next(m + 1))
        names.emplace_back(tape_.str(m));
    for (const std::string& name : names) (*this)(cereal::make_nvp(name.c_str(), f.fields[name]));
}

} // namespace rectify
