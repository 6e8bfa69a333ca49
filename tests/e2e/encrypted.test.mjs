// Encrypted plan files (issue 20 item 5) in the app: an envelope made by the CLI (OpenSSL) from the
// app's own export, and one made by WebCrypto (tests/data/crypt), dropped on the page in a second
// browser: the password is asked for; a wrong password and a changed byte say so in the error
// colour and change nothing; the right one goes on to the merge preview as any plan file does;
// 导出 with a password (the download an envelope the CLI reads); a package encrypted whole.
// Skipped without the native CLI (build/native/src/cli/rectify).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { withApp, openApp, state, click, itemRect, screenshot, ROOT } from './harness.mjs';
import { until, waitView, openWithClipboard, dropFiles } from './plan_helpers.mjs';

const CLI = path.join(ROOT, 'build/native/src/cli/rectify');
const DATA = path.join(ROOT, 'tests/data');
const crypt = async (page) => (await state(page)).crypt;

async function download(page, ...clicks) {
  const [file] = await Promise.all([page.waitForEvent('download'), (async () => { for (const c of clicks) await click(page, c); })()]);
  return { name: file.suggestedFilename(), text: fs.readFileSync(await file.path(), 'utf8') };
}

// 导出 → 设置密码…: the password twice, 确定.
async function setExportPassword(page, password) {
  await click(page, 'export-plan');
  await click(page, 'export-set-password');
  await click(page, 'export-password');
  await page.keyboard.insertText(password);
  await click(page, 'export-password-again');
  await page.keyboard.insertText(password);
  await click(page, 'export-password-ok');
  await until(page, () => window.rectify.state().exportPassword === true);
}

// Types `password` into the dialog and presses 打开; waits until WebCrypto has answered.
async function enter(page, password) {
  await click(page, 'crypt-password');
  await page.keyboard.press('Control+A');
  await page.keyboard.insertText(password);
  await click(page, 'crypt-open');
  await until(page, () => !window.rectify.state().crypt.working, undefined);
}

async function wrongThenRight(page, file, password) {
  const before = await page.evaluate(() => JSON.stringify(window.rectify.workspace().content));
  assert.equal(await dropFiles(page, [file]), true);
  await until(page, () => window.rectify.state().crypt.asking);
  assert.equal((await crypt(page)).file, file.name);
  assert.equal((await state(page)).merge.open, false, 'nothing is opened before the password');

  await enter(page, 'not the password');
  let c = await crypt(page);
  assert.match(c.error, /密码不正确，或文件已被改动/);
  assert.equal(c.asking, true, 'the dialog stays for another try');
  assert.equal((await state(page)).merge.open, false);
  await screenshot(page, 'encrypted-wrong-password');

  await enter(page, password);
  await until(page, () => window.rectify.state().merge.open || window.rectify.state().view === 'returns').catch(async (e) => {
    throw new Error(`${e.message}: ${JSON.stringify((await state(page)).notice)} ${JSON.stringify(await crypt(page))}`);
  });
  c = await crypt(page);
  assert.equal(c.asking, false);
  assert.equal(c.error, '');
  assert.equal(await page.evaluate(() => JSON.stringify(window.rectify.workspace().content)), before,
               'nothing changes before the merge is accepted');
}

test('an envelope the CLI made from the app\'s export: wrong password, then the right one; a changed byte',
  { skip: !fs.existsSync(CLI) && 'no native CLI' }, () => withApp(async ({ browser, url }) => {
    const { page: bureau } = await openWithClipboard(browser, url);
    await click(bureau, 'open-0');
    await waitView(bureau, 'plan');
    const whole = await download(bureau, 'export-plan', 'export-whole');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rectify-enc-'));
    const plain = path.join(dir, whole.name), enc = path.join(dir, 'plan.rectify.enc.json');
    fs.writeFileSync(plain, whole.text);
    execFileSync(CLI, ['encrypt', '--password', '口令 pass 1', plain, '-o', enc]);
    const text = fs.readFileSync(enc, 'utf8');
    const envelope = JSON.parse(text);
    assert.equal(envelope.format, 'rectify-encrypted');
    assert.ok(envelope.kdf.iterations >= 600000);
    const title = JSON.parse(whole.text).content.plans[0].title;
    assert.ok(!text.includes(title), 'the plan\'s title is not in clear');

    const { page: unit } = await openApp(browser, url);
    assert.equal((await crypt(unit)).available, true, 'WebCrypto on localhost');
    await wrongThenRight(unit, { name: 'plan.rectify.enc.json', text }, '口令 pass 1');
    await screenshot(unit, 'encrypted-opened');

    // One byte of the ciphertext changed: refused as a wrong password is, nothing opened.
    const data = Buffer.from(envelope.data, 'base64');
    data[data.length >> 1] ^= 1;
    const tampered = JSON.stringify({ ...envelope, data: data.toString('base64') });
    if ((await state(unit)).merge.open) await click(unit, 'merge-cancel');
    await until(unit, () => !window.rectify.state().merge.open);
    await dropFiles(unit, [{ name: 'tampered.rectify.enc.json', text: tampered }]);
    await until(unit, () => window.rectify.state().crypt.asking);
    await enter(unit, '口令 pass 1');
    assert.match((await crypt(unit)).error, /密码不正确，或文件已被改动/);
    assert.equal((await state(unit)).merge.open, false);
    await click(unit, 'crypt-cancel');
    await until(unit, () => !window.rectify.state().crypt.asking);
    fs.rmSync(dir, { recursive: true, force: true });
  }));

test('an envelope made by WebCrypto opens with its password; a damaged one says what is wrong', () => withApp(async ({ browser, url }) => {
  const { page } = await openApp(browser, url);
  const text = fs.readFileSync(path.join(DATA, 'crypt/webcrypto-vector.rectify.enc.json'), 'utf8');
  const password = fs.readFileSync(path.join(DATA, 'crypt/webcrypto-vector.password.txt'), 'utf8');
  await wrongThenRight(page, { name: 'vector.rectify.enc.json', text }, password);
  // The plan arrives when the merge is accepted.
  await click(page, 'merge-accept');
  await until(page, () => !window.rectify.state().merge.open);
  await until(page, () => window.rectify.workspace().content.plans.some((p) => /绩效考评公众评议/.test(p.title)));

  // Too few iterations: named, and no password is asked for.
  const weak = JSON.parse(text);
  weak.kdf.iterations = 1000;
  await dropFiles(page, [{ name: 'weak.rectify.json', text: JSON.stringify(weak) }]);
  await until(page, () => /1000/.test(JSON.stringify(window.rectify.state().notice || '')));
  assert.equal((await crypt(page)).asking, false);
}));

test('导出 with a password: the download is an envelope; another browser opens it with the password; the CLI reads it',
  () => withApp(async ({ browser, url }) => {
    const { page: bureau } = await openWithClipboard(browser, url);
    await click(bureau, 'open-0');
    await waitView(bureau, 'plan');
    const title = (await bureau.evaluate(() => window.rectify.workspace().content.plans[0].title));
    await setExportPassword(bureau, 'Bureau 密码 2026!');
    const file = await download(bureau, 'export-plan', 'export-whole');
    assert.match(file.name, /\.rectify\.enc\.json$/);
    const envelope = JSON.parse(file.text);
    assert.equal(envelope.format, 'rectify-encrypted');
    assert.equal(envelope.version, 1);
    assert.deepEqual([envelope.kdf.name, envelope.kdf.hash, envelope.cipher.name], ['PBKDF2', 'SHA-256', 'AES-GCM']);
    assert.ok(envelope.kdf.iterations >= 600000);
    assert.equal(Buffer.from(envelope.kdf.salt, 'base64').length, 16);
    assert.equal(Buffer.from(envelope.cipher.iv, 'base64').length, 12);
    assert.ok(!file.text.includes(title), 'the plan\'s title is not in clear');
    assert.ok(!file.text.includes('rectify-plan'));

    const { page: unit } = await openApp(browser, url);
    await wrongThenRight(unit, file, 'Bureau 密码 2026!');

    if (fs.existsSync(CLI)) { // the CLI reads what the app wrote
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rectify-enc-'));
      const enc = path.join(dir, file.name);
      fs.writeFileSync(enc, file.text);
      const out = execFileSync(CLI, ['validate', '--lang', 'en', enc], { env: { ...process.env, RECTIFY_PASSWORD: 'Bureau 密码 2026!' } });
      assert.match(String(out), /valid \(format version/);
      assert.throws(() => execFileSync(CLI, ['validate', '--password', 'wrong', enc], { stdio: 'pipe' }), (e) => e.status === 1);
      fs.rmSync(dir, { recursive: true, force: true });
    }

    // 清除密码: the next export is a plain plan file again.
    await click(bureau, 'export-plan');
    await click(bureau, 'export-clear-password');
    await until(bureau, () => window.rectify.state().exportPassword === false);
    const plain = await download(bureau, 'export-plan', 'export-whole');
    assert.equal(JSON.parse(plain.text).format, 'rectify-plan');
  }));

test('a package encrypted whole by the CLI: the password, then the office module reads it and its files arrive',
  { skip: !fs.existsSync(CLI) && 'no native CLI' }, () => withApp(async ({ browser, url }) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rectify-enc-'));
    const pkg = path.join(dir, 'p.rectify.zip'), enc = path.join(dir, 'p.rectify.enc.json');
    execFileSync(CLI, ['pack', path.join(DATA, 'formats/evidence-files.rectify.json'), '--files', path.join(DATA, 'evidence'), '-o', pkg]);
    execFileSync(CLI, ['encrypt', '--password', 'pk 1', pkg, '-o', enc]);
    const hashes = JSON.parse(fs.readFileSync(path.join(DATA, 'formats/evidence-files.rectify.json'), 'utf8'))
      .content.plans.flatMap((p) => JSON.stringify(p).match(/[0-9a-f]{64}/g) || []);
    assert.ok(hashes.length > 0);
    const { page } = await openApp(browser, url);
    await wrongThenRight(page, { name: 'p.rectify.enc.json', text: fs.readFileSync(enc, 'utf8') }, 'pk 1');
    const stored = await page.evaluate(() => rectifyEvidence.ready && Array.from(rectifyEvidence.known.keys()));
    for (const h of hashes) assert.ok(stored.includes(h), `file ${h} in the store`);
    fs.rmSync(dir, { recursive: true, force: true });
  }));
