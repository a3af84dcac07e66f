# SPDX-License-Identifier: GPL-2.0-or-later
# Catches strings added to the sources but missing from the catalog: lupdate runs on a copy of
# translations/ (the tree stays untouched), then test_translations checks that copy.
# -D LUPDATE= LCONVERT= TS_DIR= SRC_DIR= WORK_DIR= TEST=
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
file(GLOB ts_files "${TS_DIR}/*.ts")
foreach(ts IN LISTS ts_files)
    file(COPY "${ts}" DESTINATION "${WORK_DIR}")
    get_filename_component(name "${ts}" NAME)
    execute_process(
        COMMAND "${LUPDATE}" -silent -recursive "${SRC_DIR}" -extensions cpp,h
                -ts "${WORK_DIR}/${name}" -no-obsolete -locations none
        RESULT_VARIABLE rc TIMEOUT 120)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "lupdate failed (${rc}) on ${name}")
    endif()
    if(name MATCHES "_en\\.ts$") # the source language: plural forms only, as update_translations keeps it
        execute_process(COMMAND "${LCONVERT}" -pluralonly -i "${WORK_DIR}/${name}" -o "${WORK_DIR}/${name}"
                        RESULT_VARIABLE rc TIMEOUT 60)
        if(NOT rc EQUAL 0)
            message(FATAL_ERROR "lconvert failed (${rc}) on ${name}")
        endif()
    endif()
endforeach()
execute_process(COMMAND "${CMAKE_COMMAND}" -E env "MAILROOM_TS_DIR=${WORK_DIR}" "${TEST}" everyMessageIsTranslated
                RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "strings in the sources are missing from the catalog: run `tools/sandbox update-translations` and translate them")
endif()

# A file-local `QString tr(const char *)` helper hides the context from lupdate, which then files
# the strings under the enclosing class: the catalog has them, the program never finds them.
file(GLOB_RECURSE sources "${SRC_DIR}/*.cpp" "${SRC_DIR}/*.h")
foreach(source IN LISTS sources)
    file(STRINGS "${source}" helpers REGEX "QString tr\\(const char")
    if(helpers)
        message(FATAL_ERROR "${source} defines its own tr(): call QCoreApplication::translate(\"Context\", …) "
                            "directly so lupdate files the strings under the context used at run time")
    endif()
endforeach()
