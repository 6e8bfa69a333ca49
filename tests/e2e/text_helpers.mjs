// Helpers shared by the text input tests (textinput.test.mjs, textarea.test.mjs).
import { openApp, state } from './harness.mjs';

export const SAMPLE = '青山市教育局2025年度绩效考评公众评议意见建议整改落实工作方案';
export const PARAGRAPH = '针对公众评议中反映的问题,我局高度重视。针对公众评议中反映的问题,局党组高度重视,成立整改工作领导小组,逐条研究制定整改措施,明确责任领导、责任科室和完成时限,确保件件有落实、事事有回音。整改完成后,及时向社会公开整改结果,接受群众监督。';

export const textInput = (page) => page.evaluate(() => window.rectify.textInput());
export const field = async (page) => (await state(page)).field;
export const waitField = (page, text) =>
  page.waitForFunction((t) => window.rectify.state().field.text === t, text, { timeout: 10000, polling: 50 })
    .catch(async () => { throw new Error(`field text is ${JSON.stringify((await field(page)).text)}, not ${JSON.stringify(text)}`); });
export const waitDebug = (page, i, text) =>
  page.waitForFunction(([k, t]) => window.rectify.state().debugValues[k] === t, [i, text], { timeout: 10000, polling: 50 })
    .catch(async () => { throw new Error(`debug value ${i} is ${JSON.stringify((await state(page)).debugValues[i])}`); });

export async function withClipboard(browser, url, opts = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, ...(opts.context || {}) });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: url.replace(/\/$/, '') });
  return openApp(browser, url, { context, query: opts.query, init: opts.init });
}

