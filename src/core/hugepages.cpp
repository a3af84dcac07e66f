// SPDX-License-Identifier: GPL-2.0-or-later
// Large C++ allocations on transparent huge pages, for the programs that index whole logs and
// mailboxes (mailroom, mailroomctl, the benchmarks; linked in as the object library
// mailroomhugepages, since a replacement operator new must be part of the program).
//
// Why: the summary of a 1 GB log fills hash tables of a million queue ids and the index vectors
// of eight million lines. Touching fresh memory page by page costs a page fault per 4 KiB, and on
// a virtual machine a fault is dear: on the two-core development machine filling 256 MB took
// 1.0 s in 4 KiB pages and 0.03 s in 2 MiB pages, and `bench_logs --summary-only` used 15–20% less
// CPU time with glibc's own switch for this (GLIBC_TUNABLES=glibc.malloc.hugetlb=1), which a
// program cannot set for itself once started. Distributions ship THP as "madvise", so the advice
// is needed. Blocks below Threshold are left alone (no memory is wasted on small ones).
//
// Memory still comes from malloc and goes back with free, so allocators, sanitizers and
// malloc_trim see ordinary blocks; only the advice is added, before the block is first touched.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <new>

#include <sys/mman.h>

namespace {
constexpr std::size_t HugePage = std::size_t(2) * 1024 * 1024;
constexpr std::size_t Threshold = 4 * HugePage;

void *allocate(std::size_t size) noexcept
{
    void *p = std::malloc(size == 0 ? 1 : size);
#ifdef MADV_HUGEPAGE
    if (p && size >= Threshold) {
        // The whole huge pages inside the block; its edges keep small pages.
        const std::uintptr_t begin = (reinterpret_cast<std::uintptr_t>(p) + HugePage - 1) & ~(HugePage - 1);
        const std::uintptr_t end = (reinterpret_cast<std::uintptr_t>(p) + size) & ~(HugePage - 1);
        if (end > begin) {
            ::madvise(reinterpret_cast<void *>(begin), end - begin, MADV_HUGEPAGE); // advice: failure is harmless
        }
    }
#endif
    return p;
}

void *allocateOrThrow(std::size_t size)
{
    for (;;) {
        if (void *p = allocate(size)) {
            return p;
        }
        const std::new_handler handler = std::get_new_handler();
        if (!handler) {
            throw std::bad_alloc();
        }
        handler();
    }
}
} // namespace

void *operator new(std::size_t size)
{
    return allocateOrThrow(size);
}

void *operator new[](std::size_t size)
{
    return allocateOrThrow(size);
}

void *operator new(std::size_t size, const std::nothrow_t &) noexcept
{
    return allocate(size);
}

void *operator new[](std::size_t size, const std::nothrow_t &) noexcept
{
    return allocate(size);
}

// The matching deletes: the blocks are malloc's (a sanitizer checks that new and delete pair up).
void operator delete(void *p) noexcept
{
    std::free(p);
}

void operator delete[](void *p) noexcept
{
    std::free(p);
}

void operator delete(void *p, std::size_t) noexcept
{
    std::free(p);
}

void operator delete[](void *p, std::size_t) noexcept
{
    std::free(p);
}

void operator delete(void *p, const std::nothrow_t &) noexcept
{
    std::free(p);
}

void operator delete[](void *p, const std::nothrow_t &) noexcept
{
    std::free(p);
}
