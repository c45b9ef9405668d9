import { LitElement, html, type PropertyValues } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { ClaimHighlighter, ListedClaim } from './claim-highlighter.js';

/**
 * The list of an article's claims beside the text. It reads the claims from the highlighter named by
 * its `for` attribute, so they cross the network once, and draws itself after the highlighter has
 * painted the text. A click (or Enter) on a claim fires `claim-clicked` (detail: {id}).
 */
export class ClaimList extends LitElement {
  static override properties = {
    for: { type: String },
    selectedId: { type: Number, attribute: 'selected-id' },
    emptyText: { type: String, attribute: 'empty-text' },
    items: { state: true },
  };

  declare for: string;
  declare selectedId: number | null;
  declare emptyText: string;
  declare items: ListedClaim[];

  private readonly onClaimsChanged = (e: Event) => {
    const source = e.target as ClaimHighlighter;
    if (this.for && source.id === this.for) this.items = source.listedClaims();
  };

  constructor() {
    super();
    this.for = '';
    this.selectedId = null;
    this.emptyText = '';
    this.items = [];
  }

  protected override createRenderRoot() {
    return this;
  }

  override connectedCallback() {
    super.connectedCallback();
    // Listening on the document works whichever of the two elements is attached first.
    document.addEventListener('claims-changed', this.onClaimsChanged);
  }

  override disconnectedCallback() {
    document.removeEventListener('claims-changed', this.onClaimsChanged);
    super.disconnectedCallback();
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('for')) {
      const source = this.for ? document.getElementById(this.for) as ClaimHighlighter | null : null;
      if (source && typeof source.listedClaims === 'function') this.items = source.listedClaims();
    }
  }

  protected override updated(changed: PropertyValues<this>) {
    if (changed.has('selectedId') && this.selectedId != null) {
      this.querySelector(`[data-claim="${this.selectedId}"]`)?.scrollIntoView({ block: 'nearest' });
    }
    this.dataset.count = String(this.items.length);
  }

  protected override render() {
    if (this.items.length === 0) return html`<p class="claim-list-empty">${this.emptyText}</p>`;
    return html`<ol class="claim-list-items">${repeat(this.items, (c) => c.id, (c) => html`<li>
      <button type="button" class="claim-row${c.id === this.selectedId ? ' selected' : ''}" data-claim=${c.id}
        aria-pressed=${c.id === this.selectedId ? 'true' : 'false'} @click=${() => this.fire(c.id)}>
        <span class="claim-swatch" style="background:${c.color}"></span>
        <span class="claim-row-text"><span><b>${c.speaker}</b> · ${c.type} · ${c.confidence}%${c.status ? html` · <span class="claim-status">${c.status}</span>` : ''}</span>
        <span class="claim-excerpt">${c.excerpt}</span></span>
      </button></li>`)}</ol>`;
  }

  private fire(id: number) {
    this.dispatchEvent(new CustomEvent('claim-clicked', { detail: { id }, bubbles: true }));
  }
}

customElements.define('claim-list', ClaimList);

declare global {
  interface HTMLElementTagNameMap {
    'claim-list': ClaimList;
  }
}
