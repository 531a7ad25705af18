# One-line helpers so that each library, program and test is declared the same way.

# Flags every Vigie target shares: warnings, and Qt's strict string/connect rules.
# Product code never turns a char * into a QString implicitly (QT_NO_CAST_FROM_ASCII): the
# encoding of every literal is chosen. Tests, whose data-driven rows are mostly literals, pass
# ASCII_CASTS to keep them readable.
function(vigie_target_defaults target)
    cmake_parse_arguments(ARG "ASCII_CASTS" "" "" ${ARGN})
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wno-missing-field-initializers)
    if(NOT ARG_ASCII_CASTS)
        target_compile_definitions(${target} PRIVATE QT_NO_CAST_FROM_ASCII)
    endif()
    target_compile_definitions(${target} PRIVATE
        QT_NO_CONTEXTLESS_CONNECT
        QT_NO_CAST_TO_ASCII
        QT_NO_URL_CAST_FROM_STRING
        QT_USE_QSTRINGBUILDER
        QT_NO_FOREACH
        VIGIE_VERSION="${PROJECT_VERSION}")
endfunction()

# vigie_add_test(tst_name SOURCES a.cpp ... DEPENDS lib ... [GUI] [TIMEOUT s])
# The test runs from the build tree with QStandardPaths in test mode and the offscreen platform.
function(vigie_add_test name)
    cmake_parse_arguments(ARG "GUI" "TIMEOUT" "SOURCES;DEPENDS" ${ARGN})
    add_executable(${name} ${ARG_SOURCES})
    vigie_target_defaults(${name} ASCII_CASTS)
    target_link_libraries(${name} PRIVATE Qt6::Test ${ARG_DEPENDS})
    target_compile_definitions(${name} PRIVATE
        VIGIE_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
        VIGIE_BINARY_DIR="${CMAKE_BINARY_DIR}")
    add_test(NAME ${name} COMMAND ${name})
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 120)
    endif()
    set_tests_properties(${name} PROPERTIES
        TIMEOUT ${ARG_TIMEOUT}
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8")
endfunction()

# vigie_add_bench(bench_name SOURCES a.cpp ... DEPENDS lib ...)
function(vigie_add_bench name)
    cmake_parse_arguments(ARG "" "" "SOURCES;DEPENDS" ${ARGN})
    add_executable(${name} ${ARG_SOURCES})
    vigie_target_defaults(${name})
    target_link_libraries(${name} PRIVATE ${ARG_DEPENDS})
    set_target_properties(${name} PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/bench)
endfunction()

# vigie_add_translations(target): compiles translations/*.ts and embeds them at :/i18n, where
# loadVigieTranslations() finds them. `cmake --build build --target update_translations`
# refreshes the .ts files from the sources.
set(VIGIE_TS_FILES
    ${PROJECT_SOURCE_DIR}/translations/vigie_fr.ts
    ${PROJECT_SOURCE_DIR}/translations/vigie_es.ts)
function(vigie_add_translations target)
    qt_add_lrelease(${target} TS_FILES ${VIGIE_TS_FILES} QM_FILES_OUTPUT_VARIABLE qm_files)
    qt_add_resources(${target} "${target}_translations" PREFIX "/i18n"
        BASE ${CMAKE_CURRENT_BINARY_DIR} FILES ${qm_files})
endfunction()

if(NOT TARGET update_translations)
    add_custom_target(update_translations
        COMMAND Qt6::lupdate -silent -locations relative ${PROJECT_SOURCE_DIR}/src ${PROJECT_SOURCE_DIR}/ui -ts ${VIGIE_TS_FILES}
        WORKING_DIRECTORY ${PROJECT_SOURCE_DIR}
        COMMENT "Refreshing translations/*.ts from the sources"
        VERBATIM)
endif()
