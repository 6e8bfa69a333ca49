#!/usr/bin/env bash
# Installs and builds every third-party dependency of 整改通, from Debian's archive and npm only.
#
# Idempotent: each step checks a stamp or the installed result first, so a second run takes seconds.
# Built dependencies live outside the checkout, keyed by version, in $RECTIFY_DEPS
# (default ~/.cache/rectify-deps); CMake reads $RECTIFY_DEPS/current.cmake, written at the end.
#
# Index
#   1. apt packages (binary)        4. SDL2 for wasm (apt-get source, emcmake)
#   2. deb-src entry                5. Catch2 v3, native and wasm (apt-get source)
#   3. Dear ImGui 1.92.x source     5b. zlib, minizip + libxlsxwriter, native and wasm (apt-get source)
#   5c. pugixml source              6. npm packages (lock file)     7. current.cmake
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
CACHE=${RECTIFY_DEPS:-${XDG_CACHE_HOME:-$HOME/.cache}/rectify-deps}
mkdir -p "$CACHE/src"
export NODE_PATH=/usr/share/nodejs # emcc needs acorn from Debian's node modules
export DEBIAN_FRONTEND=noninteractive

# Pinned versions; when a pin has left the archive we fall back to the newest of the same series.
IMGUI_PIN=1.92.2b+ds-1
IMGUI_SERIES='^1\.92\.'
SDL2_PIN=2.26.5+dfsg-1
SDL2_SERIES='^2\.'
CATCH2_PIN=3.7.1-0.5
CATCH2_SERIES='^3\.'
# XLSX export (a separate wasm module, loaded on demand). 1.1.4 is bookworm's; the newer
# libxlsxwriter in trixie/sid is listed by apt-cache but its files are not on every mirror.
ZLIB_PIN=1:1.2.13.dfsg-1
ZLIB_SERIES='^1:1\.'
XLSXWRITER_PIN=1.1.4-2
XLSXWRITER_SERIES='^1\.'
# Office files in and out (src/office): pugixml reads their XML (compiled from Debian's source).
PUGIXML_PIN=1.13-0.2
PUGIXML_SERIES='^1\.'

log() { printf '\033[1;34m[deps]\033[0m %s\n' "$*"; }
SUDO=""
if [ "$(id -u)" != 0 ]; then SUDO=sudo; fi

# --- 1. apt packages ------------------------------------------------------------------------
# LibreOffice (headless) and poppler make and check the tests' office fixtures (tests/office).
APT_PKGS=(build-essential cmake ninja-build git xz-utils ca-certificates python3
          emscripten clang libclang-rt-14-dev
          libcereal-dev rapidjson-dev libxxhash-dev dpkg-dev libssl-dev
          fonts-noto-cjk fonttools
          librsvg2-bin
          libreoffice-writer-nogui libreoffice-calc-nogui poppler-utils
          chromium)
command -v node >/dev/null || APT_PKGS+=(nodejs)
command -v npm >/dev/null || APT_PKGS+=(npm)

missing=()
for p in "${APT_PKGS[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done

# --- 2. deb-src entry (needed for apt-get source of newer suites) ---------------------------
DEBSRC=/etc/apt/sources.list.d/rectify-deb-src.sources
need_update=0
if [ ! -f "$DEBSRC" ]; then
  # Take the URI from the machine's own Debian entry rather than writing one by hand.
  uri=""
  if [ -f /etc/apt/sources.list.d/debian.sources ]; then
    uri=$(awk '/^URIs:/{print $2; exit}' /etc/apt/sources.list.d/debian.sources)
  fi
  if [ -z "$uri" ] && [ -f /etc/apt/sources.list ]; then
    uri=$(awk '$1=="deb"{for(i=2;i<=NF;i++) if ($i ~ /^(https?|file|mirror):/) {print $i; exit}}' /etc/apt/sources.list)
  fi
  [ -n "$uri" ] || { echo "deps: cannot find the Debian archive URI in /etc/apt" >&2; exit 1; }
  log "adding deb-src entry for $uri"
  $SUDO tee "$DEBSRC" >/dev/null <<EOF
Types: deb-src
URIs: $uri
Suites: bookworm trixie forky sid
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
EOF
  need_update=1
fi
if [ ${#missing[@]} -gt 0 ] || [ $need_update = 1 ] || ! apt-cache showsrc imgui >/dev/null 2>&1; then
  log "apt-get update"
  $SUDO apt-get update -qq
fi
if [ ${#missing[@]} -gt 0 ]; then
  log "installing: ${missing[*]}"
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# sed reads all of emcc's output: `head -1` closed the pipe early, and emcc's Python died of the
# broken pipe on a loaded machine (pipefail made that fail the set-up).
EM_VERSION=$(emcc --version | sed -nE '1s/.* ([0-9]+\.[0-9]+\.[0-9]+).*/\1/p')

# pick_version PKG PIN SERIES: the pin if the archive still has it, else the newest in SERIES.
pick_version() {
  local pkg=$1 pin=$2 series=$3 all
  all=$(apt-cache showsrc "$pkg" 2>/dev/null | awk '/^Version:/{print $2}')
  if grep -qxF "$pin" <<<"$all"; then echo "$pin"; return; fi
  local best=""
  while read -r v; do
    [ -n "$v" ] || continue
    grep -qE "$series" <<<"$v" || continue
    if [ -z "$best" ] || dpkg --compare-versions "$v" gt "$best"; then best=$v; fi
  done <<<"$all"
  [ -n "$best" ] || { echo "deps: no $pkg source matching $series in the archive" >&2; exit 1; }
  echo "$best"
}

# fetch_source PKG VERSION -> prints the unpacked source directory (cached).
fetch_source() {
  local pkg=$1 ver=$2 dir="$CACHE/src/$1-$2"
  if [ ! -f "$dir/.unpacked" ]; then
    log "apt-get source $pkg=$ver" >&2
    rm -rf "$dir" && mkdir -p "$dir/dl"
    (cd "$dir/dl" && apt-get source -qq --download-only "$pkg=$ver" >/dev/null 2>&1)
    local orig
    orig=$(ls "$dir"/dl/*.orig.tar.* | head -1)
    mkdir -p "$dir/tree"
    tar -xf "$orig" -C "$dir/tree" --strip-components=1
    touch "$dir/.unpacked"
  fi
  echo "$dir/tree"
}

# --- 3. Dear ImGui ------------------------------------------------------------------------------
IMGUI_VER=$(pick_version imgui "$IMGUI_PIN" "$IMGUI_SERIES")
IMGUI_DIR=$(fetch_source imgui "$IMGUI_VER")

# --- 4. SDL2 for wasm -------------------------------------------------------------------------
SDL2_VER=$(pick_version libsdl2 "$SDL2_PIN" "$SDL2_SERIES")
# SDL_LEAN_AND_MEAN: without SDL's software blitters, RLE and software renderer (~200 kB of wasm the
# app never runs: it draws through WebGL2 only; surfaces SDL still converts take the generic blit).
SDL2_EM="$CACHE/sdl2-$SDL2_VER-em$EM_VERSION-lean"
if [ ! -f "$SDL2_EM/.done" ]; then
  src=$(fetch_source libsdl2 "$SDL2_VER")
  log "building SDL2 $SDL2_VER for wasm (a few minutes, once)"
  rm -rf "$CACHE/build-sdl2-em"
  emcmake cmake -S "$src" -B "$CACHE/build-sdl2-em" -G Ninja -DCMAKE_BUILD_TYPE=Release \
    -DSDL_SHARED=OFF -DSDL_STATIC=ON -DSDL_TEST=OFF -DCMAKE_C_FLAGS=-DSDL_LEAN_AND_MEAN=1 \
    -DCMAKE_INSTALL_PREFIX="$SDL2_EM" >/dev/null
  cmake --build "$CACHE/build-sdl2-em" >/dev/null
  cmake --install "$CACHE/build-sdl2-em" >/dev/null
  rm -rf "$CACHE/build-sdl2-em"
  touch "$SDL2_EM/.done"
fi

# --- 5. Catch2 v3 -------------------------------------------------------------------------------
CATCH2_VER=$(pick_version catch2 "$CATCH2_PIN" "$CATCH2_SERIES")
CATCH2_NATIVE="$CACHE/catch2-$CATCH2_VER-native"
CATCH2_EM="$CACHE/catch2-$CATCH2_VER-em$EM_VERSION-weh" # -weh: wasm exceptions, as cmake/deps.cmake
build_catch2() { # $1 prefix, $2 exception flag, rest: configure command prefix
  local prefix=$1 eh=$2; shift 2
  local src b="$CACHE/build-catch2"
  src=$(fetch_source catch2 "$CATCH2_VER")
  rm -rf "$b"
  "$@" cmake -S "$src" -B "$b" -G Ninja -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF \
    -DCATCH_INSTALL_DOCS=OFF -DCATCH_INSTALL_EXTRAS=ON -DCMAKE_CXX_STANDARD=17 \
    -DCMAKE_CXX_FLAGS="$eh" -DCMAKE_INSTALL_PREFIX="$prefix" >/dev/null
  cmake --build "$b" >/dev/null
  cmake --install "$b" >/dev/null
  rm -rf "$b"
  touch "$prefix/.done"
}
if [ ! -f "$CATCH2_NATIVE/.done" ]; then log "building Catch2 $CATCH2_VER native"; build_catch2 "$CATCH2_NATIVE" -fexceptions env; fi
if [ ! -f "$CATCH2_EM/.done" ]; then log "building Catch2 $CATCH2_VER for wasm"; build_catch2 "$CATCH2_EM" -fwasm-exceptions emcmake; fi

# --- 5b. zlib, minizip and libxlsxwriter, native and wasm (for src/xlsx and src/office) ----------
# All from Debian's source packages, static. zlib for wasm is built from the Debian source with
# emconfigure (not Emscripten's port, which would download). minizip is zlib's contrib/minizip (the
# source of Debian's libminizip), built here as one static library; libxlsxwriter is built against
# it (USE_SYSTEM_MINIZIP) rather than its bundled copy, so that the CLI, which links both the XLSX
# writer and the office reader, has one minizip.
ZLIB_VER=$(pick_version zlib "$ZLIB_PIN" "$ZLIB_SERIES")
XLSXWRITER_VER=$(pick_version libxlsxwriter "$XLSXWRITER_PIN" "$XLSXWRITER_SERIES")
ZLIB_TAG=${ZLIB_VER#*:} # no epoch colon in paths (make and CMake lists dislike it)
ZLIB_NATIVE="$CACHE/zlib-$ZLIB_TAG-native"
ZLIB_EM="$CACHE/zlib-$ZLIB_TAG-em$EM_VERSION"
MINIZIP_NATIVE="$CACHE/minizip-$ZLIB_TAG-native"
MINIZIP_EM="$CACHE/minizip-$ZLIB_TAG-em$EM_VERSION"
XLSXWRITER_NATIVE="$CACHE/libxlsxwriter-$XLSXWRITER_VER-mz-native"
XLSXWRITER_EM="$CACHE/libxlsxwriter-$XLSXWRITER_VER-mz-em$EM_VERSION"
build_zlib() { # $1 prefix, rest: command prefix (env or emconfigure/emmake)
  local prefix=$1 wrap=$2 src b="$CACHE/build-zlib"
  src=$(fetch_source zlib "$ZLIB_VER")
  rm -rf "$b" && cp -r "$src" "$b" # zlib's configure builds in its tree
  (cd "$b" && CFLAGS="-O2 -fPIC" $wrap ./configure --static --prefix="$prefix" >/dev/null \
     && ${wrap/emconfigure/emmake} make -j2 libz.a >/dev/null && make install >/dev/null)
  rm -rf "$b"
  touch "$prefix/.done"
}
build_minizip() { # $1 prefix, $2 zlib prefix, $3 cc, $4 ar, rest: extra flags
  local prefix=$1 zlib=$2 cc=$3 ar=$4; shift 4
  local src b="$CACHE/build-minizip"
  src=$(fetch_source zlib "$ZLIB_VER")/contrib/minizip
  rm -rf "$b" "$prefix" && mkdir -p "$b" "$prefix/lib" "$prefix/include/minizip"
  for f in ioapi unzip zip; do
    "$cc" -O2 -fPIC "$@" -I"$zlib/include" -c "$src/$f.c" -o "$b/$f.o"
  done
  "$ar" rcs "$prefix/lib/libminizip.a" "$b"/*.o
  cp "$src"/ioapi.h "$src"/unzip.h "$src"/zip.h "$src"/crypt.h "$prefix/include/minizip/"
  # Laid out as in /usr/include, zlib's headers beside minizip/ (libxlsxwriter's FindMINIZIP reads
  # the version from there).
  cp "$zlib/include/zlib.h" "$zlib/include/zconf.h" "$prefix/include/"
  rm -rf "$b"
  touch "$prefix/.done"
}
build_xlsxwriter() { # $1 prefix, $2 zlib prefix, $3 minizip prefix, rest: configure command prefix
  local prefix=$1 zlib=$2 mz=$3; shift 3
  local src b="$CACHE/build-xlsxwriter"
  src=$(fetch_source libxlsxwriter "$XLSXWRITER_VER")
  rm -rf "$b"
  "$@" cmake -S "$src" -B "$b" -G Ninja -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTS=OFF \
    -DBUILD_EXAMPLES=OFF -DUSE_SYSTEM_MINIZIP=ON -DUSE_OPENSSL_MD5=OFF \
    -DMINIZIP_INCLUDE_DIR="$mz/include" -DMINIZIP_LIBRARY="$mz/lib/libminizip.a" \
    -DCMAKE_POSITION_INDEPENDENT_CODE=ON -DZLIB_LIBRARY="$zlib/lib/libz.a" \
    -DZLIB_INCLUDE_DIR="$zlib/include" -DCMAKE_INSTALL_PREFIX="$prefix" >/dev/null
  cmake --build "$b" -j2 >/dev/null
  cmake --install "$b" >/dev/null
  rm -rf "$b"
  touch "$prefix/.done"
}
if [ ! -f "$ZLIB_NATIVE/.done" ]; then log "building zlib $ZLIB_VER native"; build_zlib "$ZLIB_NATIVE" env; fi
if [ ! -f "$ZLIB_EM/.done" ]; then log "building zlib $ZLIB_VER for wasm"; build_zlib "$ZLIB_EM" emconfigure; fi
if [ ! -f "$MINIZIP_NATIVE/.done" ]; then
  log "building minizip ($ZLIB_VER contrib) native"; build_minizip "$MINIZIP_NATIVE" "$ZLIB_NATIVE" cc ar
fi
if [ ! -f "$MINIZIP_EM/.done" ]; then
  # Emscripten's libc has no fopen64 family: minizip's own switch for that.
  log "building minizip ($ZLIB_VER contrib) for wasm"; build_minizip "$MINIZIP_EM" "$ZLIB_EM" emcc emar -DIOAPI_NO_64
fi
if [ ! -f "$XLSXWRITER_NATIVE/.done" ]; then
  log "building libxlsxwriter $XLSXWRITER_VER native"
  build_xlsxwriter "$XLSXWRITER_NATIVE" "$ZLIB_NATIVE" "$MINIZIP_NATIVE" env
fi
if [ ! -f "$XLSXWRITER_EM/.done" ]; then
  log "building libxlsxwriter $XLSXWRITER_VER for wasm"
  build_xlsxwriter "$XLSXWRITER_EM" "$ZLIB_EM" "$MINIZIP_EM" emcmake
fi

# --- 5c. pugixml (source only: src/office compiles its one .cpp, native and wasm) ----------------
PUGIXML_VER=$(pick_version pugixml "$PUGIXML_PIN" "$PUGIXML_SERIES")
PUGIXML_DIR=$(fetch_source pugixml "$PUGIXML_VER")

# --- 6. npm packages (playwright-core drives Debian's chromium) --------------------------------
if [ -f "$ROOT/package-lock.json" ]; then
  stamp="$ROOT/node_modules/.rectify-lock-sha"
  sha=$(sha256sum "$ROOT/package-lock.json" | cut -d' ' -f1)
  if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$sha" ]; then
    log "npm ci"
    (cd "$ROOT" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
    echo "$sha" > "$stamp"
  fi
fi

# --- 7. Tell CMake where everything is -------------------------------------------------------------
cat > "$CACHE/current.cmake.tmp" <<EOF
# Written by scripts/deps.sh; read by CMakeLists.txt.
set(RECTIFY_IMGUI_VERSION "$IMGUI_VER")
set(RECTIFY_IMGUI_DIR "$IMGUI_DIR")
set(RECTIFY_SDL2_EM_PREFIX "$SDL2_EM")
set(RECTIFY_CATCH2_NATIVE_PREFIX "$CATCH2_NATIVE")
set(RECTIFY_CATCH2_EM_PREFIX "$CATCH2_EM")
set(RECTIFY_ZLIB_NATIVE_PREFIX "$ZLIB_NATIVE")
set(RECTIFY_ZLIB_EM_PREFIX "$ZLIB_EM")
set(RECTIFY_XLSXWRITER_NATIVE_PREFIX "$XLSXWRITER_NATIVE")
set(RECTIFY_XLSXWRITER_EM_PREFIX "$XLSXWRITER_EM")
set(RECTIFY_MINIZIP_NATIVE_PREFIX "$MINIZIP_NATIVE")
set(RECTIFY_MINIZIP_EM_PREFIX "$MINIZIP_EM")
set(RECTIFY_PUGIXML_DIR "$PUGIXML_DIR")
set(RECTIFY_CJK_FONT "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")
EOF
mv "$CACHE/current.cmake.tmp" "$CACHE/current.cmake"
log "ready (imgui $IMGUI_VER, SDL2 $SDL2_VER, Catch2 $CATCH2_VER, zlib $ZLIB_VER, libxlsxwriter $XLSXWRITER_VER, pugixml $PUGIXML_VER, emscripten $EM_VERSION) in $CACHE"
