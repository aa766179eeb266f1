# Project-wide compile settings, carried by one INTERFACE target that every
# Rapport target links, so no target can forget them.
add_library(rapport_settings INTERFACE)
target_compile_features(rapport_settings INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)

target_compile_options(rapport_settings INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast
  -Wcast-align -Woverloaded-virtual -Wimplicit-fallthrough)
if(RAPPORT_WERROR)
  target_compile_options(rapport_settings INTERFACE -Werror)
endif()

# QT_NO_KEYWORDS keeps Qt's `signals`/`slots` macros away from GLib headers
# (GMime), which use those words as identifiers.
target_compile_definitions(rapport_settings INTERFACE
  QT_NO_KEYWORDS
  QT_NO_URL_CAST_FROM_STRING
  QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
  QT_USE_QSTRINGBUILDER
  QT_DISABLE_DEPRECATED_BEFORE=0x060400)
