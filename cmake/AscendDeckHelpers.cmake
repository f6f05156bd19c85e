# Warnings and string hygiene shared by every target of the project.
function(ascenddeck_setup_target target)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor
                                             -Wold-style-cast -Wcast-align -Woverloaded-virtual)
    if(ASCENDDECK_WERROR)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
    # Catch accidental implicit conversions between char* and QString.
    target_compile_definitions(${target} PRIVATE QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII
                                                 QT_USE_QSTRINGBUILDER QT_NO_URL_CAST_FROM_STRING
                                                 QT_NO_FOREACH)
endfunction()

# One Qt Test executable per test source, registered with CTest.
function(ascenddeck_add_test name)
    cmake_parse_arguments(ARG "GUI" "TIMEOUT" "SOURCES;LIBS;LABELS" ${ARGN})
    qt_add_executable(${name} ${ARG_SOURCES})
    ascenddeck_setup_target(${name})
    target_link_libraries(${name} PRIVATE Qt6::Test ${ARG_LIBS})
    add_test(NAME ${name} COMMAND ${name})
    set(env "ASCENDDECK_SOURCE_DIR=${PROJECT_SOURCE_DIR}" "QT_QPA_PLATFORM=offscreen")
    if(ARG_TIMEOUT)
        set_tests_properties(${name} PROPERTIES TIMEOUT ${ARG_TIMEOUT})
        # One test function may take the whole budget (a wizard run on a loaded machine), not Qt Test's 300 s.
        list(APPEND env "QTEST_FUNCTION_TIMEOUT=${ARG_TIMEOUT}000")
    endif()
    set_tests_properties(${name} PROPERTIES ENVIRONMENT "${env}")
    if(ARG_LABELS)
        set_tests_properties(${name} PROPERTIES LABELS "${ARG_LABELS}")
    endif()
endfunction()
