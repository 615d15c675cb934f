// SECURITY.md repeats the two Content Security Policies of the package README (the ones
// tests/embed/static loads the widget under); this keeps the copies equal.
import test from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

const ROOT = new URL('../../', import.meta.url);
const read = (path) => readFileSync(new URL(path, ROOT), 'utf8');

/** The first fenced block after `marker` in `text`, trimmed. */
function blockAfter(text, marker, file) {
  const at = text.indexOf(marker);
  assert.ok(at >= 0, `${file}: ${marker} not found`);
  const m = /```[^\n]*\n([\s\S]*?)```/.exec(text.slice(at));
  assert.ok(m, `${file}: no code block after ${marker}`);
  return m[1].trim();
}

test('SECURITY.md states the CSPs the package README documents and the embed test uses', () => {
  const security = read('SECURITY.md');
  const readme = read('pkg-template/README.md');
  for (const [mine, theirs] of [['<!-- policy: same-origin -->', '<!-- embed: csp-same-origin -->'], ['<!-- policy: cdn -->', '<!-- embed: csp-cdn -->']]) {
    const policy = blockAfter(security, mine, 'SECURITY.md');
    assert.match(policy, /^Content-Security-Policy: .*'wasm-unsafe-eval'/);
    assert.equal(policy, blockAfter(readme, theirs, 'pkg-template/README.md'), `${mine}: SECURITY.md and the package README differ`);
  }
});
