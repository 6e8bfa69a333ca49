# rectify_embed(<target> <file> <symbol>): compiles <file> into <target> as
#   extern const unsigned char <symbol>[]; extern const unsigned long <symbol>_size;
# so the app carries it with no extra download (the sample plan a new workspace opens with).
function(rectify_embed target file symbol)
  set(out "${CMAKE_CURRENT_BINARY_DIR}/embed/${symbol}.cpp")
  add_custom_command(
    OUTPUT "${out}"
    COMMAND ${CMAKE_COMMAND} -DIN=${file} -DOUT=${out} -DSYMBOL=${symbol} -P "${PROJECT_SOURCE_DIR}/cmake/embed_file.cmake"
    DEPENDS "${file}" "${PROJECT_SOURCE_DIR}/cmake/embed_file.cmake"
    COMMENT "Embedding ${file}" VERBATIM)
  target_sources(${target} PRIVATE "${out}")
endfunction()
