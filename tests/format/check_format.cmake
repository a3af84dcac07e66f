# SPDX-License-Identifier: GPL-2.0-or-later
# cmake -D CLANG_FORMAT=… -D SOURCE_DIR=… -P check_format.cmake
# Fails listing every C++ file whose formatting differs from .clang-format.
file(GLOB_RECURSE files RELATIVE ${SOURCE_DIR}
    ${SOURCE_DIR}/src/*.cpp ${SOURCE_DIR}/src/*.h
    ${SOURCE_DIR}/server/*.cpp ${SOURCE_DIR}/server/*.h
    ${SOURCE_DIR}/tests/*.cpp ${SOURCE_DIR}/tests/*.h)
list(FILTER files EXCLUDE REGEX "^tests/data/")
list(LENGTH files count)
if(count LESS 50)
    message(FATAL_ERROR "only ${count} source files found under ${SOURCE_DIR}")
endif()
# One clang-format for every file (a process per file took a minute): it names each file that differs
# in a "FILE:LINE:COL: error: code should be clang-formatted" line.
execute_process(COMMAND ${CLANG_FORMAT} --dry-run -Werror --style=file ${files}
                WORKING_DIRECTORY ${SOURCE_DIR} RESULT_VARIABLE rc OUTPUT_QUIET ERROR_VARIABLE report)
set(bad "")
if(NOT rc EQUAL 0)
    string(REGEX MATCHALL "[^\n]+:[0-9]+:[0-9]+: (error|warning): code should be clang-formatted" lines "${report}")
    foreach(line IN LISTS lines)
        string(REGEX REPLACE ":[0-9]+:[0-9]+: .*" "" file "${line}")
        list(APPEND bad ${file})
    endforeach()
    list(REMOVE_DUPLICATES bad)
    if(NOT bad)
        message(FATAL_ERROR "clang-format failed (exit ${rc}):\n${report}")
    endif()
endif()
if(bad)
    list(JOIN bad "\n  " text)
    message(FATAL_ERROR "not formatted with .clang-format (run tools/sandbox format):\n  ${text}")
endif()
message(STATUS "${count} files formatted as .clang-format says")
