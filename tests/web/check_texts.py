#!/usr/bin/env python3
"""The page's own texts (web/*.js, web/index.html) follow the app's rules for bilingual text:

- every Chinese string literal of a script sits in that script's TEXTS table, one row per text
  written `key: ['zh-CN', 'en']`, values as {name} placeholders (host.js fillText);
- both languages of a row name the same placeholders;
- Chinese uses full-width punctuation: a comma, colon, semicolon, question or exclamation mark or
  bracket next to a Chinese character is the full-width one (as tests/unit/punctuation_test.cpp
  checks for the C++ tables); the same holds for the text of index.html.

    check_texts.py <repo root>      exit 1 with a list of what breaks a rule
    check_texts.py --self-test      the checks find what they are for
"""
import pathlib
import re
import sys

CJK = re.compile(r'[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]')
HALF = ',:;?!()'
STRING = re.compile(r"'(?:[^'\\\n]|\\.)*'|\"(?:[^\"\\\n]|\\.)*\"|`(?:[^`\\]|\\.)*`")
ROW = re.compile(r"^\s*(\w+):\s*\[\s*('(?:[^'\\]|\\.)*')\s*,\s*('(?:[^'\\]|\\.)*')\s*\]\s*,?\s*$", re.M)
PLACEHOLDER = re.compile(r'\{([A-Za-z0-9_]+)\}')


def half_width_marks(s):
    """ASCII punctuation touching a Chinese character: the places that want the full-width form."""
    out = []
    for i, c in enumerate(s):
        if c in HALF and ((i > 0 and CJK.match(s[i - 1])) or (i + 1 < len(s) and CJK.match(s[i + 1]))):
            out.append(c)
    return out


def strip_comments(js):
    """The script with comments blanked (strings kept, so a // inside one survives)."""
    out, i = [], 0
    token = re.compile(r"//[^\n]*|/\*.*?\*/|'(?:[^'\\\n]|\\.)*'|\"(?:[^\"\\\n]|\\.)*\"|`(?:[^`\\]|\\.)*`|/(?![/*])(?:[^/\\\n\[]|\\.|\[(?:[^\]\\\n]|\\.)*\])+/", re.S)
    for m in token.finditer(js):
        out.append(js[i:m.start()])
        t = m.group(0)
        out.append(re.sub(r'[^\n]', ' ', t) if t.startswith('//') or t.startswith('/*') else t)
        i = m.end()
    out.append(js[i:])
    return ''.join(out)


def check_script(name, js):
    problems = []
    code = strip_comments(js)
    table = re.search(r'const TEXTS = \{\n(.*?)\n\s*\};', code, re.S)
    start, end = (table.start(), table.end()) if table else (0, 0)
    for m in STRING.finditer(code):
        if CJK.search(m.group(0)) and not start <= m.start() < end:
            line = code.count('\n', 0, m.start()) + 1
            problems.append(f'{name}:{line}: Chinese text outside the TEXTS table: {m.group(0)}')
    if table:
        body = table.group(1)
        rows = ROW.findall(body)
        # A row may wrap after its comma: join the table's lines before reading its rows.
        joined = re.sub(r",\s*\n\s*'", ", '", body)
        rows = ROW.findall(joined)
        if not rows:
            problems.append(f'{name}: a TEXTS table without rows')
        for key, zh, en in rows:
            zh, en = zh[1:-1], en[1:-1]
            if not CJK.search(zh):
                problems.append(f'{name}: TEXTS.{key}: the first text is not Chinese: {zh}')
            if not en:
                problems.append(f'{name}: TEXTS.{key}: no English')
            if set(PLACEHOLDER.findall(zh)) != set(PLACEHOLDER.findall(en)):
                problems.append(f'{name}: TEXTS.{key}: the languages name different placeholders')
            for mark in half_width_marks(zh):
                problems.append(f"{name}: TEXTS.{key}: half-width '{mark}' in Chinese: {zh}")
    return problems


def check_html(name, html):
    text = re.sub(r'<!--.*?-->|<script.*?</script>|<style.*?</style>', ' ', html, flags=re.S)
    problems = []
    for chunk in re.findall(r'>([^<]+)<|content="([^"]*)"|aria-label="([^"]*)"', text):
        for part in chunk:
            for mark in half_width_marks(part):
                problems.append(f"{name}: half-width '{mark}' in Chinese: {part.strip()}")
    return problems


def self_test():
    assert half_width_marks('文件太大(12 字节),上限为 5 字节') == ['(', ')', ',']
    assert half_width_marks('文件太大（12 字节），上限') == []
    assert half_width_marks('整改通 (Rectify)') == []
    good = "const TEXTS = {\n  a: ['加载 {n}，请稍候', 'Loading {n}'],\n};\nf(TEXTS.a); // 注释里的中文\n"
    assert check_script('good.js', good) == [], check_script('good.js', good)
    assert len(check_script('loose.js', "fail('程序出错', 'failed');\n")) == 1
    assert len(check_script('comma.js', "const TEXTS = {\n  a: ['不可用,设置', 'off'],\n};\n")) == 1
    assert len(check_script('values.js', "const TEXTS = {\n  a: ['{n} 项', '{m} items'],\n};\n")) == 1
    assert len(check_html('x.html', '<p>请重新加载;如果</p>')) == 1
    return 0


def main(root):
    problems = []
    for path in sorted((root / 'web').glob('*.js')):
        problems += check_script(path.relative_to(root).as_posix(), path.read_text(encoding='utf-8'))
    index = root / 'web' / 'index.html'
    problems += check_html('web/index.html', index.read_text(encoding='utf-8'))
    for p in problems:
        print(p)
    return 1 if problems else 0


if __name__ == '__main__':
    if sys.argv[1:] == ['--self-test']:
        sys.exit(self_test())
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    sys.exit(self_test() or main(pathlib.Path(sys.argv[1])))
