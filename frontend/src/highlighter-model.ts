/*
 * The highlighter's pure logic: no DOM, no Lit, so that it runs under Node's test runner as well as in the
 * browser. Offsets are Unicode code points into the article text, end exclusive, as on the server.
 */

/** One claim as the server sends it: [id, start, end, type, speaker id (0: unknown), confidence, status]. */
export type ClaimTuple = [number, number, number, number, number, number, number];

/** What the server sends: lookup tables once, then a short tuple per claim. */
export interface ClaimData {
  /** [label, colour] per claim type, by type index. */
  types: [string, string][];
  /** Status labels, by status index. */
  statuses: string[];
  /** Speaker names by id. */
  speakers: Record<string, string>;
  claims: ClaimTuple[];
}

/** A change to the claims on screen: claims added or changed, claims removed, speaker names (re)named. */
export interface ClaimDelta {
  upsert?: ClaimTuple[];
  remove?: number[];
  speakers?: Record<string, string>;
}

export interface MarkClaim {
  id: number;
  start: number;
  end: number;
  type: number;
  speaker: number;
  confidence: number;
  status: number;
}

export interface Span {
  start: number;
  end: number;
}

export interface Segment extends Span {
  text: string;
  /** Ids of the claims covering this piece, in drawing order. */
  claims: number[];
  /** Inside the passage of the claim being written. */
  pending: boolean;
}

export interface Paragraph extends Span {
  segments: Segment[];
  /** Claims that start in this paragraph, by the start of the piece they start in: one keyboard stop each. */
  starting: Map<number, number[]>;
}

/** The claims of a tuple list, by id. */
export function decodeClaims(tuples: ClaimTuple[]): Map<number, MarkClaim> {
  const claims = new Map<number, MarkClaim>();
  for (const t of tuples) claims.set(t[0], decode(t));
  return claims;
}

export function decode(t: ClaimTuple): MarkClaim {
  return { id: t[0], start: t[1], end: t[2], type: t[3], speaker: t[4], confidence: t[5], status: t[6] };
}

/**
 * Applies a delta to the claims and speaker names on screen (in place) and returns the spans of text
 * whose marks must be drawn again: the old and new span of every claim that changed, appeared or went
 * away, and the span of every claim whose speaker was renamed (its keyboard label changes).
 */
export function applyDelta(claims: Map<number, MarkClaim>, speakers: Record<string, string>, delta: ClaimDelta): Span[] {
  const changed: Span[] = [];
  for (const id of delta.remove ?? []) {
    const old = claims.get(id);
    if (old) {
      changed.push({ start: old.start, end: old.end });
      claims.delete(id);
    }
  }
  for (const tuple of delta.upsert ?? []) {
    const next = decode(tuple);
    const old = claims.get(next.id);
    if (old && (old.start !== next.start || old.end !== next.end)) changed.push({ start: old.start, end: old.end });
    changed.push({ start: next.start, end: next.end });
    claims.set(next.id, next);
  }
  const renamed = Object.keys(delta.speakers ?? {}).filter((id) => speakers[id] !== delta.speakers![id]);
  Object.assign(speakers, delta.speakers ?? {});
  if (renamed.length > 0) {
    for (const c of claims.values()) {
      if (renamed.includes(String(c.speaker))) changed.push({ start: c.start, end: c.end });
    }
  }
  return changed;
}

/** Claims in text order: by start, longer first, then by id. The order marks are stacked and listed in. */
export function inTextOrder(claims: Iterable<MarkClaim>): MarkClaim[] {
  return [...claims].sort((a, b) => a.start - b.start || b.end - a.end || a.id - b.id);
}

/** The paragraphs of the text: its non-empty lines, as code point spans. */
export function paragraphSpans(chars: string[]): Span[] {
  const spans: Span[] = [];
  let lineStart = 0;
  for (let i = 0; i <= chars.length; i++) {
    if (i === chars.length || chars[i] === '\n') {
      if (i > lineStart) spans.push({ start: lineStart, end: i });
      lineStart = i + 1;
    }
  }
  return spans;
}

/** Cuts every paragraph at every claim boundary; each piece knows the claims covering it. */
export function layout(chars: string[], claims: Iterable<MarkClaim>, pending: Span | null = null): Paragraph[] {
  const sorted = inTextOrder(claims);
  return paragraphSpans(chars).map((p, i, all) => layoutParagraph(chars, p, sorted, pending, i === 0 ? 0 : all[i - 1].end));
}

/**
 * Lays out again only the paragraphs that touch one of the `changed` spans; every other paragraph of
 * `previous` is returned as the same object, so that a renderer can skip it.
 */
export function relayout(chars: string[], previous: Paragraph[], claims: Iterable<MarkClaim>, pending: Span | null,
  changed: Span[]): Paragraph[] {
  if (changed.length === 0) return previous;
  const touched = previous.filter((p) => changed.some((c) => c.start < p.end && c.end > p.start));
  if (touched.length === 0) return previous;
  const sorted = inTextOrder(claims);
  return previous.map((p, i) => (touched.includes(p)
    ? layoutParagraph(chars, p, sorted, pending, i === 0 ? 0 : previous[i - 1].end) : p));
}

/**
 * One paragraph's pieces. `sorted` is in {@link inTextOrder}; `gapStart` is where the line breaks before
 * this paragraph begin (the end of the previous paragraph), so that a claim starting there gets its
 * keyboard stop here.
 */
export function layoutParagraph(chars: string[], p: Span, sorted: MarkClaim[], pending: Span | null,
  gapStart = p.start): Paragraph {
  const inside = sorted.filter((c) => c.start < p.end && c.end > p.start);
  const cuts = new Set<number>([p.start, p.end]);
  for (const c of inside) {
    if (c.start > p.start) cuts.add(c.start);
    if (c.end < p.end) cuts.add(c.end);
  }
  if (pending) {
    if (pending.start > p.start && pending.start < p.end) cuts.add(pending.start);
    if (pending.end > p.start && pending.end < p.end) cuts.add(pending.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const s = points[i];
    const e = points[i + 1];
    segments.push({
      start: s,
      end: e,
      text: chars.slice(s, e).join(''),
      claims: inside.filter((c) => c.start < e && c.end > s).map((c) => c.id),
      pending: !!pending && pending.start < e && pending.end > s,
    });
  }
  // One keyboard stop per claim, before the piece where it starts, even when it spans several paragraphs.
  const starting = new Map<number, number[]>();
  for (const c of inside) {
    if (c.start < gapStart) continue;
    const first = segments.find((s) => s.end > c.start);
    if (first) starting.set(first.start, [...(starting.get(first.start) ?? []), c.id]);
  }
  return { start: p.start, end: p.end, segments, starting };
}

const WHITESPACE = /\s/u;

/** `[start, end)` without whitespace at either end, or null when nothing but whitespace is left. */
export function trimSpan(chars: string[], start: number, end: number): Span | null {
  let s = Math.max(0, Math.min(start, end));
  let e = Math.min(chars.length, Math.max(start, end));
  while (s < e && WHITESPACE.test(chars[s])) s++;
  while (e > s && WHITESPACE.test(chars[e - 1])) e--;
  return s === e ? null : { start: s, end: e };
}

/** How many code points a string has (an emoji is one, a ZWJ sequence several). */
export function codePointLength(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

const GRAPHEMES = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * Widens `[start, end)` to whole grapheme clusters (what a reader sees as one character: 👩‍👩‍👧‍👦, e + ◌́,
 * a flag), so that a selection never begins or ends inside one. Line breaks always end a cluster, so
 * only the lines holding the two ends are segmented.
 */
export function snapToGraphemes(chars: string[], start: number, end: number): Span {
  return { start: clusterBoundary(chars, start, false), end: clusterBoundary(chars, end, true) };
}

function clusterBoundary(chars: string[], at: number, forward: boolean): number {
  if (at <= 0 || at >= chars.length) return Math.max(0, Math.min(at, chars.length));
  let lineStart = at;
  while (lineStart > 0 && chars[lineStart - 1] !== '\n') lineStart--;
  let lineEnd = at;
  while (lineEnd < chars.length && chars[lineEnd] !== '\n') lineEnd++;
  let offset = lineStart;
  for (const { segment } of GRAPHEMES.segment(chars.slice(lineStart, lineEnd).join(''))) {
    const next = offset + codePointLength(segment);
    if (at === offset || at === next) return at;
    if (at > offset && at < next) return forward ? next : offset;
    offset = next;
  }
  return at;
}

/** The quote of a span, on one line and cut to `max` code points, for lists and hints. */
export function excerpt(chars: string[], start: number, end: number, max: number): string {
  const cut = Math.min(end, start + max);
  const text = chars.slice(start, cut).join('').replace(/\n/g, ' ');
  return cut < end ? `${text.trimEnd()}…` : text;
}

/** What a claim's marks show: the index of its type (for the colour) and what a screen reader announces. */
export interface MarkLook {
  type: number;
  label: string;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text made safe to put into HTML, as element content or as a quoted attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

/**
 * The inside of a paragraph as HTML: for each piece, the keyboard stops of the claims starting there,
 * then the piece with its marks. Built as one string because the browser parses that far faster than
 * it builds a template per piece; every text and attribute value is escaped. No whitespace between
 * elements: every text node belongs to a piece of the article.
 */
export function paragraphHtml(p: Paragraph, look: (id: number) => MarkLook, selectedId: number | null): string {
  let out = '';
  for (const s of p.segments) {
    for (const id of p.starting.get(s.start) ?? []) {
      out += `<span class="hl-anchor" tabindex="0" role="button" data-claim="${id}" aria-label="${
        escapeHtml(`Claim: ${look(id).label}`)}"></span>`;
    }
    const pending = s.pending ? ' hl-pending' : '';
    if (s.claims.length === 0) {
      out += `<span class="hl-seg${pending}" data-start="${s.start}" data-end="${s.end}">${escapeHtml(s.text)}</span>`;
    } else {
      const selected = selectedId != null && s.claims.includes(selectedId) ? ' hl-selected' : '';
      out += `<span class="hl-seg hl-mark ${markClasses(s.claims.map((id) => look(id).type))}${selected}${pending}" data-start="${
        s.start}" data-end="${s.end}" data-claims="${s.claims.join(' ')}" data-depth="${s.claims.length}">${escapeHtml(s.text)}</span>`;
    }
  }
  return out;
}

const MAX_LINES = 4;
const MAX_DEPTH_CLASS = 5;

/**
 * The classes that draw a piece's marks: its depth (how many claims cover it, for the tint and the
 * number of underlines) and the type of each of its first four claims, by position. {@link markCss}
 * turns them into colours; no style is written per piece.
 */
export function markClasses(types: number[]): string {
  const classes = [`hl-d${Math.min(types.length, MAX_DEPTH_CLASS)}`];
  types.slice(0, MAX_LINES).forEach((t, i) => classes.push(`hl-c${i}-${t}`));
  return classes.join(' ');
}

/**
 * The style sheet behind {@link markClasses}: stacked underlines, one per claim (in its type's colour,
 * up to four), over a tint of the first claim's colour that deepens with depth.
 */
export function markCss(colors: string[]): string {
  const rules: string[] = [];
  colors.forEach((color, type) => {
    for (let i = 0; i < MAX_LINES; i++) rules.push(`claim-highlighter .hl-c${i}-${type}{--hl-c${i}:${color}}`);
  });
  for (let depth = 1; depth <= MAX_DEPTH_CLASS; depth++) {
    const lines = Math.min(depth, MAX_LINES);
    const shown = Array.from({ length: lines }, (_, i) => i);
    rules.push(`claim-highlighter .hl-d${depth}{${[
      `background-image:${shown.map((i) => `linear-gradient(var(--hl-c${i}),var(--hl-c${i}))`).join(',')}`,
      `background-size:${shown.map(() => '100% 2px').join(',')}`,
      `background-position:${shown.map((i) => `0 calc(100% - ${i * 3}px)`).join(',')}`,
      'background-repeat:no-repeat',
      `background-color:color-mix(in srgb,var(--hl-c0) ${Math.min(10 + 8 * (depth - 1), 40)}%,transparent)`,
      `padding-bottom:${lines * 3 - 1}px`,
    ].join(';')}}`);
  }
  return rules.join('\n');
}
