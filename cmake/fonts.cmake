# Builds the app's two CJK fonts from Debian's Noto Sans CJK (face 2 of the .ttc is SC) with
# fonttools' pyftsubset. Nothing font-related is committed; the build makes them.
#   rectify_fonts(<site dir>) -> target rectify_fonts producing <site>/fonts/rectify-ui.otf
#   (punctuation and every character of the app's texts, before the first frame) and
#   rectify-full.otf (see scripts/font_charset.py for what each holds).
function(rectify_fonts site_dir)
  find_program(PYFTSUBSET pyftsubset REQUIRED)
  find_program(PYTHON3 python3 REQUIRED)
  if(NOT EXISTS "${RECTIFY_CJK_FONT}")
    message(FATAL_ERROR "${RECTIFY_CJK_FONT} missing: run `bash scripts/deps.sh` (fonts-noto-cjk).")
  endif()
  # The first font holds every GB2312 character the app's own texts use (the UI string table,
  # core messages, the sample plan) and no other hanzi, so a new string never shows a missing
  # glyph in the first frame and the font stays small (0.22 MB; all of level 1 was 0.90 MB).
  file(GLOB_RECURSE text_sources CONFIGURE_DEPENDS
       "${PROJECT_SOURCE_DIR}/src/ui/*.h" "${PROJECT_SOURCE_DIR}/src/ui/*.cpp"
       "${PROJECT_SOURCE_DIR}/src/app/*.h" "${PROJECT_SOURCE_DIR}/src/app/*.cpp"
       "${PROJECT_SOURCE_DIR}/src/core/*.h" "${PROJECT_SOURCE_DIR}/src/core/*.cpp")
  # The text importer's recogniser holds word lists (status words, shortcomings, Traditional forms)
  # matched against the user's text, never shown by themselves: what it matches is the user's own
  # text, which the full font covers. Its messages (text_import_report.cpp) stay counted.
  list(FILTER text_sources EXCLUDE REGEX "/src/core/import/text_(findings|items|items_choose|lines|normalise|segments|status|tables)\\.cpp$")
  list(APPEND text_sources "${PROJECT_SOURCE_DIR}/assets/sample-plan.rectify.json")
  # For the test that checks what each font holds (tests/fonts/check_fonts.py).
  set_property(GLOBAL PROPERTY RECTIFY_FONT_TEXT_SOURCES ${text_sources})
  set_property(GLOBAL PROPERTY RECTIFY_FONT_DIR "${site_dir}/fonts")
  set(outputs)
  foreach(kind ui full)
    set(chars "${CMAKE_CURRENT_BINARY_DIR}/font-${kind}-chars.txt")
    set(out "${site_dir}/fonts/rectify-${kind}.otf")
    set(sources)
    if(kind STREQUAL "ui")
      set(sources ${text_sources})
    endif()
    add_custom_command(
      OUTPUT "${out}"
      COMMAND ${CMAKE_COMMAND} -E make_directory "${site_dir}/fonts"
      COMMAND ${PYTHON3} "${PROJECT_SOURCE_DIR}/scripts/font_charset.py" ${kind} "${chars}" ${sources}
      COMMAND ${PYFTSUBSET} "${RECTIFY_CJK_FONT}" --font-number=2 "--text-file=${chars}"
              --layout-features= --no-hinting --drop-tables+=vhea,vmtx,VORG "--output-file=${out}"
      DEPENDS "${PROJECT_SOURCE_DIR}/scripts/font_charset.py" "${RECTIFY_CJK_FONT}" ${sources}
      COMMENT "Subsetting Noto Sans CJK SC -> rectify-${kind}.otf"
      VERBATIM)
    list(APPEND outputs "${out}")
  endforeach()
  add_custom_target(rectify_fonts ALL DEPENDS ${outputs})
endfunction()
