import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { styleMap } from 'lit/directives/style-map.js';

/** A claim as the server sends it: offsets in Unicode code points into `text`, end exclusive. */
export interface HighlightedClaim {
  id: number;
  start: number;
  end: number;
  color: string;
  /** Read to screen readers and shown in the chooser, e.g. "Mark Zuckerberg · Prediction". */
  label: string;
}

/** What a selection reports: code point offsets into `text` and the exact text between them. */
export interface TextSelection {
  start: number;
  end: number;
  quote: string;
}

interface Segment {
  start: number;
  end: number;
  text: string;
  claims: HighlightedClaim[];
  /** Inside the passage of the claim being written. */
  pending: boolean;
}

interface Paragraph {
  start: number;
  end: number;
  segments: Segment[];
  /** Claims that start in this paragraph: each gets a keyboard stop before its first piece. */
  starting: Map<number, HighlightedClaim[]>;
}

const MAX_LINES = 4;
const WHITESPACE = /\s/u;

/**
 * Renders an article's text with a mark for every claim, overlaps included, and reports what the user
 * selects as code point offsets. It renders into the light DOM so the page's styles reach the text.
 * The server owns all data: it sets `text` and `claims` and listens to the events this element fires:
 * `text-selected`, `selection-cleared`, `create-requested` (detail: TextSelection) and
 * `claim-clicked` (detail: {id}).
 */
export class ClaimHighlighter extends LitElement {
  static override properties = {
    text: { type: String },
    claims: { type: Array },
    selectedId: { type: Number, attribute: 'selected-id' },
    canCreate: { type: Boolean, attribute: 'can-create' },
    pending: { type: Object },
    chooser: { state: true },
  };

  declare text: string;
  declare claims: HighlightedClaim[];
  declare selectedId: number | null;
  declare canCreate: boolean;
  /** The passage a new claim is being written for, drawn while the editor has the focus. */
  declare pending: { start: number; end: number } | null;
  declare chooser: { x: number; y: number; claims: HighlightedClaim[] } | null;

  private chars: string[] = [];
  private paragraphs: Paragraph[] = [];
  private selected: TextSelection | null = null;
  private updateStarted = 0;
  private readonly onKey = (e: KeyboardEvent) => this.handleKey(e);

  constructor() {
    super();
    this.text = '';
    this.claims = [];
    this.selectedId = null;
    this.canCreate = false;
    this.pending = null;
    this.chooser = null;
    this.addEventListener('mouseup', () => setTimeout(() => this.reportSelection()));
    this.addEventListener('keyup', (e) => {
      if (e.shiftKey) this.reportSelection();
    });
  }

  protected override createRenderRoot() {
    return this;
  }

  override connectedCallback() {
    super.connectedCallback();
    document.addEventListener('keydown', this.onKey);
  }

  override disconnectedCallback() {
    document.removeEventListener('keydown', this.onKey);
    super.disconnectedCallback();
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    this.updateStarted = performance.now();
    if (changed.has('text')) {
      this.chars = Array.from(this.text ?? '');
    }
    if (changed.has('text') || changed.has('claims') || changed.has('pending')) {
      this.paragraphs = layout(this.chars, this.claims ?? [], this.pending);
    }
  }

  protected override updated() {
    // Read by the benchmark: how many claims are on screen and how long this update took.
    this.dataset.rendered = String(this.claims?.length ?? 0);
    this.dataset.renderMs = (performance.now() - this.updateStarted).toFixed(1);
    performance.mark('claim-highlighter-rendered');
  }

  protected override render(): TemplateResult {
    // No whitespace between elements: every text node in .hl-text belongs to a piece of the article.
    return html`<div class="hl-text" @click=${this.handleClick} @keydown=${this.handleMarkKey}>${repeat(
      this.paragraphs,
      (p) => p.start,
      (p) => html`<p class="hl-p" data-start=${p.start} data-end=${p.end}>${p.segments.map((s) =>
        this.renderSegment(s, p.starting.get(s.start)))}</p>`,
    )}</div>${this.renderChooser()}`;
  }

  private renderSegment(s: Segment, starting: HighlightedClaim[] | undefined) {
    const anchors = (starting ?? []).map(
      (c) => html`<span class="hl-anchor" tabindex="0" role="button" data-claim=${c.id}
        aria-label=${`Claim: ${c.label}`}></span>`,
    );
    const pending = s.pending ? ' hl-pending' : '';
    if (s.claims.length === 0) {
      return html`${anchors}<span class="hl-seg${pending}" data-start=${s.start} data-end=${s.end}>${s.text}</span>`;
    }
    const selected = this.selectedId != null && s.claims.some((c) => c.id === this.selectedId);
    return html`${anchors}<span
      class="hl-seg hl-mark${selected ? ' hl-selected' : ''}${pending}"
      data-start=${s.start}
      data-end=${s.end}
      data-claims=${s.claims.map((c) => c.id).join(' ')}
      data-depth=${s.claims.length}
      style=${styleMap(markStyle(s.claims))}
      >${s.text}</span>`;
  }

  private renderChooser() {
    if (!this.chooser) return nothing;
    const { x, y, claims } = this.chooser;
    return html`<div class="hl-chooser" role="menu" aria-label="Claims here" style=${styleMap({ left: `${x}px`, top: `${y}px` })}>
      ${claims.map(
        (c) => html`<button type="button" role="menuitem" data-claim=${c.id} style=${styleMap({ borderLeftColor: c.color })}
          @click=${(e: Event) => { e.stopPropagation(); this.chooser = null; this.fireClaim(c.id); }}>${c.label}</button>`,
      )}
    </div>`;
  }

  /** Scrolls the claim's first piece into view and makes it flash briefly (after any pending render). */
  async flash(id: number) {
    await this.updateComplete;
    const pieces = Array.from(this.querySelectorAll<HTMLElement>('.hl-mark')).filter((el) =>
      (el.dataset.claims ?? '').split(' ').includes(String(id)),
    );
    if (pieces.length === 0) return;
    pieces[0].scrollIntoView({ block: 'center', behavior: 'smooth' });
    for (const piece of pieces) {
      piece.classList.remove('hl-flash');
      void piece.offsetWidth; // restart the animation
      piece.classList.add('hl-flash');
    }
    setTimeout(() => pieces.forEach((p) => p.classList.remove('hl-flash')), 1600);
  }

  /** Forgets the pending selection and clears the browser's. */
  clearSelection() {
    this.selected = null;
    window.getSelection()?.removeAllRanges();
  }

  private handleClick(e: MouseEvent) {
    const selection = window.getSelection();
    if (selection && !selection.isCollapsed && this.contains(selection.anchorNode)) return;
    const mark = (e.target as Element).closest<HTMLElement>('.hl-mark');
    if (!mark) {
      this.chooser = null;
      return;
    }
    const ids = (mark.dataset.claims ?? '').split(' ').map(Number);
    if (ids.length === 1) {
      this.chooser = null;
      this.fireClaim(ids[0]);
      return;
    }
    const box = this.getBoundingClientRect();
    this.chooser = {
      x: e.clientX - box.left,
      y: e.clientY - box.top + 12,
      claims: ids.map((id) => this.claims.find((c) => c.id === id)).filter((c): c is HighlightedClaim => !!c),
    };
  }

  private handleMarkKey(e: KeyboardEvent) {
    const anchor = (e.target as Element).closest<HTMLElement>('.hl-anchor');
    if (anchor && (e.key === 'Enter' || e.key === ' ')) {
      e.preventDefault();
      this.fireClaim(Number(anchor.dataset.claim));
    }
  }

  private handleKey(e: KeyboardEvent) {
    const target = e.target as HTMLElement | null;
    const typing = !!target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)
      || !!target.closest('vaadin-text-field, vaadin-text-area, vaadin-combo-box, vaadin-integer-field, vaadin-multi-select-combo-box, vaadin-dialog-overlay'));
    if (typing) return;
    if (e.key === 'Escape') {
      if (this.chooser || this.selected) {
        this.chooser = null;
        this.clearSelection();
        this.dispatchEvent(new CustomEvent('selection-cleared', { bubbles: true }));
      }
      return;
    }
    if (e.key === 'c' && !e.ctrlKey && !e.metaKey && !e.altKey && this.canCreate) {
      const current = this.currentSelection();
      if (current) {
        e.preventDefault();
        this.selected = current;
        this.dispatchEvent(new CustomEvent<TextSelection>('create-requested', { detail: current, bubbles: true }));
      }
    }
  }

  private reportSelection() {
    const current = this.currentSelection();
    if (current) {
      if (!this.selected || current.start !== this.selected.start || current.end !== this.selected.end) {
        this.selected = current;
        this.dispatchEvent(new CustomEvent<TextSelection>('text-selected', { detail: current, bubbles: true }));
      }
    } else if (this.selected) {
      this.selected = null;
      this.dispatchEvent(new CustomEvent('selection-cleared', { bubbles: true }));
    }
  }

  /** The browser's selection inside this element, in code points, with surrounding whitespace trimmed. */
  currentSelection(): TextSelection | null {
    const selection = window.getSelection();
    if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
    const range = selection.getRangeAt(0);
    const text = this.querySelector('.hl-text');
    if (!text || !range.intersectsNode(text)) return null;
    // A drag that starts or ends outside the text (in the heading, in the panel) is cut to the text.
    let start = text.contains(range.startContainer) ? this.offsetAt(range.startContainer, range.startOffset) : 0;
    let end = text.contains(range.endContainer) ? this.offsetAt(range.endContainer, range.endOffset) : this.chars.length;
    if (start > end) [start, end] = [end, start];
    while (start < end && WHITESPACE.test(this.chars[start])) start++;
    while (end > start && WHITESPACE.test(this.chars[end - 1])) end--;
    if (start === end) return null;
    return { start, end, quote: this.chars.slice(start, end).join('') };
  }

  /** The code point offset of a DOM boundary point (as in a Range) inside the rendered text. */
  private offsetAt(node: Node, offset: number): number {
    const piece = (node instanceof Element ? node : node.parentElement)?.closest<HTMLElement>('.hl-seg');
    if (piece) {
      // Inside one piece: its start plus the code points of its text before the boundary.
      const range = document.createRange();
      range.setStart(piece, 0);
      range.setEnd(node, offset);
      return Number(piece.dataset.start) + Array.from(range.toString()).length;
    }
    if (!(node instanceof Element)) {
      // A text node between pieces: the boundary sits before or after it among its parent's children.
      const parent = node.parentNode!;
      const index = Array.prototype.indexOf.call(parent.childNodes, node) + (offset > 0 ? 1 : 0);
      return this.offsetAt(parent, index);
    }
    const element = node;
    if (offset < element.childNodes.length) {
      return this.startOf(element.childNodes[offset]);
    }
    return this.endOf(element);
  }

  /** Where the first text at or after `node` starts. */
  private startOf(node: Node): number {
    for (let n: Node | null = node; n; n = nextInDocument(n, this)) {
      if (n instanceof HTMLElement && n.dataset.start !== undefined) return Number(n.dataset.start);
    }
    return this.chars.length;
  }

  /** Where the text of `element` ends. */
  private endOf(element: Element): number {
    if (element instanceof HTMLElement && element.dataset.end !== undefined) return Number(element.dataset.end);
    const pieces = element.querySelectorAll<HTMLElement>('[data-end]');
    if (pieces.length > 0) return Number(pieces[pieces.length - 1].dataset.end);
    return this.startOf(element);
  }

  private fireClaim(id: number) {
    this.dispatchEvent(new CustomEvent('claim-clicked', { detail: { id }, bubbles: true }));
  }
}

function nextInDocument(node: Node, root: Node): Node | null {
  if (node.firstChild) return node.firstChild;
  for (let n: Node | null = node; n && n !== root; n = n.parentNode) {
    if (n.nextSibling) return n.nextSibling;
  }
  return null;
}

/** Cuts the text at every paragraph break and every claim boundary; each piece knows the claims covering it. */
export function layout(chars: string[], claims: HighlightedClaim[], pending: { start: number; end: number } | null = null): Paragraph[] {
  const sorted = [...claims].sort((a, b) => a.start - b.start || b.end - a.end || a.id - b.id);
  const cuts = new Set<number>();
  for (const c of sorted) {
    cuts.add(c.start);
    cuts.add(c.end);
  }
  if (pending) {
    cuts.add(pending.start);
    cuts.add(pending.end);
  }
  const paragraphs: Paragraph[] = [];
  let lineStart = 0;
  for (let i = 0; i <= chars.length; i++) {
    if (i === chars.length || chars[i] === '\n') {
      if (i > lineStart) paragraphs.push(paragraph(chars, lineStart, i, cuts, sorted, pending));
      lineStart = i + 1;
    }
  }
  return paragraphs;
}

function paragraph(chars: string[], start: number, end: number, cuts: Set<number>, claims: HighlightedClaim[],
  pending: { start: number; end: number } | null): Paragraph {
  const points = [start, ...[...cuts].filter((c) => c > start && c < end), end].sort((a, b) => a - b);
  const inside = claims.filter((c) => c.start < end && c.end > start);
  const segments: Segment[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const s = points[i];
    const e = points[i + 1];
    segments.push({
      start: s,
      end: e,
      text: chars.slice(s, e).join(''),
      claims: inside.filter((c) => c.start < e && c.end > s),
      pending: !!pending && pending.start < e && pending.end > s,
    });
  }
  const starting = new Map<number, HighlightedClaim[]>();
  for (const c of inside) {
    const first = segments.find((s) => s.end > c.start && s.claims.includes(c));
    if (first) starting.set(first.start, [...(starting.get(first.start) ?? []), c]);
  }
  return { start, end, segments, starting };
}

/** Stacked underlines, one per claim (in its type's colour), over a tint that deepens with depth. */
function markStyle(claims: HighlightedClaim[]): Record<string, string> {
  const shown = claims.slice(0, MAX_LINES);
  return {
    'background-image': shown.map((c) => `linear-gradient(${c.color}, ${c.color})`).join(', '),
    'background-size': shown.map(() => '100% 2px').join(', '),
    'background-position': shown.map((_, i) => `0 calc(100% - ${i * 3}px)`).join(', '),
    'background-repeat': 'no-repeat',
    'background-color': `color-mix(in srgb, ${claims[0].color} ${Math.min(10 + 8 * (claims.length - 1), 40)}%, transparent)`,
    'padding-bottom': `${shown.length * 3 - 1}px`,
  };
}

customElements.define('claim-highlighter', ClaimHighlighter);

declare global {
  interface HTMLElementTagNameMap {
    'claim-highlighter': ClaimHighlighter;
  }
}
