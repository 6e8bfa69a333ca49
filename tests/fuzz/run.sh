#!/usr/bin/env bash
# Builds the loader fuzz target with clang (libFuzzer + ASan + UBSan) in build/fuzz and runs it.
# usage: tests/fuzz/run.sh [libFuzzer options]     default: -max_total_time=60
#   e.g. tests/fuzz/run.sh -max_total_time=300 -jobs=1
# Exits non-zero when the fuzzer finds a crash, a leak, undefined behaviour, a timeout or a broken
# property (see fuzz_loader.cpp); the input is saved in build/fuzz/artifacts/.
# Seeds: tests/fuzz/corpus plus the format fixtures and the hostile corpus (read only); inputs the
# fuzzer finds go to build/fuzz/corpus, outside the repository.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
out=$root/build/fuzz
cxx=${CXX_FUZZ:-clang++-14}
command -v "$cxx" >/dev/null || cxx=clang++
version=$(sed -n 's/^project(rectify VERSION \([0-9.]*\).*/\1/p' "$root/CMakeLists.txt")
# pointer-overflow is recoverable only so that ubsan.supp can silence RapidJSON's one harmless
# case (halt_on_error keeps every other report fatal). RapidJSON's number conversion, where the
# fuzzer found real undefined behaviour, is not used at all: see src/core/json_parse.cpp.
flags=(-std=c++17 -g -O1 -fsanitize=fuzzer,address,undefined
       -fno-sanitize-recover=undefined -fsanitize-recover=pointer-overflow
       -I"$root/src" -DRECTIFY_VERSION="\"$version\"")
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1:suppressions=$root/tests/fuzz/ubsan.supp"
mkdir -p "$out/obj" "$out/corpus" "$out/artifacts"

# Incremental: recompile a source only when it or any core header is newer than its object.
newest_header=$(ls -t $(find "$root/src/core" -name "*.h") | head -1)
objs=()
# The core, the one platform definition it needs (core/ledger/gb18030.h: glibc's iconv), the target.
for src in $(find "$root/src/core" -name "*.cpp" | sort) "$root/src/platform/native_gb18030.cpp" \
           "$root/tests/fuzz/fuzz_loader.cpp"; do
  obj=$out/obj/$(basename "$src" .cpp).o
  if [ ! -e "$obj" ] || [ "$src" -nt "$obj" ] || [ "$newest_header" -nt "$obj" ] ||
     [ "$0" -nt "$obj" ]; then
    echo "compile $(basename "$src")"
    "$cxx" "${flags[@]}" -c "$src" -o "$obj"
  fi
  objs+=("$obj")
done
"$cxx" "${flags[@]}" "${objs[@]}" -o "$out/fuzz_loader"

opts=("$@")
[ ${#opts[@]} -eq 0 ] && opts=(-max_total_time=60)
# -timeout: one input must never take seconds (a hang is a bug); -rss_limit_mb: nor eat memory.
exec "$out/fuzz_loader" -artifact_prefix="$out/artifacts/" -timeout=10 -rss_limit_mb=2048 \
  -max_len=65536 "${opts[@]}" \
  "$out/corpus" "$root/tests/fuzz/corpus" "$root/tests/data/formats" "$root/tests/data/hostile"
