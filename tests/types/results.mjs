// Writes real results of the built package as TypeScript object literals typed with the
// package's own types (target/types-results/results.ts). `tsc --strict` then fails on any key
// the types do not declare (excess property checks), any declared key that is missing and any
// value of the wrong type: the check that the generated types describe what the module returns.
import { mkdirSync, writeFileSync } from 'node:fs';
import * as api from '../../pkg/index.js';

await api.ready();
const personas = [
  [{}, {}],
  [{ language: 'zh', tasks: ['chat', 'code', 'vision'], memoryGb: 80, use: 'commercial', monthlyActiveUsers: 150000000 }, { lang: 'zh', top: 100 }],
  [{ language: 'multi', deployment: 'cloud', ecosystem: 'alibaba-cloud', contextTokens: 1000000 }, { top: 3 }],
  [{ memoryGb: 0.5 }, {}],
  [{ tasks: ['vision'], region: 'eu', distill: true, hardware: 'cpu', memoryGb: 16 }, { weights: { license: 50 } }],
];
const lines = ['import type { Recommendation, Catalog, Question, CatalogValidation } from "qwen-or-llama";', ''];
personas.forEach(([answers, options], i) => {
  lines.push(`export const recommendation${i}: Recommendation = ${JSON.stringify(api.recommend(answers, options))};`);
});
lines.push(`export const catalog: Catalog = ${JSON.stringify(api.catalog())};`);
lines.push(`export const questionsEn: Question[] = ${JSON.stringify(api.questions('en'))};`);
lines.push(`export const questionsZh: Question[] = ${JSON.stringify(api.questions('zh'))};`);
lines.push(`export const valid: CatalogValidation = ${JSON.stringify(api.validateCatalog(api.catalog()))};`);
lines.push(`export const invalid: CatalogValidation = ${JSON.stringify(api.validateCatalog([{ id: 'X' }, 3]))};`);
const dir = new URL('../../target/types-results/', import.meta.url);
mkdirSync(dir, { recursive: true });
writeFileSync(new URL('results.ts', dir), lines.join('\n') + '\n');
writeFileSync(new URL('tsconfig.json', dir), JSON.stringify({
  extends: '../../tests/types/tsconfig.json',
  compilerOptions: { noUnusedLocals: false, paths: { 'qwen-or-llama': ['../../pkg/index.d.ts'] } },
  files: ['results.ts'],
}, null, 2));
console.log(`types: wrote ${personas.length} recommendations, the catalog, both questionnaires and 2 validations`);
