// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// Whether the tests run under AddressSanitizer (tools/sandbox test --sanitize builds every program
// of the tree alike, mailroomd included). A process's memory then measures the sanitizer's shadow
// memory, red zones and quarantine (freed blocks it keeps) more than the code, and calls take
// several times as long: memory bounds are not checked then, and waits for the helper are longer.
namespace MailroomTest {
#if defined(__SANITIZE_ADDRESS__)
inline constexpr bool UnderAddressSanitizer = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
inline constexpr bool UnderAddressSanitizer = true;
#else
inline constexpr bool UnderAddressSanitizer = false;
#endif
#else
inline constexpr bool UnderAddressSanitizer = false;
#endif

// A bound on a wait for the helper, for the build the test runs in.
constexpr int waitMs(int ms)
{
    return UnderAddressSanitizer ? ms * 4 : ms;
}
} // namespace MailroomTest
