# src/core is text in, report out: it must not include UI, GL or platform headers.
# Checked at configure time (fails the build) and again as a ctest (`core_purity`).
file(GLOB_RECURSE _core_sources "${CMAKE_SOURCE_DIR}/src/core/*.h" "${CMAKE_SOURCE_DIR}/src/core/*.cpp")
foreach(f ${_core_sources})
  file(STRINGS "${f}" bad REGEX "^[ \t]*#[ \t]*include[ \t]*[<\"](imgui|GLFW|GLES|GL/|emscripten|backends/)")
  if(bad)
    message(FATAL_ERROR "src/core must stay pure C++: ${f} has ${bad}")
  endif()
endforeach()
