// Fixtures too large to commit as files: each is built here from the base catalog
// (tests/catalogs/base.json) and has the fields of a fixture file (README.md) plus `dir`
// (invalid or valid), `category` and `name`; `build(base)` returns `{ catalog }` (a value,
// sent as its JSON text) or `{ text, value }` (JSON text and the value it stands for).

/** The base catalog with `edit` applied to a copy. */
const edited = (edit) => (base) => {
  const catalog = structuredClone(base);
  edit(catalog);
  return { catalog };
};

/** `n` copies of `item`, each a separate value. */
const times = (n, item) => Array.from({ length: n }, () => structuredClone(item));

/** An array nested `levels` deep around an empty object: [[[...{}...]]]. */
function nested(levels) {
  let v = {};
  for (let i = 0; i < levels; i++) v = [v];
  return v;
}

const MIB = 1024 * 1024;
/** Text over the 4,096-character cap in characters, not only in bytes: 4,097 CJK characters. */
const CJK_4097 = '千'.repeat(4097);
const CJK_4096 = '千'.repeat(4096);
/** One fixture per field: [name, what, set, path]. */
const cjkTexts = [
  ['model-name', 'A model name', (c, t) => { c.models[3].name = t; }, 'catalog.models[3].name'],
  ['correction-claim', 'A Chinese correction claim', (c, t) => { c.corrections[2].claimZh = t; }, 'catalog.corrections[2].claimZh'],
  ['language', 'A language tag', (c, t) => { c.models[3].languages[0] = t; }, 'catalog.models[3].languages[0]'],
  ['language-limit-language', 'A language-limit tag', (c, t) => { c.models[2].languageLimits[0].languages[0] = t; }, 'catalog.models[2].languageLimits[0].languages[0]'],
];

/** Lists one item over the 256-item cap, each in a row that stays otherwise readable. */
const overfullLists = [
  ['model-sources', 'a model with 257 sources', (c) => { c.models[3].sources = times(257, c.models[3].sources[0]); }, 'catalog.models[3].sources'],
  ['model-languages', 'a model with 257 languages', (c) => { c.models[3].languages = times(257, 'en'); }, 'catalog.models[3].languages'],
  ['model-modalities', 'a model with 257 modalities', (c) => { c.models[3].modalities = times(257, 'text'); }, 'catalog.models[3].modalities'],
  ['model-specialties', 'a model with 257 specialties', (c) => { c.models[3].specialties = times(257, 'code'); }, 'catalog.models[3].specialties'],
  ['model-hosted-on', 'a model on 257 clouds', (c) => { c.models[0].hostedOn = times(257, 'aws-bedrock'); }, 'catalog.models[0].hostedOn'],
  ['model-benchmarks', 'a model with 257 benchmark results', (c) => { c.models[3].benchmarks = times(257, c.models[3].benchmarks[0]); }, 'catalog.models[3].benchmarks'],
  ['model-corrections', 'a model naming 257 corrections', (c) => { c.models[4].corrections = times(257, 'qwen-apache-scope'); }, 'catalog.models[4].corrections'],
  ['model-language-limits', 'a model with 257 language limits', (c) => { c.models[2].languageLimits = times(257, c.models[2].languageLimits[0]); }, 'catalog.models[2].languageLimits'],
  ['language-limit-languages', 'a language limit naming 257 languages', (c) => { c.models[2].languageLimits[0].languages = times(257, 'en'); }, 'catalog.models[2].languageLimits[0].languages'],
  ['generation-sources', 'a generation with 257 sources', (c) => { c.generations[3].sources = times(257, c.generations[3].sources[0]); }, 'catalog.generations[3].sources'],
  ['license-sources', 'a license with 257 sources', (c) => { c.licenses[0].sources = times(257, c.licenses[0].sources[0]); }, 'catalog.licenses[0].sources'],
  ['correction-sources', 'a correction with 257 sources', (c) => { c.corrections[2].sources = times(257, c.corrections[2].sources[0]); }, 'catalog.corrections[2].sources'],
  ['field-of-use-businesses', 'a field-of-use clause naming 257 businesses', (c) => { c.licenses[4].fieldOfUse.businesses = times(257, 'model-as-a-service'); }, 'catalog.licenses[4].fieldOfUse.businesses'],
];

/** Tables one entry over the 20,000-entry cap. The rows are empty objects: the module refuses
 * the table before reading any row, and real rows would only make the text (and the test) slower. */
const overfullTables = [
  ['models'],
  ['licenses', 6, 'all five models name a license the catalog now lacks'],
  ['generations', 6, 'all five models name a generation the catalog now lacks'],
  ['corrections', 8, 'the seven corrections the models name are gone'],
];

export const generated = [
  {
    dir: 'invalid', category: 'size', name: 'text-over-64-mib',
    description: 'The base catalog padded with spaces to 64 MiB + 1 characters of JSON text.',
    build: (base) => {
      const json = JSON.stringify(base);
      return { text: json + ' '.repeat(64 * MIB + 1 - json.length), value: base };
    },
    expect: { code: 'too-large', path: 'catalog' },
    schema: 'accept',
    semantic: 'the size of the document text; the value it holds is the valid base catalog',
    recommend: 'ok',
    note: 'recommend() takes a value, and the value is the small base catalog',
  },
  {
    dir: 'invalid', category: 'size', name: 'model-name-4097-chars',
    description: 'A model name of 4,097 ASCII characters, one over the cap.',
    build: edited((c) => { c.models[3].name = 'N'.repeat(4097); }),
    expect: { code: 'too-large', path: 'catalog.models[3].name' },
    schema: 'reject',
  },
  {
    dir: 'invalid', category: 'size', name: 'license-text-4097-chars',
    description: "A license's mauMeasured of 4,097 characters.",
    build: edited((c) => { c.licenses[1].mauMeasured = 'm'.repeat(4097); }),
    expect: { code: 'too-large', path: 'catalog.licenses[1].mauMeasured' },
    schema: 'reject',
  },
  {
    dir: 'invalid', category: 'size', name: 'correction-text-4097-chars',
    description: "A correction's factEn of 4,097 characters.",
    build: edited((c) => { c.corrections[2].factEn = 'f'.repeat(4097); }),
    expect: { code: 'too-large', path: 'catalog.corrections[2].factEn' },
    schema: 'reject',
  },
  {
    dir: 'invalid', category: 'size', name: 'key-4097-chars',
    description: 'A model key of 4,097 characters (reported at the object that holds it).',
    build: edited((c) => { c.models[3]['k'.repeat(4097)] = 1; }),
    expect: { code: 'too-large', path: 'catalog.models[3]' },
    schema: 'reject',
  },
  {
    dir: 'invalid', category: 'size', name: 'nesting-40-levels',
    description: 'A kv value nested 40 arrays deep: refused where the depth passes 32 levels.',
    build: edited((c) => { c.models[3].kv = nested(40); }),
    expect: { code: 'too-large', path: `catalog.models[3].kv${'[0]'.repeat(29)}` },
    schema: 'reject',
    recommend: { code: 'too-large', path: `options.catalog.models[3].kv${'[0]'.repeat(28)}` },
    note: 'depth counts from the argument: inside options the catalog starts one level down, so recommend() refuses one level sooner',
  },
  {
    dir: 'valid', name: 'emoji-name-4096-utf16-units',
    description: 'A model name of 2,048 emoji: 2,048 characters (the limit counts characters), 4,096 UTF-16 units, 8,192 UTF-8 bytes.',
    build: edited((c) => { c.models[3].name = '\u{1F680}'.repeat(2048); }),
    schema: 'accept',
  },
  {
    dir: 'valid', name: 'emoji-name-6000-utf16-units',
    description: 'A model name of 3,000 emoji: 3,000 characters (under the cap the schema, the core and the package all count in characters), 6,000 UTF-16 units.',
    build: edited((c) => { c.models[3].name = '\u{1F680}'.repeat(3000); }),
    schema: 'accept',
  },
  ...cjkTexts.map(([name, what, set, path]) => ({
    dir: 'invalid', category: 'size', name: `${name}-4097-cjk-chars`,
    description: `${what} of 4,097 CJK characters (12,291 UTF-8 bytes), one character over the cap.`,
    build: edited((c) => set(c, CJK_4097)),
    expect: { code: 'too-large', path },
    schema: 'reject',
  })),
  {
    dir: 'valid', name: 'cjk-text-at-limit',
    description: 'A model name, a Chinese claim, a language tag and a language-limit tag of 4,096 CJK characters each (12,288 UTF-8 bytes): at the cap, which counts characters.',
    build: edited((c) => { for (const [, , set] of cjkTexts) set(c, CJK_4096); }),
    schema: 'accept',
  },
  ...overfullLists.map(([name, what, edit, path]) => ({
    dir: 'invalid', category: 'size', name: `list-257-${name}`,
    description: `${what[0].toUpperCase()}${what.slice(1)}: one over the 256-item cap.`,
    build: edited(edit),
    expect: { code: 'too-large', path },
    schema: 'reject',
  })),
  ...overfullTables.map(([table, problems, why]) => ({
    dir: 'invalid', category: 'size', name: `table-20001-${table}`,
    description: `A ${table} table of 20,001 entries, one over the cap${why ? `; ${why}` : ''}.`,
    build: edited((c) => { c[table] = times(20001, {}); }),
    expect: { code: 'too-large', path: `catalog.${table}` },
    problems,
    schema: 'reject',
  })),
  {
    dir: 'valid', name: 'lists-at-limit',
    description: 'Every list at its cap of 256 items (and the field-of-use businesses too).',
    build: edited((c) => {
      c.models[3].sources = times(256, c.models[3].sources[0]);
      c.models[3].languages = times(256, 'en');
      c.models[3].modalities = times(256, 'text');
      c.models[3].specialties = times(256, 'code');
      c.models[3].benchmarks = times(256, c.models[3].benchmarks[0]);
      c.models[0].hostedOn = times(256, 'aws-bedrock');
      c.models[4].corrections = times(256, 'qwen-apache-scope');
      c.models[2].languageLimits = times(256, c.models[2].languageLimits[0]);
      c.models[2].languageLimits[0].languages = times(256, 'en');
      c.generations[3].sources = times(256, c.generations[3].sources[0]);
      c.licenses[0].sources = times(256, c.licenses[0].sources[0]);
      c.corrections[2].sources = times(256, c.corrections[2].sources[0]);
      c.licenses[4].fieldOfUse.businesses = times(256, 'model-as-a-service');
    }),
    schema: 'accept',
  },
];
