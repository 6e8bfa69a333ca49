// zip: minizip over memory. minizip reads and writes through a table of file functions
// (ioapi.h); here they work on a byte buffer instead of a FILE*.
// Index: memory streams · ZipReader · ZipWriter (drained as it goes) · write_zip.
#include "office/zip.h"

#include <algorithm>
#include <cstring>

#include <minizip/unzip.h>
#include <minizip/zip.h>

#include "core/format/input_limits.h"

namespace rectify::office {

// ---- memory streams --------------------------------------------------------------------------------

namespace {

// One stream over a buffer: read-only over the caller's bytes, or a growing buffer written with
// seeks (zip.c goes back to patch each local header's sizes and CRC). A written buffer holds the
// archive from `base` on: what came before was drained (ZipWriter::drain), and positions stay
// those of the whole archive.
struct Mem {
    const char* in = nullptr;
    std::size_t size = 0;
    std::string* out = nullptr;
    std::size_t pos = 0;
    std::size_t base = 0;
};

voidpf mem_open(voidpf opaque, const void*, int) { return opaque; }
uLong mem_read(voidpf, voidpf stream, void* buf, uLong n) {
    auto* m = static_cast<Mem*>(stream);
    if (m->out) return 0; // zip.c reads nothing back from an archive it creates
    if (m->pos >= m->size) return 0;
    const std::size_t k = std::min<std::size_t>(n, m->size - m->pos);
    std::memcpy(buf, m->in + m->pos, k);
    m->pos += k;
    return uLong(k);
}
uLong mem_write(voidpf, voidpf stream, const void* buf, uLong n) {
    auto* m = static_cast<Mem*>(stream);
    if (!m->out || m->pos < m->base) return 0; // drained already: never happens between entries
    const std::size_t at = m->pos - m->base;
    if (at + n > m->out->size()) m->out->resize(at + n);
    std::memcpy(m->out->data() + at, buf, n);
    m->pos += n;
    return n;
}
ZPOS64_T mem_tell(voidpf, voidpf stream) { return static_cast<Mem*>(stream)->pos; }
long mem_seek(voidpf, voidpf stream, ZPOS64_T offset, int origin) {
    auto* m = static_cast<Mem*>(stream);
    const std::size_t have = m->out ? m->base + m->out->size() : m->size;
    std::size_t from = origin == ZLIB_FILEFUNC_SEEK_CUR ? m->pos : origin == ZLIB_FILEFUNC_SEEK_END ? have : 0;
    if (offset > have || from + offset > have) return -1; // never past the end (a lying header)
    if (m->out && from + offset < m->base) return -1;    // nor back into what was drained
    m->pos = std::size_t(from + offset);
    return 0;
}
int mem_close(voidpf, voidpf) { return 0; }
int mem_error(voidpf, voidpf) { return 0; }

zlib_filefunc64_def mem_functions(Mem* m) {
    zlib_filefunc64_def f{};
    f.zopen64_file = mem_open;
    f.zread_file = mem_read;
    f.zwrite_file = mem_write;
    f.ztell64_file = mem_tell;
    f.zseek64_file = mem_seek;
    f.zclose_file = mem_close;
    f.zerror_file = mem_error;
    f.opaque = m;
    return f;
}

// A name an archive may hold: relative, no "..", no backslash, no drive letter, no NUL.
bool safe_name(std::string_view n) {
    if (n.empty() || n.front() == '/' || n.find('\\') != std::string_view::npos || n.find(':') != std::string_view::npos)
        return false;
    std::size_t i = 0;
    while (i <= n.size()) {
        std::size_t j = n.find('/', i);
        if (j == std::string_view::npos) j = n.size();
        if (n.substr(i, j - i) == "..") return false;
        i = j + 1;
    }
    return true;
}

} // namespace

// ---- ZipReader -------------------------------------------------------------------------------------

struct ZipReader::State {
    Mem mem;
    unzFile zip = nullptr;
};

ZipReader::ZipReader() : s_(std::make_unique<State>()) {}
ZipReader::~ZipReader() {
    if (s_->zip) unzClose(s_->zip);
}

OfficeProblem ZipReader::open(std::string_view bytes, const std::string& kind, const ZipLimits& limits) {
    limits_ = limits;
    kind_ = kind;
    if (bytes.size() > limits.archive_bytes)
        return problem(OfficeText::TooLarge, {{"size", megabytes_text(bytes.size())}, {"limit", megabytes_text(limits.archive_bytes)}});
    s_->mem = Mem{bytes.data(), bytes.size(), nullptr, 0};
    zlib_filefunc64_def f = mem_functions(&s_->mem);
    s_->zip = unzOpen2_64("", &f);
    if (!s_->zip) return problem(OfficeText::NotZip, {{"kind", kind}});
    unz_global_info64 gi{};
    if (unzGetGlobalInfo64(s_->zip, &gi) != UNZ_OK) return problem(OfficeText::NotZip, {{"kind", kind}});
    if (gi.number_entry > limits.entries)
        return problem(OfficeText::TooManyEntries, {{"n", std::to_string(gi.number_entry)}});
    std::uint64_t declared = 0;
    for (int rc = unzGoToFirstFile(s_->zip); rc == UNZ_OK; rc = unzGoToNextFile(s_->zip)) {
        unz_file_info64 info{};
        char name[1024];
        if (unzGetCurrentFileInfo64(s_->zip, &info, name, sizeof name, nullptr, 0, nullptr, 0) != UNZ_OK)
            return problem(OfficeText::NotZip, {{"kind", kind}});
        std::string_view n(name, std::min<std::size_t>(info.size_filename, sizeof name - 1));
        if (!safe_name(n) || info.size_filename >= sizeof name) return problem(OfficeText::BadEntryName, {{"name", std::string(n)}});
        if (info.flag & 1) return problem(OfficeText::Encrypted);
        declared += info.uncompressed_size;
        names_.emplace_back(n);
        if (names_.size() > limits.entries) return problem(OfficeText::TooManyEntries, {{"n", std::to_string(names_.size())}});
    }
    // A central directory that ends early (a truncated download) lists fewer entries than it says.
    if (names_.size() != gi.number_entry) return problem(OfficeText::NotZip, {{"kind", kind}});
    if (declared > std::uint64_t(limits.total_bytes) * 4) return problem(OfficeText::Bomb, {{"limit", megabytes_text(limits.total_bytes)}});
    return {};
}

bool ZipReader::has(std::string_view name) const {
    if (!name.empty() && name.front() == '/') name.remove_prefix(1);
    return std::find(names_.begin(), names_.end(), name) != names_.end();
}

OfficeProblem ZipReader::read(std::string_view name, std::string& out) {
    out.clear();
    if (!name.empty() && name.front() == '/') name.remove_prefix(1);
    const std::string n(name);
    if (!s_->zip || !has(n) || unzLocateFile(s_->zip, n.c_str(), 1) != UNZ_OK)
        return problem(OfficeText::MissingPart, {{"part", n}});
    if (unzOpenCurrentFile(s_->zip) != UNZ_OK) return problem(OfficeText::NotZip, {{"kind", kind_}});
    char buf[65536];
    OfficeProblem bad;
    for (;;) {
        const int k = unzReadCurrentFile(s_->zip, buf, sizeof buf);
        if (k < 0) {
            bad = problem(OfficeText::NotZip, {{"kind", kind_}});
            break;
        }
        if (k == 0) break;
        // Counted as it inflates: the header's sizes may lie.
        if (out.size() + std::size_t(k) > limits_.entry_bytes || total_ + std::size_t(k) > limits_.total_bytes) {
            bad = problem(OfficeText::Bomb, {{"limit", megabytes_text(std::min(limits_.entry_bytes, limits_.total_bytes))}});
            break;
        }
        out.append(buf, std::size_t(k));
        total_ += std::size_t(k);
    }
    // Closing checks the CRC: a damaged entry is refused, not half read.
    if (unzCloseCurrentFile(s_->zip) != UNZ_OK && !bad) bad = problem(OfficeText::NotZip, {{"kind", kind_}});
    if (bad) out.clear();
    return bad;
}

// ---- ZipWriter -------------------------------------------------------------------------------------

struct ZipWriter::State {
    std::string out;
    Mem mem;
    zipFile zip = nullptr;
    bool failed = false;
};

ZipWriter::ZipWriter() : s_(std::make_unique<State>()) {
    s_->mem.out = &s_->out;
    zlib_filefunc64_def f = mem_functions(&s_->mem);
    s_->zip = zipOpen2_64("", APPEND_STATUS_CREATE, nullptr, &f);
    s_->failed = !s_->zip;
}

ZipWriter::~ZipWriter() {
    if (s_->zip) zipClose(s_->zip, nullptr);
}

bool ZipWriter::add(const std::string& name, std::string_view bytes, int level) {
    if (s_->failed) return false;
    zip_fileinfo info{};
    info.tmz_date.tm_year = 1980; // a fixed date: the same content gives the same bytes
    // A name beyond ASCII is UTF-8 and says so (general purpose flag bit 11): without the flag,
    // Windows' Explorer reads names as the system's code page and shows Chinese garbled. Such an
    // entry is also "made by" Unix (a regular file, rw-r--r--), as Python's and Info-ZIP's zip
    // write them: Info-ZIP's unzip converts the names of MS-DOS entries from code page 437 even
    // when the flag is set. (Office files' ASCII names keep minizip's defaults.)
    const bool utf8 = std::any_of(name.begin(), name.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; });
    const uLong flags = utf8 ? 0x800 : 0, made_by = utf8 ? (3u << 8) | 20u : 0;
    if (utf8) info.external_fa = uLong(0100644) << 16;
    if (bytes.size() > 0xFFFFFFFFu ||
        zipOpenNewFileInZip4_64(s_->zip, name.c_str(), &info, nullptr, 0, nullptr, 0, nullptr, Z_DEFLATED, level, 0,
                                -MAX_WBITS, 8 /* minizip's DEF_MEM_LEVEL */, Z_DEFAULT_STRATEGY, nullptr, 0, made_by, flags, 0) != ZIP_OK ||
        zipWriteInFileInZip(s_->zip, bytes.data(), unsigned(bytes.size())) != ZIP_OK || zipCloseFileInZip(s_->zip) != ZIP_OK)
        s_->failed = true;
    return !s_->failed;
}

std::string ZipWriter::drain() {
    std::string part;
    if (s_->failed) return part;
    part.swap(s_->out);
    s_->mem.base += part.size();
    return part;
}

std::uint64_t ZipWriter::written() const { return s_->mem.base + s_->out.size(); }

std::string ZipWriter::finish() {
    if (!s_->zip) return {};
    const bool closed = zipClose(s_->zip, nullptr) == ZIP_OK;
    s_->zip = nullptr;
    if (s_->failed || !closed) return {};
    std::string rest;
    rest.swap(s_->out);
    s_->mem.base += rest.size();
    return rest;
}

// ---- write_zip -------------------------------------------------------------------------------------

std::string write_zip(const std::vector<std::pair<std::string, std::string>>& entries) {
    ZipWriter w;
    for (const auto& [name, bytes] : entries)
        if (!w.add(name, bytes, Z_DEFAULT_COMPRESSION)) return {};
    return w.finish();
}

} // namespace rectify::office
