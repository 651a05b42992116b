/**
 * <timeline-chart>: enhances the server-rendered timeline (src/components/Timeline.astro).
 * Without it every mark is still a link and the full list is on the page; with it:
 * - filters by category and country (controls cloned from a <template>, so none show without JS),
 *   applied to the chart and to the event list on the page;
 * - arrow keys, Home and End move between events with a roving tabindex (one tab stop per chart);
 * - a detail panel follows the focused or hovered event, at the bottom of the window or, when the
 *   mark is in the lower part, at the top, so it never covers the mark it describes;
 * - the URL hash #event-<id> selects and highlights that event and unfolds its entry's details;
 * - an entry's "Back to the chart" link returns focus to the entry's mark in the visible chart;
 * - scrolling is always instant, so there is no motion to reduce.
 */

const EVENT = 'a.tl-event';
const HASH_PREFIX = '#event-';

interface Filters {
  categories: Set<string>;
  country: string;
}

class TimelineChart extends HTMLElement {
  private filters: Filters | undefined;
  private status: HTMLElement | null = null;
  private detail: HTMLElement | null = null;
  /** The event link the detail panel describes. */
  private active: SVGAElement | null = null;
  private frame = 0;

  connectedCallback(): void {
    this.detail = this.querySelector('[data-detail]');
    if (this.hasAttribute('data-filterable') && !this.filters) this.mountFilters();
    for (const svg of this.charts()) this.resetTabStop(svg);
    this.addEventListener('keydown', this.onKeydown);
    this.addEventListener('focusin', this.onFocusIn);
    this.addEventListener('focusout', this.onFocusOut);
    this.addEventListener('pointerover', this.onPointerOver);
    this.addEventListener('pointerleave', this.onPointerLeave);
    window.addEventListener('hashchange', this.onHashChange);
    window.addEventListener('scroll', this.onScroll, { passive: true });
    document.addEventListener('click', this.onBackToChart);
    this.onHashChange();
  }

  disconnectedCallback(): void {
    window.removeEventListener('hashchange', this.onHashChange);
    window.removeEventListener('scroll', this.onScroll);
    document.removeEventListener('click', this.onBackToChart);
  }

  private charts(): SVGSVGElement[] {
    return [...this.querySelectorAll<SVGSVGElement>('svg.timeline-svg')];
  }

  private links(scope: ParentNode = this): SVGAElement[] {
    return [...scope.querySelectorAll<SVGAElement>(EVENT)];
  }

  private visibleLinks(svg: SVGSVGElement): SVGAElement[] {
    return this.links(svg).filter((link) => !link.classList.contains('is-filtered-out'));
  }

  private linksFor(id: string): Element[] {
    return [...this.querySelectorAll(`[data-event="${CSS.escape(id)}"]`)];
  }

  /* Filters ----------------------------------------------------------------------------------- */

  private mountFilters(): void {
    const template = this.querySelector<HTMLTemplateElement>('template[data-filters]');
    if (!template) return;
    const controls = template.content.cloneNode(true) as DocumentFragment;
    this.status = controls.querySelector('.filter-status');
    template.after(controls);
    this.filters = { categories: new Set(this.checkedCategories()), country: '' };
    this.addEventListener('change', (event) => {
      if (!(event.target as Element).matches('[data-filter]')) return;
      this.filters = { categories: new Set(this.checkedCategories()), country: this.countrySelect()?.value ?? '' };
      this.applyFilters();
    });
    this.applyFilters();
  }

  private checkedCategories(): string[] {
    return [...this.querySelectorAll<HTMLInputElement>('input[data-filter="category"]:checked')].map((input) => input.value);
  }

  private countrySelect(): HTMLSelectElement | null {
    return this.querySelector('select[data-filter="country"]');
  }

  private shows(element: Element): boolean {
    if (!this.filters) return true;
    const { categories, country } = this.filters;
    const countries = (element.getAttribute('data-countries') ?? '').split(' ');
    return categories.has(element.getAttribute('data-category') ?? '') && (country === '' || countries.includes(country));
  }

  private applyFilters(): void {
    const shown = new Set<string>();
    for (const link of this.links()) {
      const id = link.dataset['event']!;
      const visible = this.shows(link);
      if (visible) shown.add(id);
      for (const element of this.linksFor(id)) element.classList.toggle('is-filtered-out', !visible);
      const entry = document.getElementById(`event-${id}`);
      if (entry?.tagName === 'LI') entry.hidden = !visible;
    }
    // A year group of the list with nothing left to show goes too, heading and all.
    for (const group of document.querySelectorAll<HTMLElement>('section.event-group')) group.hidden = !group.querySelector('li.event:not([hidden])');
    for (const svg of this.charts()) this.resetTabStop(svg);
    if (this.status) {
      const total = this.dataset['total'] ?? String(shown.size);
      this.status.textContent = `Showing ${shown.size} of ${total} events in the chart and the list below.`;
    }
  }

  /** Clears the filters, e.g. when the hash names an event they hide. */
  private clearFilters(): void {
    for (const input of this.querySelectorAll<HTMLInputElement>('input[data-filter="category"]')) input.checked = true;
    const select = this.countrySelect();
    if (select) select.value = '';
    this.filters = { categories: new Set(this.checkedCategories()), country: '' };
    this.applyFilters();
  }

  /* Keyboard: roving tabindex ------------------------------------------------------------------ */

  /** One tab stop per chart: the selected event if visible, else the first visible one. */
  private resetTabStop(svg: SVGSVGElement, preferred?: SVGAElement): void {
    const visible = this.visibleLinks(svg);
    const current = preferred ?? visible.find((link) => link.getAttribute('tabindex') === '0') ?? visible.find((link) => link.classList.contains('is-selected'));
    const stop = current && visible.includes(current) ? current : visible[0];
    for (const link of this.links(svg)) link.setAttribute('tabindex', link === stop ? '0' : '-1');
  }

  private readonly onKeydown = (event: KeyboardEvent): void => {
    const link = (event.target as Element).closest<SVGAElement>(EVENT);
    const svg = link?.closest<SVGSVGElement>('svg');
    if (!link || !svg) return;
    const visible = this.visibleLinks(svg);
    const index = visible.indexOf(link);
    const moves: Record<string, number> = {
      ArrowRight: index + 1,
      ArrowDown: index + 1,
      ArrowLeft: index - 1,
      ArrowUp: index - 1,
      Home: 0,
      End: visible.length - 1,
    };
    const next = visible[moves[event.key] ?? -1];
    if (!(event.key in moves)) return;
    event.preventDefault();
    if (!next) return;
    this.resetTabStop(svg, next);
    next.focus({ preventScroll: true });
    // Instant, like the browser's own focus scrolling: a smooth scroll still running when the
    // reader presses Enter would carry the page back from the entry the link jumps to.
    next.scrollIntoView({ block: 'nearest', inline: 'nearest', behavior: 'auto' });
  };

  /* Detail panel -------------------------------------------------------------------------------- */

  private readonly onFocusIn = (event: FocusEvent): void => {
    const link = (event.target as Element).closest<SVGAElement>(EVENT);
    if (link) this.showDetail(link);
  };

  private readonly onFocusOut = (event: FocusEvent): void => {
    const next = event.relatedTarget as Element | null;
    if (!next?.closest(EVENT)) this.hideDetail();
  };

  private readonly onPointerOver = (event: PointerEvent): void => {
    const link = (event.target as Element).closest<SVGAElement>(EVENT);
    if (link) this.showDetail(link);
  };

  private readonly onPointerLeave = (): void => {
    if (!this.contains(document.activeElement) || !document.activeElement?.closest(EVENT)) this.hideDetail();
  };

  private showDetail(link: SVGAElement): void {
    const id = link.dataset['event']!;
    for (const element of this.querySelectorAll('.is-active')) element.classList.remove('is-active');
    for (const element of this.linksFor(id)) element.classList.add('is-active');
    if (!this.detail) return;
    // The accessible name is "<title>, <date>"; the date is also in data-date.
    const date = link.dataset['date'] ?? '';
    const name = link.getAttribute('aria-label') ?? '';
    const title = date && name.endsWith(`, ${date}`) ? name.slice(0, -date.length - 2) : name;
    const category = this.querySelector(`[data-legend-category="${CSS.escape(link.dataset['category'] ?? '')}"]`)?.textContent?.trim();
    const countries = (link.dataset['countries'] ?? '').split(' ').map((code) => this.countryName(code));
    const summary = document.querySelector(`#event-${CSS.escape(id)} .event-summary`)?.textContent?.trim();
    const lines: [string, string][] = [
      ['strong', title],
      ['span', [date, category, countries.join(', ')].filter(Boolean).join(' · ')],
    ];
    if (summary) lines.push(['span', summary]);
    this.detail.replaceChildren(
      ...lines.map(([tag, text]) => {
        const paragraph = document.createElement('p');
        const inner = document.createElement(tag);
        inner.textContent = text;
        paragraph.append(inner);
        return paragraph;
      }),
    );
    this.detail.hidden = false;
    this.active = link;
    this.placeDetail();
  }

  /** Puts the panel at the window's bottom, or at its top when the mark would be under it there. */
  private placeDetail(): void {
    if (!this.detail || this.detail.hidden || !this.active) return;
    this.detail.dataset['place'] = 'bottom';
    const mark = this.active.getBoundingClientRect();
    const panel = this.detail.getBoundingClientRect();
    if (mark.bottom > panel.top - 8) this.detail.dataset['place'] = 'top';
  }

  private readonly onScroll = (): void => {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.placeDetail();
    });
  };

  private hideDetail(): void {
    for (const element of this.querySelectorAll('.is-active')) element.classList.remove('is-active');
    if (this.detail) this.detail.hidden = true;
    this.active = null;
  }

  private countryName(code: string): string {
    const template = this.querySelector<HTMLTemplateElement>('template[data-filters]');
    const option = template?.content.querySelector(`option[value="${CSS.escape(code)}"]`) ?? this.querySelector(`option[value="${CSS.escape(code)}"]`);
    return option?.textContent?.trim() || code.toUpperCase();
  }

  /* Hash ---------------------------------------------------------------------------------------- */

  private readonly onHashChange = (): void => {
    for (const element of this.querySelectorAll('.is-selected')) element.classList.remove('is-selected');
    const hash = decodeURIComponent(window.location.hash);
    if (!hash.startsWith(HASH_PREFIX)) return;
    const id = hash.slice(HASH_PREFIX.length);
    const targets = this.linksFor(id);
    if (targets.length === 0) return;
    if (targets.some((element) => element.classList.contains('is-filtered-out'))) this.clearFilters();
    for (const element of targets) element.classList.add('is-selected');
    for (const svg of this.charts()) {
      const link = svg.querySelector<SVGAElement>(`${EVENT}[data-event="${CSS.escape(id)}"]`);
      if (link) this.resetTabStop(svg, link);
    }
    const details = document.getElementById(`event-${id}`)?.querySelector('details');
    if (details) details.open = true;
  };

  /** "Back to the chart" from an entry: focus the entry's mark in the chart that is shown. */
  private readonly onBackToChart = (event: MouseEvent): void => {
    const back = (event.target as Element).closest<HTMLAnchorElement>('a[data-back-to-chart]');
    const id = back?.dataset['backToChart'];
    if (!id) return;
    const svg = this.charts().find((chart) => chart.getBoundingClientRect().width > 0);
    const link = svg?.querySelector<SVGAElement>(`${EVENT}[data-event="${CSS.escape(id)}"]`);
    if (!svg || !link || link.classList.contains('is-filtered-out')) return;
    event.preventDefault();
    this.resetTabStop(svg, link);
    link.focus({ preventScroll: true });
    link.scrollIntoView({ block: 'center', behavior: 'auto' });
    this.placeDetail();
  };
}

if (!customElements.get('timeline-chart')) customElements.define('timeline-chart', TimelineChart);
