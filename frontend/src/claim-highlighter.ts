import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { repeat } from 'lit/directives/repeat.js';
import { styleMap } from 'lit/directives/style-map.js';
import {
  applyDelta,
  codePointLength,
  decodeClaims,
  excerpt,
  inTextOrder,
  layout,
  markCss,
  paragraphHtml,
  relayout,
  snapToGraphemes,
  trimSpan,
  type ClaimData,
  type ClaimDelta,
  type MarkClaim,
  type MarkLook,
  type Paragraph,
  type Span,
} from './highlighter-model.js';

/** What a selection reports: code point offsets into `text` and the exact text between them. */
export interface TextSelection {
  start: number;
  end: number;
  quote: string;
}

/** A claim as the claim list shows it. */
export interface ListedClaim {
  id: number;
  color: string;
  speaker: string;
  type: string;
  status: string;
  confidence: number;
  excerpt: string;
}

const EMPTY: ClaimData = { types: [], statuses: [], speakers: {}, claims: [] };
const TOUCH = typeof matchMedia === 'function' && matchMedia('(pointer: coarse)').matches;

/**
 * Renders an article's text with a mark for every claim, overlaps included, and reports what the user
 * selects as code point offsets. It renders into the light DOM so the page's styles reach the text.
 * The server owns all data: it sets `text` and `data` (compact claim tuples with lookup tables), sends
 * later changes through `applyChanges`, and listens to the events this element fires:
 * `text-selected`, `selection-cleared`, `create-requested` (detail: TextSelection) and
 * `claim-clicked` (detail: {id}). After its claims change it fires `claims-changed` for the claim list.
 */
export class ClaimHighlighter extends LitElement {
  static override properties = {
    text: { type: String },
    data: { type: Object },
    selectedId: { type: Number, attribute: 'selected-id' },
    canCreate: { type: Boolean, attribute: 'can-create' },
    pending: { type: Object },
    chooser: { state: true },
    floating: { state: true },
  };

  declare text: string;
  declare data: ClaimData;
  declare selectedId: number | null;
  declare canCreate: boolean;
  /** The passage a new claim is being written for, drawn while the editor has the focus. */
  declare pending: Span | null;
  declare chooser: { x: number; y: number; claims: number[] } | null;
  /** Where the touch "New claim" button floats, below the selection. */
  declare floating: { x: number; y: number } | null;

  private chars: string[] = [];
  private claims = new Map<number, MarkClaim>();
  private speakers: Record<string, string> = {};
  private paragraphs: Paragraph[] = [];
  private changedSpans: Span[] | null = null;
  private dataReceived = false;
  private selected: TextSelection | null = null;
  private updateStarted = 0;
  private selectionTimer = 0;
  private readonly onKey = (e: KeyboardEvent) => this.handleKey(e);
  private readonly onSelectionChange = () => {
    clearTimeout(this.selectionTimer);
    this.selectionTimer = window.setTimeout(() => this.reportSelection(), 250);
  };

  constructor() {
    super();
    this.text = '';
    this.data = EMPTY;
    this.selectedId = null;
    this.canCreate = false;
    this.pending = null;
    this.chooser = null;
    this.floating = null;
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
    // A long-press selection on a touch screen fires no mouseup; the selection's own event does.
    document.addEventListener('selectionchange', this.onSelectionChange);
  }

  override disconnectedCallback() {
    document.removeEventListener('keydown', this.onKey);
    document.removeEventListener('selectionchange', this.onSelectionChange);
    super.disconnectedCallback();
  }

  /** Shows exactly these claims (the server sends them on attach, not as element state). */
  setData(data: ClaimData) {
    this.dataReceived = true;
    this.data = data;
  }

  /** Applies claims added, changed or removed elsewhere; only the paragraphs they touch are laid out again. */
  applyChanges(delta: ClaimDelta) {
    const spans = applyDelta(this.claims, this.speakers, delta);
    this.changedSpans = [...(this.changedSpans ?? []), ...spans];
    this.updateStarted = performance.now();
    this.requestUpdate();
  }

  /** The claims in text order, as the claim list shows them. */
  listedClaims(): ListedClaim[] {
    return inTextOrder(this.claims.values()).map((c) => ({
      id: c.id,
      color: this.color(c),
      speaker: this.speakerName(c),
      type: this.data.types[c.type]?.[0] ?? '',
      status: this.data.statuses[c.status] ?? '',
      confidence: c.confidence,
      excerpt: excerpt(this.chars, c.start, c.end, 90),
    }));
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    if (!this.changedSpans) this.updateStarted = performance.now();
    if (changed.has('text')) {
      this.chars = Array.from(this.text ?? '');
    }
    if (changed.has('data')) {
      this.claims = decodeClaims(this.data?.claims ?? []);
      this.speakers = { ...(this.data?.speakers ?? {}) };
      this.adoptTypeColours();
    }
    if (changed.has('text') || changed.has('data') || changed.has('pending')) {
      this.paragraphs = layout(this.chars, this.claims.values(), this.pending);
    } else if (this.changedSpans) {
      this.paragraphs = relayout(this.chars, this.paragraphs, this.claims.values(), this.pending, this.changedSpans);
    }
  }

  protected override updated(changed: PropertyValues<this>) {
    const claimsChanged = changed.has('data') || changed.has('text') || this.changedSpans !== null;
    this.changedSpans = null;
    // Read by the benchmark: how many claims are on screen (once the server has sent them) and how
    // long this update took.
    if (this.dataReceived) {
      this.dataset.rendered = String(this.claims.size);
      this.dataset.renderMs = (performance.now() - this.updateStarted).toFixed(2);
      performance.mark('claim-highlighter-rendered');
    }
    if (claimsChanged) {
      // The claim list is drawn after the text has been painted.
      requestAnimationFrame(() => this.dispatchEvent(new CustomEvent('claims-changed', { bubbles: true })));
    }
  }

  protected override render(): TemplateResult {
    // A paragraph is drawn again only when its layout changed or the selected claim moved in or out of it.
    // Its inside is one escaped HTML string (see paragraphHtml): far cheaper than a template per piece.
    return html`<div class="hl-text" @click=${this.handleClick} @keydown=${this.handleMarkKey}>${repeat(
      this.paragraphs,
      (p) => p.start,
      (p) => guard([p, this.selectedIn(p)], () => html`<p class="hl-p" dir="auto" data-start=${p.start} data-end=${p.end}>${
        unsafeHTML(paragraphHtml(p, this.look, this.selectedIn(p)))}</p>`),
    )}</div>${this.renderChooser()}${this.renderFloating()}`;
  }

  private selectedIn(p: Paragraph): number | null {
    const c = this.selectedId == null ? undefined : this.claims.get(this.selectedId);
    return c && c.start < p.end && c.end > p.start ? c.id : null;
  }

  private readonly look = (id: number): MarkLook => {
    const c = this.claims.get(id)!;
    return { type: c.type, label: this.label(c) };
  };

  private renderChooser() {
    if (!this.chooser) return nothing;
    const { x, y, claims } = this.chooser;
    return html`<div class="hl-chooser" role="menu" aria-label="Claims here" style=${styleMap({ left: `${x}px`, top: `${y}px` })}>
      ${claims.map((id) => this.claims.get(id)).filter((c): c is MarkClaim => !!c).map(
        (c) => html`<button type="button" role="menuitem" data-claim=${c.id} style=${styleMap({ borderLeftColor: this.color(c) })}
          @click=${(e: Event) => { e.stopPropagation(); this.chooser = null; this.fireClaim(c.id); }}>${this.label(c)}</button>`,
      )}
    </div>`;
  }

  private renderFloating() {
    if (!this.floating || !this.canCreate) return nothing;
    const { x, y } = this.floating;
    // pointerdown is swallowed so that the tap does not collapse the selection before the click.
    return html`<button type="button" class="hl-floating-create" style=${styleMap({ left: `${x}px`, top: `${y}px` })}
      @pointerdown=${(e: Event) => e.preventDefault()} @mousedown=${(e: Event) => e.preventDefault()}
      @click=${(e: Event) => { e.stopPropagation(); this.requestCreate(); }}>New claim</button>`;
  }

  /** The colours of the claim types, as one constructed style sheet for the whole page (no inline styles). */
  private adoptTypeColours() {
    const css = markCss((this.data?.types ?? []).map((t) => t[1]));
    if (!ClaimHighlighter.sheet) {
      ClaimHighlighter.sheet = new CSSStyleSheet();
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, ClaimHighlighter.sheet];
    }
    ClaimHighlighter.sheet.replaceSync(css);
  }

  private static sheet: CSSStyleSheet | null = null;

  private color(c: MarkClaim): string {
    return this.data.types[c.type]?.[1] ?? '#888888';
  }

  private speakerName(c: MarkClaim): string {
    return (c.speaker && this.speakers[String(c.speaker)]) || 'Unknown speaker';
  }

  private label(c: MarkClaim): string {
    return `${this.speakerName(c)} · ${this.data.types[c.type]?.[0] ?? ''}`;
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
    this.floating = null;
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
    this.chooser = { x: e.clientX - box.left, y: e.clientY - box.top + 12, claims: ids };
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
    if (e.key === 'c' && !e.ctrlKey && !e.metaKey && !e.altKey && this.canCreate && this.currentSelection()) {
      e.preventDefault();
      this.requestCreate();
    }
  }

  private requestCreate() {
    const current = this.currentSelection() ?? this.selected;
    if (!current) return;
    this.selected = current;
    this.floating = null;
    this.dispatchEvent(new CustomEvent<TextSelection>('create-requested', { detail: current, bubbles: true }));
  }

  private reportSelection() {
    const current = this.currentSelection();
    if (current) {
      if (!this.selected || current.start !== this.selected.start || current.end !== this.selected.end) {
        this.selected = current;
        this.dispatchEvent(new CustomEvent<TextSelection>('text-selected', { detail: current, bubbles: true }));
      }
      if (TOUCH) this.floating = this.floatingPosition();
    } else if (this.selected) {
      this.selected = null;
      this.floating = null;
      this.dispatchEvent(new CustomEvent('selection-cleared', { bubbles: true }));
    }
  }

  private floatingPosition(): { x: number; y: number } | null {
    const range = window.getSelection()?.rangeCount ? window.getSelection()!.getRangeAt(0) : null;
    if (!range) return null;
    const rect = range.getBoundingClientRect();
    const box = this.getBoundingClientRect();
    return { x: Math.max(0, rect.left - box.left), y: rect.bottom - box.top + 8 };
  }

  /**
   * The browser's selection inside this element, in code points, widened to whole grapheme clusters and
   * with surrounding whitespace trimmed.
   */
  currentSelection(): TextSelection | null {
    const selection = window.getSelection();
    if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
    const range = selection.getRangeAt(0);
    const text = this.querySelector('.hl-text');
    if (!text || !range.intersectsNode(text)) return null;
    // A drag that starts or ends outside the text (in the heading, in the panel) is cut to the text.
    const start = text.contains(range.startContainer) ? this.offsetAt(range.startContainer, range.startOffset) : 0;
    const end = text.contains(range.endContainer) ? this.offsetAt(range.endContainer, range.endOffset) : this.chars.length;
    const whole = snapToGraphemes(this.chars, Math.min(start, end), Math.max(start, end));
    const span = trimSpan(this.chars, whole.start, whole.end);
    if (!span) return null;
    return { start: span.start, end: span.end, quote: this.chars.slice(span.start, span.end).join('') };
  }

  /** The code point offset of a DOM boundary point (as in a Range) inside the rendered text. */
  private offsetAt(node: Node, offset: number): number {
    const piece = (node instanceof Element ? node : node.parentElement)?.closest<HTMLElement>('.hl-seg');
    if (piece) {
      // Inside one piece: its start plus the code points of its text before the boundary.
      const range = document.createRange();
      range.setStart(piece, 0);
      range.setEnd(node, offset);
      return Number(piece.dataset.start) + codePointLength(range.toString());
    }
    if (!(node instanceof Element)) {
      // A text node between pieces: the boundary sits before or after it among its parent's children.
      const parent = node.parentNode!;
      const index = Array.prototype.indexOf.call(parent.childNodes, node) + (offset > 0 ? 1 : 0);
      return this.offsetAt(parent, index);
    }
    if (offset < node.childNodes.length) {
      return this.startOf(node.childNodes[offset]);
    }
    return this.endOf(node);
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

customElements.define('claim-highlighter', ClaimHighlighter);

declare global {
  interface HTMLElementTagNameMap {
    'claim-highlighter': ClaimHighlighter;
  }
}
