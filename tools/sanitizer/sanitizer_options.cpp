// SPDX-License-Identifier: GPL-2.0-or-later
// Default options of the sanitizer runtimes for the MAILROOM_SANITIZE build (tools/sandbox test
// --sanitize). They are compiled in because the programs under test are started by systemd, D-Bus
// activation, setpriv and the tests themselves, which do not all pass ASAN_OPTIONS on; the
// variables still override them.
//
// Leak checking is off: Qt keeps global objects alive until exit on purpose, which LeakSanitizer
// would report in every program. Leaks in the parsers are what tools/fuzz checks (with LSan).

extern "C" const char *__asan_default_options()
{
    return "detect_leaks=0:halt_on_error=1";
}

extern "C" const char *__ubsan_default_options()
{
    return "print_stacktrace=1:halt_on_error=1";
}
