# Locates the dependencies that scripts/deps.sh installed.
if(DEFINED ENV{RECTIFY_DEPS})
  set(RECTIFY_DEPS "$ENV{RECTIFY_DEPS}")
elseif(DEFINED ENV{XDG_CACHE_HOME})
  set(RECTIFY_DEPS "$ENV{XDG_CACHE_HOME}/rectify-deps")
else()
  set(RECTIFY_DEPS "$ENV{HOME}/.cache/rectify-deps")
endif()
if(NOT EXISTS "${RECTIFY_DEPS}/current.cmake")
  message(FATAL_ERROR "Dependencies not found in ${RECTIFY_DEPS}: run `bash scripts/deps.sh` first.")
endif()
include("${RECTIFY_DEPS}/current.cmake")

# cereal, RapidJSON and xxHash (header-only, for the plan file's checksum) come from Debian
# (/usr/include). A wasm build must not see all of /usr/include (glibc headers would shadow
# Emscripten's libc), so expose only those trees and that one header.
set(RECTIFY_JSON_INCLUDE "${CMAKE_BINARY_DIR}/third_party_include")
file(MAKE_DIRECTORY "${RECTIFY_JSON_INCLUDE}")
foreach(tree cereal rapidjson xxhash.h)
  if(NOT EXISTS "/usr/include/${tree}")
    message(FATAL_ERROR "/usr/include/${tree} missing: run `bash scripts/deps.sh`.")
  endif()
  file(CREATE_LINK "/usr/include/${tree}" "${RECTIFY_JSON_INCLUDE}/${tree}" SYMBOLIC)
endforeach()

if(EMSCRIPTEN)
  # emcc's JS tools need acorn from Debian's node modules, whatever the caller's environment.
  set(CMAKE_C_COMPILER_LAUNCHER   /usr/bin/env NODE_PATH=/usr/share/nodejs)
  set(CMAKE_CXX_COMPILER_LAUNCHER /usr/bin/env NODE_PATH=/usr/share/nodejs)
  set(CMAKE_C_LINKER_LAUNCHER     /usr/bin/env NODE_PATH=/usr/share/nodejs)
  set(CMAKE_CXX_LINKER_LAUNCHER   /usr/bin/env NODE_PATH=/usr/share/nodejs)
  # Exceptions: catching is off by default in Emscripten; the loader and app need it. WebAssembly's
  # own exception handling, not the JavaScript emulation (-fexceptions): no invoke_* trampoline
  # through JavaScript around every call that may unwind, 271 kB less wasm (docs/PERFORMANCE.md,
  # issue 23), faster calls. Needs Chrome/Edge 95+, Firefox 100+, Safari 15.2+ (web/loader.js
  # says so to an older browser). Every wasm object must agree: Catch2 is built the same way
  # (scripts/deps.sh).
  add_compile_options(-fwasm-exceptions)
  add_link_options(-fwasm-exceptions)
  set(CATCH2_PREFIX "${RECTIFY_CATCH2_EM_PREFIX}")
else()
  set(CATCH2_PREFIX "${RECTIFY_CATCH2_NATIVE_PREFIX}")
endif()
# Emscripten restricts package search to its sysroot, so point at the config directly.
set(Catch2_DIR "${CATCH2_PREFIX}/lib/cmake/Catch2")
find_package(Catch2 3 REQUIRED CONFIG NO_DEFAULT_PATH NO_CMAKE_FIND_ROOT_PATH)
include(Catch)
