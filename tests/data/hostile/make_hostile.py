#!/usr/bin/env python3
"""Writes the hostile-file corpus from ../formats/v2-sample.rectify.json and expected.txt beside it.
Each case is a damaged or malicious plan file and the exact failure the loader must report.
Run again after changing the sample; the checksum of deliberately edited content is recomputed
(canonical form: compact JSON, keys sorted) unless the case is about the checksum itself."""
import copy, hashlib, io, json, os, struct, zipfile, zlib

HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLE = json.load(open(os.path.join(HERE, '..', 'formats', 'v2-sample.rectify.json'), encoding='utf-8'))
V1 = json.load(open(os.path.join(HERE, '..', 'formats', 'v1-sample.rectify.json'), encoding='utf-8'))
cases = []  # (file name, key, path, extra options)

def text(doc):
    return json.dumps(doc, ensure_ascii=False, indent=1).encode('utf-8')

def sealed(doc):
    doc['checksum'] = 'sha256:' + hashlib.sha256(json.dumps(
        doc['content'], sort_keys=True, separators=(',', ':'), ensure_ascii=False).encode('utf-8')).hexdigest()
    return text(doc)

def case(name, data, key, path='-', **opts):
    with open(os.path.join(HERE, name), 'wb') as f:
        f.write(data)
    cases.append((name, key, path, opts))

def edit(fn, seal=True):
    d = copy.deepcopy(SAMPLE)
    fn(d)
    return sealed(d) if seal else text(d)

def measure(d, p=1, m=0):
    return d['content']['plans'][0]['problems'][p]['measures'][m]

good = text(SAMPLE)
M = 'plans[0].problems[1].measures[0]'

case('empty.json', b'', 'Empty')
case('whitespace.json', b' \n\t\r\n ', 'Empty')
case('not-json.json', 'this is a 整改方案, not JSON'.encode('utf-8'), 'NotJson')
case('trailing-garbage.json', good + b'\nxyz', 'NotJson')
case('nan-version.json', b'{"format": "rectify-plan", "version": NaN}', 'NotJson')
case('nul-byte.json', b'{"format": \x00 "rectify-plan"}', 'NotJson')
case('lone-surrogate.json', good.replace('"青山县'.encode(), b'"\\udc00', 1), 'NotJson')
case('nul-in-member-name.json', b'{"format": "rectify-plan", "a\\u0000b": 1}', 'NotJson')
case('truncated-half.json', good[:len(good) // 2], 'Truncated')
case('truncated-in-string.json', good[:good.index('翁'.encode()) if '翁'.encode() in good else good.index('周文涛'.encode()) + 3], 'Truncated')
case('truncated-last-brace.json', good.rstrip()[:-1], 'Truncated')
case('array-root.json', b'[1, 2, 3]', 'NotPlanFile')
case('other-json.json', b'{"name": "an address book", "entries": []}', 'NotPlanFile')
case('other-format.json', edit(lambda d: d.update(format='rectify-report')), 'NotPlanFile')
case('too-new.json', edit(lambda d: d.update(version=5)), 'TooNew', 'version', n=5, limit=4)
case('version-string.json', edit(lambda d: d.update(version='2')), 'WrongType', 'version')
case('version-zero.json', edit(lambda d: d.update(version=0)), 'BadVersion', 'version', n=0)
case('content-array.json', edit(lambda d: d.update(content=[])), 'WrongType', 'content')
case('checksum-mismatch.json', edit(lambda d: d['content']['plans'][0].update(title='改过的标题'), seal=False),
     'ChecksumMismatch', 'checksum')
case('wrong-type-deadline.json', edit(lambda d: measure(d).update(deadline='2022年11月底前')),
     'WrongType', M + '.deadline')
case('wrong-type-title.json', edit(lambda d: d['content']['plans'][0].update(title=42)), 'WrongType', 'plans[0].title')
case('wrong-type-step.json', edit(lambda d: measure(d)['steps'].__setitem__(1, None)), 'WrongType', M + '.steps[1]')
case('wrong-type-plans.json', edit(lambda d: d['content'].update(plans={})), 'WrongType', 'plans')
case('missing-status.json', edit(lambda d: measure(d).pop('status')), 'Missing', M + '.status')
case('bad-status.json', edit(lambda d: measure(d).update(status='finished')), 'BadValue', M + '.status')
case('bad-date.json', edit(lambda d: d['content']['plans'][0].update(written='2022-02-30')), 'BadValue', 'plans[0].written')
case('bad-stamp.json', edit(lambda d: measure(d)['meta']['created'].update(at=1.5)), 'WrongType', M + '.meta.created.at')
case('wrong-type-after.json', edit(lambda d: measure(d)['meta'].update(after=5)), 'WrongType', M + '.meta.after')
case('empty-id.json', edit(lambda d: measure(d).update(id='')), 'BadValue', M + '.id')
def dup(d):
    measure(d)['id'] = measure(d, 0)['id']
case('duplicate-id.json', edit(dup), 'DuplicateId', M + '.id')
def dup_kinds(d):
    d['content']['plans'][0]['phases'][0]['id'] = d['content']['departments'][0]['id']
case('duplicate-id-across-kinds.json', edit(dup_kinds), 'DuplicateId', 'plans[0].phases[0].id')
case('missing-ref.json', edit(lambda d: measure(d)['lead_departments'].__setitem__(0, 'd-nowhere')),
     'MissingReference', M + '.lead_departments[0]')
case('missing-person-ref.json', edit(lambda d: measure(d)['leaders'].append('u-nobody')),
     'MissingReference', M + '.leaders[1]')
case('deep-array.json', b'[' * 100000 + b']' * 100000, 'TooDeep', limit=64)
case('deep-unclosed.json', b'{"a":' * 50000, 'TooDeep', limit=64)
def deep_extra(d):
    v = 'x'
    for _ in range(80):
        v = [v]
    d['content']['plans'][0]['x_deep'] = v
case('deep-inside-content.json', edit(deep_extra), 'TooDeep', limit=64)
bad_utf8 = good.replace('青山县教育局'.encode(), b'\xff\xfe' + '山县教育局'.encode()[0:0] + '县教育局'.encode(), 1)
case('invalid-utf8.json', bad_utf8, 'InvalidUtf8', n=bad_utf8.index(b'\xff'))
overlong = b'{"format": "rectify-plan", "x": "\xc0\xaf"}'
case('overlong-utf8.json', overlong, 'InvalidUtf8', n=overlong.index(b'\xc0'))
surrogate = b'{"format": "\xed\xa0\x80"}'
case('surrogate-utf8.json', surrogate, 'InvalidUtf8', n=surrogate.index(b'\xed'))
cut_char = good[:good.index('青'.encode()) + 1]
case('cut-multibyte.json', cut_char, 'InvalidUtf8', n=len(cut_char) - 1)
case('utf16le-bom.json', good.decode('utf-8').encode('utf-16'), 'Utf16')
case('utf16le.json', good.decode('utf-8').encode('utf-16-le'), 'Utf16')
case('utf16be.json', good.decode('utf-8').encode('utf-16-be'), 'Utf16')
case('utf8-bom.json', b'\xef\xbb\xbf' + good, 'ByteOrderMark')
case('too-large.json', good, 'TooLarge', n=len(good), limit=1000, max_bytes=1000)
# Files of other kinds chosen or dropped as plan files: named by what they are (detail=kind),
# not as broken text. Tiny files of each kind, made here.
def png_1x1():
    def chunk(kind, data):
        return struct.pack('>I', len(data)) + kind + data + struct.pack('>I', zlib.crc32(kind + data))
    return (b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', 1, 1, 8, 2, 0, 0, 0)) +
            chunk(b'IDAT', zlib.compress(b'\x00\xc0\x20\x10')) + chunk(b'IEND', b''))
def zipped(entries):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in entries:
            z.writestr(zipfile.ZipInfo(name, date_time=(2026, 1, 5, 9, 0, 0)), data)
    return buf.getvalue()
TYPES = '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'
case('image.png', png_1x1(), 'OtherFormat', detail='png')
case('photo.jpg', b'\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00\xff\xd9', 'OtherFormat', detail='jpeg')
case('animation.gif', b'GIF89a\x01\x00\x01\x00\x00\x00\x00;', 'OtherFormat', detail='gif')
case('report.pdf', b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
     'OtherFormat', detail='pdf')
case('archive.zip', zipped([('整改方案.txt', '一、问题清单'.encode('utf-8'))]), 'OtherFormat', detail='zip')
case('plan.docx', zipped([('[Content_Types].xml', TYPES), ('word/document.xml', '<w:document/>')]), 'OtherFormat', detail='docx')
case('ledger.xlsx', zipped([('[Content_Types].xml', TYPES), ('xl/workbook.xml', '<workbook/>')]), 'OtherFormat', detail='xlsx')
case('old-format.doc', b'\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1' + bytes(504), 'OtherFormat', detail='ole')
# Version 1 files are checked too, with paths in the v1 shape.
def v1(fn):
    d = copy.deepcopy(V1)
    fn(d)
    return text(d)
case('v1-wrong-type.json', v1(lambda d: d['plan']['problems'][0]['measure'].update(deadline=20221130)),
     'WrongType', 'plan.problems[0].measure.deadline')
case('v1-bad-status.json', v1(lambda d: d['plan']['problems'][2]['measure'].update(status='later')),
     'BadValue', 'plan.problems[2].measure.status')
case('v1-missing-plan.json', v1(lambda d: d.pop('plan')), 'Missing', 'plan')
case('v1-bad-saved-at.json', v1(lambda d: d.update(saved_at='yesterday')), 'BadValue', 'saved_at')

with open(os.path.join(HERE, 'expected.txt'), 'w', encoding='utf-8') as f:
    f.write('# file  message-key  path ("-": none)  [n=…] [limit=…] [max_bytes=… (load with this limit)] [detail=…]\n')
    f.write('# Written by make_hostile.py; checked by tests/unit/hostile_test.cpp.\n')
    for name, key, path, opts in cases:
        f.write(' '.join([name, key, path] + ['%s=%s' % kv for kv in opts.items()]) + '\n')
print(len(cases), 'cases')
