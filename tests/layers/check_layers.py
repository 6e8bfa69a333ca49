#!/usr/bin/env python3
"""The layers hold: src/core includes no ImGui, SDL or Emscripten (it builds and is tested natively
and as wasm from the same sources); EM_JS and EM_ASM appear only in src/platform (the one layer that
talks to the browser) and the office module's entry, its own module's layer; the page calls into C++ (EMSCRIPTEN_KEEPALIVE) only through src/platform, the
test bridge (src/app/test_bridge.cpp) and the office module's entry (src/office/office_module.cpp); the views (src/ui)
include nothing of src/app (they publish what the tests read through ui/widgets/probe.h); RapidJSON
and cereal are included only in src/core/format (JSON is written elsewhere through
core/format/json_out.h); the views' small buttons go through ui/layout.cpp's small_button (a whole
button on a phone); no source file passes 800 lines (the README's rule for small files).

    check_layers.py <repo root>      exit 1 with a list of what breaks a rule
"""
import pathlib
import re
import sys

MAX_LINES = 800
SOURCES = ('.cpp', '.h', '.js', '.mjs')


def main(root: pathlib.Path) -> int:
    problems = []
    core_forbidden = re.compile(r'#\s*include\s*[<"](imgui|SDL|emscripten|misc/cpp/imgui)', re.I)
    app_include = re.compile(r'#\s*include\s*"app/')
    json_include = re.compile(r'#\s*include\s*[<"](rapidjson|cereal)/')
    for path in sorted((root / 'src').rglob('*')):
        if not path.is_file() or path.suffix not in SOURCES:
            continue
        rel = path.relative_to(root).as_posix()
        text = path.read_text(encoding='utf-8')
        if rel.startswith('src/core/'):
            for n, line in enumerate(text.splitlines(), 1):
                if core_forbidden.search(line):
                    problems.append(f'{rel}:{n}: core includes a platform or UI header: {line.strip()}')
        for n, line in enumerate(text.splitlines(), 1):
            if rel.startswith('src/ui/') and app_include.search(line):
                problems.append(f'{rel}:{n}: a view includes the app: {line.strip()}')
            if not rel.startswith('src/core/format/') and json_include.search(line):
                problems.append(f'{rel}:{n}: RapidJSON or cereal outside core/format: {line.strip()}')
        # The office module's entry (its own wasm module, loaded on demand) is that module's platform
        # layer: its read_package hands each file to the page as it is checked.
        if not rel.startswith('src/platform/') and rel != 'src/office/office_module.cpp' \
                and re.search(r'\bEM_(JS|ASM)\w*\s*\(', text):
            problems.append(f'{rel}: EM_JS/EM_ASM outside src/platform')
        # A phone needs a finger-sized button where a mouse takes a small one: ui/layout.cpp's
        # small_button is the one place that chooses (ImGui::SmallButton is 20 px high on a phone).
        if rel.startswith('src/ui/') and rel != 'src/ui/layout.cpp' and re.search(r'ImGui::SmallButton\s*\(', text):
            problems.append(f'{rel}: ImGui::SmallButton outside ui/layout.cpp (small_button is finger-sized on a phone)')
        entry_allowed = rel.startswith('src/platform/') or rel in ('src/app/test_bridge.cpp', 'src/office/office_module.cpp')
        if not entry_allowed and 'EMSCRIPTEN_KEEPALIVE' in text:
            problems.append(f'{rel}: a call from the page into C++ outside src/platform (EMSCRIPTEN_KEEPALIVE)')
    for folder in ('src', 'web'):
        for path in sorted((root / folder).rglob('*')):
            if path.is_file() and path.suffix in SOURCES:
                lines = path.read_text(encoding='utf-8').count('\n')
                if lines > MAX_LINES:
                    problems.append(f'{path.relative_to(root).as_posix()}: {lines} lines (more than {MAX_LINES})')
    for p in problems:
        print(p)
    print(f'layers: {len(problems)} problem(s)')
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main(pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else '.')))
