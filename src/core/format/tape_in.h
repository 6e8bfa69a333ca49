// TapeInputArchive: the cereal input archive of the fast load (tape.h). The model's serialize()
// functions (serialize.h) drive it as they drive DomInputArchive, with the same semantics on
// every file it accepts: a member is found by name wherever it stands (the first of that name),
// and the members not read are kept in Extras. It does not explain: anything the full path would
// refuse throws NotFast, and the loader reads the file the full way for the message.
#pragma once
#include <string>
#include <vector>

#include "core/format/json_in.h"
#include "core/format/tape.h"
#include "core/model.h"

namespace rectify {

class TapeInputArchive : public cereal::InputArchive<TapeInputArchive>,
                         public cereal::traits::TextArchive {
public:
    // Reads the value at token `root` of `tape` (which must outlive the archive). `first_match`:
    // the file has no repeated member names (read_tape refuses them), so a name may be looked
    // for from where the last one was found rather than from the object's start.
    TapeInputArchive(const Tape& tape, std::uint32_t root, bool first_match);

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

    bool has_member(const char* name);
    [[noreturn]] void fail_value(const char*, const std::string&) { throw NotFast{}; }

    // Marks the member read and returns its value's token (the first member of that name).
    std::uint32_t member(std::string_view name);
    void load_extras(Extras& x);       // the members of the current object not read
    void load_stamps(FieldStamps& f);  // every member of the current object, by name

private:
    struct Frame {
        std::uint32_t tok;
        std::uint32_t cursor; // object: the member after the last one found; array: next element
        std::uint32_t index;  // the cursor's member or element index
        std::uint32_t read;   // object: where its read marks start in read_
    };
    std::uint32_t select();
    Frame& object_frame();
    // Index and key token of the first member named `name` of the current object, or false.
    bool find(std::string_view name, std::uint32_t& index, std::uint32_t& key);

    const Tape& tape_;
    const std::vector<Tok, BigBufferAllocator<Tok>>& toks_;
    std::uint32_t root_;
    bool root_taken_ = false;
    bool anywhere_;
    std::vector<Frame> stack_;
    std::vector<unsigned char> read_;
    const char* next_name_ = nullptr;
};

RECTIFY_INPUT_ARCHIVE_HOOKS(TapeInputArchive)

// Maps and unknown members (as serialize.h declares them for the other archives).
inline void prologue(TapeInputArchive&, const Extras&) {}
inline void epilogue(TapeInputArchive&, const Extras&) {}
inline void CEREAL_LOAD_FUNCTION_NAME(TapeInputArchive& ar, Extras& x) { ar.load_extras(x); }
inline void CEREAL_LOAD_FUNCTION_NAME(TapeInputArchive& ar, FieldStamps& f) { ar.load_stamps(f); }

} // namespace rectify

CEREAL_REGISTER_ARCHIVE(rectify::TapeInputArchive)
