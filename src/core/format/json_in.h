// DomInputArchive: a cereal input archive that reads from an already parsed (and already
// depth-checked) RapidJSON tree. We use it instead of cereal's JSONInputArchive because loading
// untrusted files needs three things that archive cannot give: the exact path of a value of the
// wrong type (plans[0].problems[3].measures[1].deadline), the members we do not know (kept in
// Extras and written back), and no re-parse of a tree we already parsed to validate it.
// The model's cereal serialize() functions drive it exactly like any other cereal archive.
#pragma once
#include <string>
#include <vector>

#include "core/format/json.h"

namespace rectify {

class DomInputArchive : public cereal::InputArchive<DomInputArchive>,
                        public cereal::traits::TextArchive {
public:
    // `root` must outlive the archive. path_prefix names the root in messages ("" or "content").
    explicit DomInputArchive(const rapidjson::Value& root, std::string path_prefix = "");

    void setNextName(const char* name) { next_name_ = name; }
    void startNode();
    void finishNode();
    void loadSize(cereal::size_type& size);
    void loadValue(std::string& s);
    void loadValue(bool& b);
    void loadValue(std::int64_t& i);
    void loadValue(std::uint64_t& u);
    void loadValue(int& i);
    void loadValue(double& d);

    // Names of the current object's members not read so far (for Extras), and all of them.
    std::vector<std::string> unread_members();
    std::vector<std::string> member_names();
    const rapidjson::Value& member(const std::string& name);

    bool has_member(const char* name); // for optional members

    // One step of a path: a member name or an array index. Kept as a pointer and a number, and
    // turned into text only for an error message: building path strings for every value read
    // made loading several times slower.
    struct Segment {
        const char* name = nullptr; // valid while the value is being read (from the NVP)
        size_t index = 0;
        bool root = true;
    };
    std::string path(const Segment* last = nullptr) const;
    std::string path_to(const char* name) const; // path() + ".name"
    [[noreturn]] void fail_value(const char* name, std::string detail);

private:
    struct Frame {
        const rapidjson::Value* value;
        Segment segment;
        rapidjson::SizeType next_index = 0;
        std::vector<bool> read; // per object member: read by the serialize function
    };
    // The value the next load refers to: the named member of the current object, or the next
    // element of the current array. Fails with Missing if there is none.
    const rapidjson::Value& select(Segment& segment);
    const Frame& object_frame();
    [[noreturn]] void fail_type(const std::string& path, JsonKind expected, const rapidjson::Value* found);

    const rapidjson::Value& root_;
    std::string prefix_;
    std::vector<Frame> stack_;
    const char* next_name_ = nullptr;
    bool root_taken_ = false;
};

// cereal hooks of an input archive (this one and TapeInputArchive, tape_in.h): NVPs only name the
// next value; classes open a node; sizes and plain values do not.
#define RECTIFY_INPUT_ARCHIVE_HOOKS(Archive) \
    template <class T> void prologue(Archive&, const cereal::NameValuePair<T>&) {} \
    template <class T> void epilogue(Archive&, const cereal::NameValuePair<T>&) {} \
    template <class T> void prologue(Archive&, const cereal::SizeTag<T>&) {} \
    template <class T> void epilogue(Archive&, const cereal::SizeTag<T>&) {} \
    template <class T, cereal::traits::EnableIf<std::is_arithmetic<T>::value> = cereal::traits::sfinae> \
    void prologue(Archive&, const T&) {} \
    template <class T, cereal::traits::EnableIf<std::is_arithmetic<T>::value> = cereal::traits::sfinae> \
    void epilogue(Archive&, const T&) {} \
    inline void prologue(Archive&, const std::string&) {} \
    inline void epilogue(Archive&, const std::string&) {} \
    template <class T, cereal::traits::EnableIf<!std::is_arithmetic<T>::value> = cereal::traits::sfinae> \
    void prologue(Archive& ar, const T&) { ar.startNode(); } \
    template <class T, cereal::traits::EnableIf<!std::is_arithmetic<T>::value> = cereal::traits::sfinae> \
    void epilogue(Archive& ar, const T&) { ar.finishNode(); } \
    template <class T> void CEREAL_LOAD_FUNCTION_NAME(Archive& ar, cereal::NameValuePair<T>& t) { \
        ar.setNextName(t.name); \
        ar(t.value); \
    } \
    template <class T> void CEREAL_LOAD_FUNCTION_NAME(Archive& ar, cereal::SizeTag<T>& st) { \
        ar.loadSize(st.size); \
    } \
    template <class T, cereal::traits::EnableIf<std::is_arithmetic<T>::value> = cereal::traits::sfinae> \
    void CEREAL_LOAD_FUNCTION_NAME(Archive& ar, T& t) { ar.loadValue(t); } \
    inline void CEREAL_LOAD_FUNCTION_NAME(Archive& ar, std::string& s) { ar.loadValue(s); }

RECTIFY_INPUT_ARCHIVE_HOOKS(DomInputArchive)

} // namespace rectify

CEREAL_REGISTER_ARCHIVE(rectify::DomInputArchive)
