# SPDX-License-Identifier: GPL-3.0-or-later
# One INTERFACE target that carries the language standard, warnings and Qt's strictness macros.
# Every SteerDesk target links it, so a rule changed here changes everywhere.
add_library(steerdesk_options INTERFACE)
target_compile_features(steerdesk_options INTERFACE cxx_std_17)
target_compile_options(steerdesk_options INTERFACE
    $<$<CXX_COMPILER_ID:GNU,Clang>:-Wall -Wextra -Wno-missing-field-initializers>)
target_compile_definitions(steerdesk_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_UP_TO=0x060000
    STEERDESK_VERSION="${PROJECT_VERSION}")
target_include_directories(steerdesk_options INTERFACE ${PROJECT_SOURCE_DIR})
