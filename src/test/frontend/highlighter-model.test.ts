// Unit tests of the highlighter's pure logic. Run with Node 22.18+ (which runs TypeScript as is):
//   node --test src/test/frontend/*.test.ts
// ./mvnw verify runs them through FrontendUnitTest.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  applyDelta,
  codePointLength,
  decodeClaims,
  excerpt,
  layout,
  markClasses,
  markCss,
  paragraphHtml,
  relayout,
  snapToGraphemes,
  trimSpan,
  type ClaimTuple,
  type MarkClaim,
  type Paragraph,
} from '../../../frontend/src/highlighter-model.ts';

const claim = (id: number, start: number, end: number, type = 0, speaker = 0): MarkClaim =>
  ({ id, start, end, type, speaker, confidence: 50, status: 0 });

/** The text of a paragraph put back together from its pieces. */
const joined = (p: Paragraph) => p.segments.map((s) => s.text).join('');

/** The text a claim's pieces cover, paragraph breaks shown as \n. */
const covered = (paragraphs: Paragraph[], id: number) =>
  paragraphs.map((p) => p.segments.filter((s) => s.claims.includes(id)).map((s) => s.text).join(''))
    .filter((t) => t !== '').join('\n');

const cp = (text: string, part: string) => codePointLength(text.slice(0, text.indexOf(part)));

test('a text without claims is one piece per paragraph, and empty lines make no paragraph', () => {
  const chars = Array.from('First line.\n\nSecond line.');
  const paragraphs = layout(chars, []);
  assert.deepEqual(paragraphs.map((p) => [p.start, p.end]), [[0, 11], [13, 25]]);
  assert.deepEqual(paragraphs.map(joined), ['First line.', 'Second line.']);
  assert.ok(paragraphs.every((p) => p.segments.length === 1 && p.segments[0].claims.length === 0));
});

test('paragraphs end at line feeds only: stored texts have no carriage returns, so offsets never count one', () => {
  // The server stores article bodies with LF line endings (CRLF and CR become LF on import): a claim after a line
  // break starts one code point after the previous paragraph's end, never two.
  const stored = 'First line.\nSecond 👩‍👩‍👧 line.\nThird.';
  const chars = Array.from(stored);
  const paragraphs = layout(chars, [claim(1, cp(stored, 'Third'), cp(stored, 'Third') + 5)]);
  assert.deepEqual(paragraphs.map(joined), ['First line.', 'Second 👩‍👩‍👧 line.', 'Third.']);
  assert.equal(paragraphs[2].start, paragraphs[1].end + 1);
  assert.equal(covered(paragraphs, 1), 'Third');
});

test('overlapping claims cut the text at every boundary and each piece knows who covers it', () => {
  const text = 'Researchers said the model beats every rival.';
  const wide = claim(1, cp(text, 'Researchers'), cp(text, ' beats'));
  const inner = claim(2, cp(text, 'the model'), cp(text, '.'));
  const [p] = layout(Array.from(text), [inner, wide]);
  assert.deepEqual(p.segments.map((s) => [s.text, s.claims]), [
    ['Researchers said ', [1]],
    ['the model', [1, 2]],
    [' beats every rival', [2]],
    ['.', []],
  ]);
  assert.equal(covered([p], 1), 'Researchers said the model');
  assert.equal(covered([p], 2), 'the model beats every rival');
});

test('two claims on the same span are both drawn, each with its own keyboard stop', () => {
  const text = 'Same words twice.';
  const [p] = layout(Array.from(text), [claim(7, 0, 10), claim(3, 0, 10)]);
  assert.deepEqual(p.segments[0].claims, [3, 7]);
  assert.deepEqual(p.starting.get(0), [3, 7]);
});

test('a claim across two paragraphs is marked in both but has one keyboard stop', () => {
  const text = 'One paragraph ends here.\nThe next one starts here.';
  const chars = Array.from(text);
  const c = claim(5, cp(text, 'ends'), cp(text, ' starts'));
  const paragraphs = layout(chars, [c]);
  assert.equal(covered(paragraphs, 5), 'ends here.\nThe next one');
  const stops = paragraphs.flatMap((p) => [...p.starting.values()].flat());
  assert.deepEqual(stops, [5]);
});

test('a claim covering the whole article marks every paragraph completely', () => {
  const text = 'Alpha.\nBeta.\nGamma.';
  const paragraphs = layout(Array.from(text), [claim(1, 0, codePointLength(text))]);
  assert.ok(paragraphs.every((p) => p.segments.length === 1 && p.segments[0].claims[0] === 1));
});

test('offsets count code points: emoji, ZWJ sequences, combining marks and right-to-left text', () => {
  const text = 'Intro 👩‍🔬🚀 עברית e\u0301 then the claim 🤖 here.\nLast 🇩🇪 line.';
  const chars = Array.from(text);
  const quote = 'the claim 🤖 here';
  const start = cp(text, quote);
  const c = claim(1, start, start + codePointLength(quote));
  const paragraphs = layout(chars, [c]);
  assert.equal(covered(paragraphs, 1), quote);
  assert.equal(paragraphs.map(joined).join('\n'), text);
  assert.equal(paragraphs[1].start, codePointLength(text.split('\n')[0]) + 1);
});

test('random claims: every paragraph is its own text, every claim covers exactly its quote', () => {
  let seed = 7;
  const random = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  const text = Array.from({ length: 12 }, (_, i) => `Paragraph ${i} 🤖 with é and 👩‍👩‍👧 words in it.`).join('\n');
  const chars = Array.from(text);
  const claims: MarkClaim[] = [];
  for (let id = 1; id <= 60; id++) {
    const start = random(chars.length - 10);
    claims.push(claim(id, start, start + 1 + random(Math.min(120, chars.length - start - 1))));
  }
  const paragraphs = layout(chars, claims);
  assert.deepEqual(paragraphs.map(joined), text.split('\n'));
  for (const c of claims) {
    const expected = chars.slice(c.start, c.end).join('').split('\n').filter((t) => t !== '').join('\n');
    assert.equal(covered(paragraphs, c.id), expected, `claim ${c.id}`);
  }
  assert.equal(paragraphs.flatMap((p) => [...p.starting.values()].flat()).length, claims.length);
});

test('a claim that starts on a line break gets its keyboard stop in the next paragraph', () => {
  const chars = Array.from('One.\n\nTwo.');
  const paragraphs = layout(chars, [claim(1, 4, 8)]);
  assert.deepEqual(paragraphs.map((p) => [...p.starting.values()].flat()), [[], [1]]);
});

test('the passage being written for cuts pieces and is flagged', () => {
  const text = 'Nothing marked here yet.';
  const [p] = layout(Array.from(text), [], { start: 8, end: 14 });
  assert.deepEqual(p.segments.filter((s) => s.pending).map((s) => s.text), ['marked']);
});

test('relayout touches only the paragraphs of the changed spans', () => {
  const text = 'First paragraph.\nSecond paragraph.\nThird paragraph.';
  const chars = Array.from(text);
  const claims = decodeClaims([[1, 0, 5, 0, 0, 50, 0]]);
  const before = layout(chars, claims.values());
  const spans = applyDelta(claims, {}, { upsert: [[2, cp(text, 'Second'), cp(text, ' paragraph.\nThird'), 1, 0, 60, 0]] });
  const after = relayout(chars, before, claims.values(), null, spans);
  assert.equal(after[0], before[0]);
  assert.notEqual(after[1], before[1]);
  assert.equal(after[2], before[2]);
  assert.equal(covered(after, 2), 'Second');
});

test('a delta reports the old and new spans of moved, added and removed claims', () => {
  const claims = decodeClaims([[1, 0, 5, 0, 0, 50, 0], [2, 10, 20, 0, 9, 50, 0]]);
  const speakers: Record<string, string> = { 9: 'Old name' };
  const spans = applyDelta(claims, speakers, { remove: [1, 99], upsert: [[3, 30, 40, 2, 0, 10, 0] as ClaimTuple] });
  assert.deepEqual(spans, [{ start: 0, end: 5 }, { start: 30, end: 40 }]);
  assert.deepEqual([...claims.keys()], [2, 3]);

  const renamed = applyDelta(claims, speakers, { speakers: { 9: 'New name' } });
  assert.deepEqual(renamed, [{ start: 10, end: 20 }]);
  assert.equal(speakers[9], 'New name');
  assert.deepEqual(applyDelta(claims, speakers, { speakers: { 9: 'New name' } }), []);

  const moved = applyDelta(claims, speakers, { upsert: [[2, 12, 22, 0, 9, 50, 0]] });
  assert.deepEqual(moved, [{ start: 10, end: 20 }, { start: 12, end: 22 }]);
});

test('a selection that starts or ends inside a grapheme cluster widens to the whole cluster', () => {
  const text = 'A family 👩‍👩‍👧‍👦 and café\u0301s, 🇩🇪 flags.';
  const chars = Array.from(text);
  const family = cp(text, '👩‍👩‍👧‍👦');
  const familyEnd = family + codePointLength('👩‍👩‍👧‍👦');
  // Starting on the first zero-width joiner snaps back to the first woman; ending on it, forward past the boy.
  assert.deepEqual(snapToGraphemes(chars, family + 1, family + 3), { start: family, end: familyEnd });
  assert.deepEqual(snapToGraphemes(chars, family, familyEnd), { start: family, end: familyEnd });
  const accent = cp(text, '\u0301');
  assert.deepEqual(snapToGraphemes(chars, accent, accent + 1), { start: accent - 1, end: accent + 1 });
  const flag = cp(text, '🇩🇪');
  assert.deepEqual(snapToGraphemes(chars, flag + 1, flag + 2), { start: flag, end: flag + 2 });
  assert.deepEqual(snapToGraphemes(chars, 0, chars.length), { start: 0, end: chars.length });
});

test('snapping never crosses a line break', () => {
  const chars = Array.from('e\u0301\n\u0301x');
  assert.deepEqual(snapToGraphemes(chars, 2, 4), { start: 2, end: 4 });
});

test('selections are trimmed of whitespace and refused when nothing else is left', () => {
  const chars = Array.from('  some words \n ');
  assert.deepEqual(trimSpan(chars, 0, chars.length), { start: 2, end: 12 });
  assert.deepEqual(trimSpan(chars, 12, 2), { start: 2, end: 12 });
  assert.equal(trimSpan(chars, 12, 15), null);
});

test('code points, excerpts and mark classes', () => {
  assert.equal(codePointLength('👩‍🔬a'), 4);
  const chars = Array.from('line one\nline two is longer');
  assert.equal(excerpt(chars, 0, chars.length, 12), 'line one lin…');
  assert.equal(excerpt(chars, 0, 8, 12), 'line one');
  assert.equal(markClasses([3, 0]), 'hl-d2 hl-c0-3 hl-c1-0');
  assert.equal(markClasses([1, 1, 1, 1, 1, 1, 2]), 'hl-d5 hl-c0-1 hl-c1-1 hl-c2-1 hl-c3-1');
  const css = markCss(['#111111', '#222222']);
  assert.match(css, /\.hl-c2-1\{--hl-c2:#222222\}/);
  assert.match(css, /\.hl-d1\{background-image:linear-gradient\(var\(--hl-c0\),var\(--hl-c0\)\);/);
  assert.match(css, /\.hl-d5\{[^}]*calc\(100% - 9px\)[^}]*40%/);
});

test('paragraph HTML escapes the article text and every label, and keeps the pieces and stops', () => {
  const text = 'Say <script>alert("x")</script> & \'more\' 🤖 here.';
  const chars = Array.from(text);
  const start = cp(text, '<script>');
  const c = claim(4, start, start + codePointLength('<script>alert("x")</script>'));
  const [p] = layout(chars, [c]);
  const look = () => ({ type: 2, label: '"><img src=x onerror=alert(1)> · Type' });
  const out = paragraphHtml(p, look, 4);
  assert.ok(!out.includes('<script'), out);
  assert.ok(!out.includes('<img'), out);
  assert.ok(out.includes('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;'), out);
  assert.ok(out.includes('aria-label="Claim: &quot;&gt;&lt;img src=x onerror=alert(1)&gt; · Type"'), out);
  assert.ok(out.includes('&amp; &#39;more&#39; 🤖 here.'), out);
  assert.match(out, /class="hl-seg hl-mark hl-d1 hl-c0-2 hl-selected" data-start="4" data-end="31" data-claims="4" data-depth="1"/);
  assert.ok(!out.includes('style='), 'no inline styles');
  assert.equal((out.match(/class="hl-anchor"/g) ?? []).length, 1);
  assert.equal((out.match(/class="hl-seg/g) ?? []).length, 3);
  assert.ok(!/>\s+</.test(out), 'no whitespace between elements');
});
