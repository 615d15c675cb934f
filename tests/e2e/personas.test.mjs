// Ten readers answer the questionnaire with clicks and the keyboard; the widget must show the
// verdict and picks written down here. The expectations were computed with the core
// (2026-12-02 catalog), checked by hand for sense, and hard-coded: if the element shows
// something else (or the core's answer changes), this fails.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { answer, events, launch, openPage, ready, shown } from './helpers.mjs';

const Q = {
  language: 'Main language of your users and content', tasks: 'What should the model do?',
  deployment: 'Where will it run?', hardware: 'Hardware', memory: 'Memory available for the model',
  context: 'Longest input you need', use: 'What is it for?', mau: "Monthly active users (yours and your affiliates')",
  region: 'Where is your organisation based?', distill: 'Will outputs be used to train or improve another model?',
  ecosystem: 'Preferred ecosystem', priority: 'What matters most?',
};

// A pick is one name where a rule or a lead of 2 points or more decides it, else the top two.
const PERSONAS = [
  {
    name: 'Chinese start-up: chat and code on one 24 GB GPU',
    // Chinese is official for every Qwen and no Llama: a wide Qwen win. Qwen3.6-35B-A3B (scored
    // on chat as Qwen3-30B-A3B, the first of its line with a published MMLU; 3B active) leads
    // Qwen3-8B by 1.3 points.
    labels: { [Q.language]: 'Chinese', [Q.tasks]: ['Chat and assistants', 'Code'] },
    answers: { language: 'zh', tasks: ['chat', 'code'] },
    verdict: 'Qwen', bestQwen: ['Qwen3.6-35B-A3B', 'Qwen3-8B'], bestLlama: ['Llama-3.1-8B-Instruct'], top: ['Qwen3.6-35B-A3B', 'Qwen3-8B'],
  },
  {
    name: 'Hobbyist on an 8 GB Mac, speed first',
    // Small models only; Qwen3.5-2B and 4B (262K context, hybrid attention) lead Llama 3.2 by 7.
    labels: { [Q.hardware]: 'Apple silicon (unified memory)', [Q.memory]: '8 GB (laptop GPU)', [Q.use]: 'Personal project', [Q.priority]: 'Speed and cost' },
    answers: { hardware: 'apple', memoryGb: 8, use: 'personal', priority: 'speed' },
    verdict: 'Qwen', bestQwen: ['Qwen3.5-2B', 'Qwen3.5-4B'], bestLlama: ['Llama-3.2-3B-Instruct', 'Llama-3.2-1B-Instruct'], top: ['Qwen3.5-2B', 'Qwen3.5-4B'],
  },
  {
    name: 'EU company, multilingual vision in the cloud',
    // Meta's AUP grants no rights to multimodal Llama models to EU-domiciled companies; Qwen3.5
    // is natively multimodal with 201 languages.
    labels: { [Q.language]: 'Many languages', [Q.tasks]: ['Chat and assistants', 'Images (vision)'], [Q.deployment]: 'A managed cloud API', [Q.region]: 'European Union' },
    answers: { language: 'multi', tasks: ['chat', 'vision'], deployment: 'cloud', region: 'eu' },
    verdict: 'Qwen', bestQwen: ['Qwen3.5-397B-A17B', 'Qwen3.5-122B-A10B'], bestLlama: [], top: ['Qwen3.5-397B-A17B', 'Qwen3.5-122B-A10B'],
  },
  {
    name: 'Platform with over 700M monthly users',
    // Above 700M MAU a Llama license must be requested from Meta; Apache-2.0 Qwen3 has no limit.
    // Qwen3-235B-A22B-Instruct-2507 (on Bedrock) and Qwen3-30B-A3B are within half a point.
    labels: { [Q.deployment]: 'A managed cloud API', [Q.mau]: 'Over 700M' },
    answers: { deployment: 'cloud', monthlyActiveUsers: 1000000000 },
    verdict: 'Qwen', bestQwen: ['Qwen3-235B-A22B-Instruct-2507', 'Qwen3-30B-A3B'], bestLlama: [], top: ['Qwen3-235B-A22B-Instruct-2507', 'Qwen3-30B-A3B'],
  },
  {
    name: 'English documents of 1M tokens in the cloud',
    // Llama 4 and the long-context Qwen models read 1M tokens; Llama 4 Maverick is a managed API
    // on the global clouds and leads by 6 points.
    labels: { [Q.tasks]: ['Chat and assistants', 'Long documents'], [Q.deployment]: 'A managed cloud API', [Q.context]: '1M tokens', [Q.ecosystem]: 'Global open community' },
    answers: { tasks: ['chat', 'documents'], deployment: 'cloud', contextTokens: 1000000, ecosystem: 'open-community' },
    verdict: 'Llama', bestQwen: ['Qwen3-235B-A22B-Instruct-2507'], bestLlama: ['Llama 4 Maverick (17Bx128E)'], top: ['Llama 4 Maverick (17Bx128E)'],
  },
  {
    name: 'English writing assistant on AWS/Azure',
    labels: { [Q.tasks]: ['Chat and assistants', 'Writing'], [Q.deployment]: 'A managed cloud API', [Q.ecosystem]: 'Global open community' },
    answers: { tasks: ['chat', 'writing'], deployment: 'cloud', ecosystem: 'open-community' },
    verdict: 'Llama', bestQwen: ['Qwen3-235B-A22B-Instruct-2507', 'Qwen3-32B'], bestLlama: ['Llama 4 Maverick (17Bx128E)'], top: ['Llama 4 Maverick (17Bx128E)'],
  },
  {
    name: 'English chat on a 24 GB GPU, open-community tooling',
    // Llama-3.1-8B (Bedrock, Vertex AI) leads the best Qwen by 2.4 points.
    labels: { [Q.ecosystem]: 'Global open community' },
    answers: { ecosystem: 'open-community' },
    verdict: 'Llama', bestQwen: ['Qwen3-32B'], bestLlama: ['Llama-3.1-8B-Instruct'], top: ['Llama-3.1-8B-Instruct'],
  },
  {
    name: '1M-token inputs on a 4 GB card',
    // No model reads 1M tokens in 4 GB.
    labels: { [Q.memory]: '4 GB', [Q.context]: '1M tokens' },
    answers: { memoryGb: 4, contextTokens: 1000000 },
    verdict: 'Neither', bestQwen: [], bestLlama: [], top: [],
  },
  {
    name: 'Researcher on a 4 GB CPU box, maths',
    labels: { [Q.tasks]: ['Math and reasoning'], [Q.hardware]: 'CPU only', [Q.memory]: '4 GB', [Q.use]: 'Research or evaluation' },
    answers: { tasks: ['reasoning'], hardware: 'cpu', memoryGb: 4, use: 'research' },
    verdict: 'Qwen', bestQwen: ['Qwen3-0.6B', 'Qwen3-1.7B'], bestLlama: ['Llama-3.2-3B-Instruct', 'Llama-3.2-1B-Instruct'], top: ['Qwen3-0.6B', 'Qwen3-1.7B'],
  },
  {
    name: 'Distilling a code model on one 80 GB GPU',
    // Llama 2/3 licenses forbid improving other LLMs with outputs; Qwen3-Coder-Next is Apache 2.0.
    labels: { [Q.tasks]: ['Code'], [Q.memory]: '80 GB (one A100/H100)', [Q.distill]: true },
    answers: { tasks: ['code'], memoryGb: 80, distill: true },
    verdict: 'Qwen', bestQwen: ['Qwen3-Coder-Next', 'Qwen3-30B-A3B'], bestLlama: ['Llama-3.1-8B-Instruct', 'Llama-3.3-70B-Instruct'], top: ['Qwen3-Coder-Next', 'Qwen3-30B-A3B'],
  },
];

/** `actual` is one of the accepted names (or null when none is expected). */
function pick(actual, accepted, what) {
  if (accepted.length === 0) assert.equal(actual, null, what);
  else assert.ok(accepted.includes(actual), `${what}: ${actual} is not one of ${accepted.join(', ')}`);
}

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

for (const p of PERSONAS) {
  test(`persona: ${p.name}`, async () => {
    const page = await openPage(browser, '/tests/e2e/fixtures/single.html');
    const w = await ready(page, '#w');
    await answer(page, w, p.labels);
    const s = await shown(w);
    assert.equal(s.verdict, p.verdict, `verdict (summary: ${s.summary})`);
    pick(s.bestQwen, p.bestQwen, 'best Qwen');
    pick(s.bestLlama, p.bestLlama, 'best Llama');
    pick(s.ranked[0] ?? null, p.top, 'top of the ranking');
    if (!p.bestQwen.length) assert.match(await w.locator('[part=best] .pick.qwen').textContent(), /No Qwen model fits/);
    assert.equal(s.status, s.summary, 'the status region announces the summary');
    // The last change event carries exactly what the reader answered (plus defaults).
    const change = (await events(page, 'qwen-or-llama-change')).at(-1).detail;
    for (const [k, v] of Object.entries(p.answers)) assert.deepEqual(change[k], v, `change.detail.${k}`);
    const result = (await events(page, 'qwen-or-llama-result')).at(-1).detail;
    assert.equal(result.verdict, { Qwen: 'qwen', Llama: 'llama', Either: 'tie', Neither: 'none' }[p.verdict]);
    assert.equal(result.summary, s.summary);
    await page.done();
  });
}
