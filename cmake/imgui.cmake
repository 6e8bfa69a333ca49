# Dear ImGui (fetched source, see scripts/deps.sh) with the SDL2 and OpenGL3 (WebGL2) backends, and
# SDL2 built for wasm. Used by the app and by the bare "hello" benchmark page, so both are built
# exactly alike.
if(NOT EMSCRIPTEN)
  return()
endif()

set(IMGUI_DIR "${RECTIFY_IMGUI_DIR}")
add_library(imgui STATIC
  ${IMGUI_DIR}/imgui.cpp ${IMGUI_DIR}/imgui_draw.cpp ${IMGUI_DIR}/imgui_tables.cpp
  ${IMGUI_DIR}/imgui_widgets.cpp ${IMGUI_DIR}/imgui_demo.cpp
  ${IMGUI_DIR}/backends/imgui_impl_sdl2.cpp ${IMGUI_DIR}/backends/imgui_impl_opengl3.cpp
  ${IMGUI_DIR}/misc/cpp/imgui_stdlib.cpp)
target_compile_options(imgui PRIVATE -Os) # see src/app/CMakeLists.txt: the download budget
# Dear ImGui never throws: built without exceptions it has no unwinding tables or landing pads
# (smaller); a core exception still unwinds through its frames to main.cpp's catch (wasm exceptions).
target_compile_options(imgui PRIVATE -fno-exceptions)
target_include_directories(imgui SYSTEM PUBLIC ${IMGUI_DIR} ${IMGUI_DIR}/backends ${IMGUI_DIR}/misc/cpp)
# Our imconfig additions (test-engine hooks for the test bridge, no obsolete API).
target_compile_definitions(imgui PUBLIC IMGUI_USER_CONFIG="${PROJECT_SOURCE_DIR}/src/app/imconfig_rectify.h"
                                        IMGUI_DISABLE_OBSOLETE_FUNCTIONS)
# imgui_impl_sdl2.cpp of 1.92 uses EM_JS without including emscripten.h.
set_source_files_properties(${IMGUI_DIR}/backends/imgui_impl_sdl2.cpp PROPERTIES
  COMPILE_OPTIONS "-include;emscripten/emscripten.h")

add_library(sdl2_wasm INTERFACE)
target_include_directories(sdl2_wasm SYSTEM INTERFACE ${RECTIFY_SDL2_EM_PREFIX}/include ${RECTIFY_SDL2_EM_PREFIX}/include/SDL2)
target_link_libraries(sdl2_wasm INTERFACE ${RECTIFY_SDL2_EM_PREFIX}/lib/libSDL2.a)
target_link_libraries(imgui PUBLIC sdl2_wasm)

# Link options every SDL2 + WebGL2 page needs. emcc's HTML output crashes in its minifier, so
# pages output .js and ship their own html (web/, bench/hello/).
set(RECTIFY_WEB_LINK_OPTIONS
  -sMIN_WEBGL_VERSION=2 -sMAX_WEBGL_VERSION=2 -sALLOW_MEMORY_GROWTH=1
  -sMODULARIZE=1 -sENVIRONMENT=web -sINITIAL_MEMORY=33554432)
