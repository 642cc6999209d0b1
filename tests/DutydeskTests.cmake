# dutydesk_add_test(NAME TestFoo SOURCES a.cpp LIBS lib… LABELS unit|integration|gui|pg|mail [TIMEOUT s]
#                   [WRAPPER command…] [ENVIRONMENT VAR=value…])
# One Qt Test executable = one ctest entry. Every test runs in Omsk time (not Moscow, to
# catch zone bugs), in a C.UTF-8 locale, on the offscreen platform, with a private
# HOME/XDG tree so nothing touches the developer's own settings or data.
function(dutydesk_add_test)
    cmake_parse_arguments(ARG "" "NAME;TIMEOUT" "SOURCES;LIBS;LABELS;ENVIRONMENT;WRAPPER" ${ARGN})
    qt_add_executable(${ARG_NAME} ${ARG_SOURCES})
    set_target_properties(${ARG_NAME} PROPERTIES MACOSX_BUNDLE OFF WIN32_EXECUTABLE OFF)
    target_link_libraries(${ARG_NAME} PRIVATE Qt6::Test dutydesk_testsupport dutydesk_warnings ${ARG_LIBS})
    add_test(NAME ${ARG_NAME} COMMAND ${ARG_WRAPPER} $<TARGET_FILE:${ARG_NAME}>)
    set(home ${CMAKE_CURRENT_BINARY_DIR}/${ARG_NAME}.home)
    file(MAKE_DIRECTORY ${home})
    set_tests_properties(${ARG_NAME} PROPERTIES
        LABELS "${ARG_LABELS}"
        ENVIRONMENT "TZ=Asia/Omsk;LANG=C.UTF-8;LC_ALL=C.UTF-8;QT_QPA_PLATFORM=offscreen;HOME=${home};XDG_DATA_HOME=${home}/data;XDG_CONFIG_HOME=${home}/config;XDG_CACHE_HOME=${home}/cache;DUTYDESK_SOURCE_DIR=${PROJECT_SOURCE_DIR};DUTYDESK_BINARY_DIR=${PROJECT_BINARY_DIR};${ARG_ENVIRONMENT}")
    if(ARG_TIMEOUT)
        set_tests_properties(${ARG_NAME} PROPERTIES TIMEOUT ${ARG_TIMEOUT})
    endif()
endfunction()
