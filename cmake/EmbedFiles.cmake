# biaslens_embed_files(TARGET name NAMESPACE ns BASE dir FILES f...)
# Generates a C++ source holding each file's bytes, reachable at run time by its path
# relative to BASE through `ns::FindEmbeddedFile(path)` / `ns::EmbeddedFiles()` declared in
# core/embedded_files.h. Rebuilds when any listed file changes.
set(_BIASLENS_EMBED_SCRIPT "${CMAKE_CURRENT_LIST_DIR}/embed_files_script.cmake")
function(biaslens_embed_files)
  cmake_parse_arguments(E "" "TARGET;NAMESPACE;BASE" "FILES" ${ARGN})
  set(out "${CMAKE_BINARY_DIR}/generated/${E_TARGET}.cpp")
  string(REPLACE ";" "|" files_arg "${E_FILES}")
  add_custom_command(
    OUTPUT "${out}"
    COMMAND ${CMAKE_COMMAND} -DOUT=${out} -DNAMESPACE=${E_NAMESPACE} -DBASE=${E_BASE}
            "-DFILES=${files_arg}" -P "${_BIASLENS_EMBED_SCRIPT}"
    DEPENDS ${E_FILES} "${_BIASLENS_EMBED_SCRIPT}"
    COMMENT "Embedding ${E_TARGET} (${E_NAMESPACE})"
    VERBATIM)
  add_library(${E_TARGET} OBJECT "${out}")
  target_include_directories(${E_TARGET} PRIVATE "${CMAKE_SOURCE_DIR}/src")
endfunction()
