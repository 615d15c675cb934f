// Ten readers answer the questionnaire with clicks and the keyboard; the widget must show the
// verdict and picks written down here. The expectations were computed with the core
// (2026-12-02 catalog), checked by hand for sense, and hard-coded: if the element shows
// something else (or the core's answer changes), this fails.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { answer, events, launch, openPage, ready, shown } from './helpers.mjs';

// The device list's last entry: the stated hardware and memory apply.
const CUSTOM = 'Other: enter hardware and memory';
const Q = {
  language: 'Main language of your users and content', tasks: 'What should the model do?',
  deployment: 'Where will it run?', device: 'What will it run on?', hardware: 'Hardware', memory: 'Memory available for the model',
  context: 'Longest input you need', use: 'What is it for?', mau: "Monthly active users (yours and your affiliates')",
  region: 'Where is your organisation based?', distill: 'Will outputs be used to train or improve another model?',
  ecosystem: 'Preferred ecosystem', priority: 'What matters most?',
};

// A pick is one name where a rule or a lead of 2 points or more decides it, else the top two.
const PERSONAS = [
  {
    name: 'Chinese start-up: chat and code on one 24 GB GPU',
    // Chinese is official for every Qwen and no Llama: a wide Qwen win (30 points). On the
    // default RTX 4090, Qwen3-14B, Qwen3-30B-A3B and Qwen3.6-35B-A3B are within 0.1 points;
    // Llama-3.1-8B leads the other Llamas by 3.3.
    labels: { [Q.language]: 'Chinese', [Q.tasks]: ['Chat and assistants', 'Code'] },
    answers: { language: 'zh', tasks: ['chat', 'code'] },
    verdict: 'Qwen', bestQwen: ['Qwen3-14B', 'Qwen3-30B-A3B', 'Qwen3.6-35B-A3B'], bestLlama: ['Llama-3.1-8B-Instruct'], top: ['Qwen3-14B', 'Qwen3-30B-A3B', 'Qwen3.6-35B-A3B'],
  },
  {
    name: 'Hobbyist on an 8 GB Mac, speed first',
    // Small models only; the Qwen3.5 small models (262K context) lead Llama 3.2 by 8.5. Qwen3.5-4B
    // leads 0.8B by 1.2; Llama-3.2-1B and Llama-3.1-8B are within 0.6.
    labels: { [Q.device]: CUSTOM, [Q.hardware]: 'Apple silicon (unified memory)', [Q.memory]: '8 GB (laptop GPU)', [Q.use]: 'Personal project', [Q.priority]: 'Speed and cost' },
    answers: { device: 'custom', hardware: 'apple', memoryGb: 8, use: 'personal', priority: 'speed' },
    verdict: 'Qwen', bestQwen: ['Qwen3.5-4B', 'Qwen3.5-0.8B'], bestLlama: ['Llama-3.2-1B-Instruct', 'Llama-3.1-8B-Instruct'], top: ['Qwen3.5-4B', 'Qwen3.5-0.8B'],
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
    // On the default RTX 4090, Llama-3.1-8B (Bedrock, Vertex AI) and Qwen3-32B are within 0.3
    // points: a tie. Qwen3-32B leads the next Qwen by 5.7; Llama-3.1-8B leads Llama-3.2-3B by 1.4.
    labels: { [Q.ecosystem]: 'Global open community' },
    answers: { ecosystem: 'open-community' },
    verdict: 'Either', bestQwen: ['Qwen3-32B'], bestLlama: ['Llama-3.1-8B-Instruct', 'Llama-3.2-3B-Instruct'], top: ['Llama-3.1-8B-Instruct', 'Qwen3-32B'],
  },
  {
    name: '1M-token inputs on a 4 GB card',
    // No model reads 1M tokens in 4 GB.
    labels: { [Q.device]: CUSTOM, [Q.memory]: '4 GB', [Q.context]: '1M tokens' },
    answers: { device: 'custom', memoryGb: 4, contextTokens: 1000000 },
    verdict: 'Neither', bestQwen: [], bestLlama: [], top: [],
  },
  {
    name: 'Researcher on a 4 GB CPU box, maths',
    // Qwen3-1.7B and 0.6B within 0.8 points; Llama-3.2-3B leads 1B by 3.3.
    labels: { [Q.tasks]: ['Math and reasoning'], [Q.device]: CUSTOM, [Q.hardware]: 'CPU only', [Q.memory]: '4 GB', [Q.use]: 'Research or evaluation' },
    answers: { tasks: ['reasoning'], device: 'custom', hardware: 'cpu', memoryGb: 4, use: 'research' },
    verdict: 'Qwen', bestQwen: ['Qwen3-1.7B', 'Qwen3-0.6B'], bestLlama: ['Llama-3.2-3B-Instruct'], top: ['Qwen3-1.7B', 'Qwen3-0.6B'],
  },
  {
    name: 'Distilling a code model on one 80 GB GPU',
    // Llama 2/3 licenses forbid improving other LLMs with outputs; the Apache-2.0 Qwen models
    // lead by 13. Qwen3-30B-A3B, Qwen3-Coder-Next and Qwen2.5-7B are within 0.2 points.
    labels: { [Q.tasks]: ['Code'], [Q.device]: CUSTOM, [Q.memory]: '80 GB (one A100/H100)', [Q.distill]: true },
    answers: { tasks: ['code'], device: 'custom', memoryGb: 80, distill: true },
    verdict: 'Qwen', bestQwen: ['Qwen3-30B-A3B', 'Qwen3-Coder-Next', 'Qwen2.5-7B-Instruct'], bestLlama: ['Llama-3.1-8B-Instruct', 'Llama-3.3-70B-Instruct'], top: ['Qwen3-30B-A3B', 'Qwen3-Coder-Next', 'Qwen2.5-7B-Instruct'],
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
