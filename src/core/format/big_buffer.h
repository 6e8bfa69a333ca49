// An allocator for the few large, short-lived buffers of a load (the tape's tokens): natively on
// Linux, one of 4 MB or more is mapped in 2 MB pages where the kernel allows it (transparent huge
// pages in "madvise" mode, Debian's default), so filling 40 MB costs 20 page faults, not 10,000.
// Elsewhere (wasm, other systems) it is the standard allocator.
#pragma once
#include <cstddef>
#include <memory>
#include <new>

#if defined(__linux__) && !defined(__EMSCRIPTEN__)
#include <sys/mman.h>
#define RECTIFY_BIG_BUFFER_MMAP 1
#endif

namespace rectify {

template <class T> struct BigBufferAllocator {
    using value_type = T;
    BigBufferAllocator() = default;
    template <class U> BigBufferAllocator(const BigBufferAllocator<U>&) noexcept {}

    static constexpr size_t kHuge = size_t(2) << 20;
    static constexpr size_t kMapFrom = size_t(4) << 20;

    // The mapping's length for n elements, in whole huge pages; 0: not mapped (standard allocator).
    static size_t mapped_bytes(size_t n) {
        const size_t bytes = n * sizeof(T);
        return bytes >= kMapFrom ? (bytes + kHuge - 1) / kHuge * kHuge : 0;
    }

    T* allocate(size_t n) {
#ifdef RECTIFY_BIG_BUFFER_MMAP
        if (const size_t len = mapped_bytes(n)) {
            void* p = mmap(nullptr, len, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
            if (p == MAP_FAILED) throw std::bad_alloc();
            madvise(p, len, MADV_HUGEPAGE); // a hint: without huge pages it is an ordinary mapping
            return static_cast<T*>(p);
        }
#endif
        return std::allocator<T>().allocate(n);
    }
    void deallocate(T* p, size_t n) noexcept {
#ifdef RECTIFY_BIG_BUFFER_MMAP
        if (const size_t len = mapped_bytes(n)) {
            munmap(p, len);
            return;
        }
#endif
        std::allocator<T>().deallocate(p, n);
    }
    template <class U> bool operator==(const BigBufferAllocator<U>&) const noexcept { return true; }
    template <class U> bool operator!=(const BigBufferAllocator<U>&) const noexcept { return false; }
};

} // namespace rectify
