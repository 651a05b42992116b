/**
 * `<tier-map>`: enhances the server-rendered map and grid (see TierExplorer.astro).
 * - on the map, a tooltip with tier and rationale on hover and on keyboard focus (Escape
 *   dismisses it; the affinity grid writes both out, so it needs none);
 * - on the map, arrow keys move focus to the nearest country in that direction, Home/End to the
 *   first/last;
 * - a radio group, rendered only here, switches between the two views;
 * - the URL hash `#country-<id>` selects a country and shows its tooltip.
 * Without this script every country is still a link, and both views are shown.
 */

const COUNTRY = 'a.country';
const HASH = /^#country-([a-z]{3})$/;
const DIRECTIONS: Record<string, readonly [number, number]> = {
  ArrowRight: [1, 0],
  ArrowLeft: [-1, 0],
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
};

let instances = 0;

/** Position in SVG units, as rendered into data attributes. */
const pointOf = (link: Element): [number, number] => [Number(link.getAttribute('data-x')), Number(link.getAttribute('data-y'))];

/**
 * The country nearest to `from` in direction `[dx, dy]`: ahead of it, preferring those closest
 * to the line of travel.
 */
function nearestInDirection<T extends Element>(from: T, candidates: readonly T[], [dx, dy]: readonly [number, number]): T | undefined {
  const [x, y] = pointOf(from);
  let best: T | undefined;
  let bestScore = Infinity;
  for (const candidate of candidates) {
    if (candidate === from) continue;
    const [cx, cy] = pointOf(candidate);
    const along = (cx - x) * dx + (cy - y) * dy;
    if (along <= 0) continue;
    const across = Math.abs((cx - x) * dy - (cy - y) * dx);
    const score = along + 2 * across;
    if (score < bestScore) {
      bestScore = score;
      best = candidate;
    }
  }
  return best;
}

class TierMapElement extends HTMLElement {
  #tooltip = document.createElement('div');
  #active: SVGAElement | undefined;
  #onHashChange = () => this.#selectFromHash();

  connectedCallback(): void {
    instances += 1;
    this.#tooltip.id = `tier-map-tooltip-${instances}`;
    this.#tooltip.className = 'tier-map-tooltip';
    this.#tooltip.setAttribute('role', 'tooltip');
    this.#tooltip.hidden = true;
    this.append(this.#tooltip);
    this.#renderSwitch();

    this.addEventListener('pointerover', (event) => {
      const link = this.#countryOf(event.target);
      if (link) this.#show(link);
    });
    this.addEventListener('pointerout', (event) => {
      const to = event.relatedTarget as Node | null;
      if (this.#countryOf(event.target) && !(to && (this.#tooltip.contains(to) || this.#countryOf(to) === this.#active))) this.#hide();
    });
    this.#tooltip.addEventListener('pointerleave', (event) => {
      const to = event.relatedTarget as Node | null;
      if (!(to && this.#countryOf(to) === this.#active)) this.#hide();
    });
    this.addEventListener('focusin', (event) => {
      const link = this.#countryOf(event.target);
      if (link) this.#show(link);
    });
    this.addEventListener('focusout', (event) => {
      if (this.#countryOf(event.target)) this.#hide();
    });
    this.addEventListener('keydown', (event) => this.#onKeyDown(event));
    window.addEventListener('hashchange', this.#onHashChange);
    this.#selectFromHash();
  }

  disconnectedCallback(): void {
    window.removeEventListener('hashchange', this.#onHashChange);
  }

  #countryOf(target: EventTarget | null): SVGAElement | undefined {
    const link = target instanceof Element ? target.closest(COUNTRY) : null;
    return link instanceof SVGAElement && this.contains(link) ? link : undefined;
  }

  /** The radio group that picks a view; without JavaScript there is nothing to pick. */
  #renderSwitch(): void {
    const panels = [...this.querySelectorAll<HTMLElement>('[data-view-panel]')];
    if (panels.length < 2) return;
    const group = document.createElement('fieldset');
    group.className = 'view-switch';
    const legend = document.createElement('legend');
    legend.textContent = 'Show';
    group.append(legend);
    panels.forEach((panel, index) => {
      const label = document.createElement('label');
      const input = document.createElement('input');
      input.type = 'radio';
      input.name = `tier-map-view-${instances}`;
      input.value = panel.dataset['viewPanel'] ?? String(index);
      input.checked = index === 0;
      input.addEventListener('change', () => this.#showView(input.value));
      label.append(input, ` ${panel.querySelector('h2')?.textContent ?? input.value}`);
      group.append(label);
    });
    this.querySelector('[data-views]')?.before(group);
    this.#showView(panels[0]?.dataset['viewPanel'] ?? '');
  }

  #showView(view: string): void {
    this.#hide();
    for (const panel of this.querySelectorAll<HTMLElement>('[data-view-panel]')) panel.hidden = panel.dataset['viewPanel'] !== view;
  }

  #visibleLinks(): SVGAElement[] {
    return [...this.querySelectorAll<SVGAElement>(COUNTRY)].filter((link) => !link.closest('[hidden]'));
  }

  #show(link: SVGAElement): void {
    if (this.#active && this.#active !== link) this.#active.classList.remove('is-active');
    this.#active = link;
    link.classList.add('is-active');
    const name = document.createElement('strong');
    name.textContent = link.dataset['name'] ?? '';
    const tier = document.createElement('span');
    tier.className = 'tier-map-tooltip-tier';
    tier.textContent = link.dataset['tier'] ?? '';
    this.#tooltip.replaceChildren(name, tier);
    const rationale = link.dataset['rationale'];
    if (rationale) {
      const text = document.createElement('p');
      text.textContent = rationale;
      this.#tooltip.append(text);
    }
    link.setAttribute('aria-describedby', this.#tooltip.id);
    this.#tooltip.hidden = false;
    this.#place(link);
  }

  #hide(): void {
    this.#active?.classList.remove('is-active');
    this.#active?.removeAttribute('aria-describedby');
    this.#active = undefined;
    this.#tooltip.hidden = true;
  }

  /** Puts the tooltip above the country's anchor point, kept inside the element. */
  #place(link: SVGAElement): void {
    const svg = link.ownerSVGElement;
    const matrix = svg?.getScreenCTM();
    if (!svg || !matrix) return;
    const [x, y] = pointOf(link);
    const point = new DOMPoint(x, y).matrixTransform(matrix);
    const box = this.getBoundingClientRect();
    const width = this.#tooltip.offsetWidth;
    const left = Math.min(Math.max(point.x - box.left - width / 2, 0), Math.max(box.width - width, 0));
    const above = point.y - box.top - this.#tooltip.offsetHeight - 14;
    this.#tooltip.style.left = `${left}px`;
    this.#tooltip.style.top = `${above >= 0 ? above : point.y - box.top + 18}px`;
  }

  #onKeyDown(event: KeyboardEvent): void {
    if (event.key === 'Escape') {
      this.#hide();
      return;
    }
    const link = this.#countryOf(event.target);
    if (!link) return;
    const peers = this.#visibleLinks().filter((other) => other.ownerSVGElement === link.ownerSVGElement);
    const direction = DIRECTIONS[event.key];
    const next =
      direction !== undefined
        ? nearestInDirection(link, peers, direction)
        : event.key === 'Home'
          ? peers[0]
          : event.key === 'End'
            ? peers.at(-1)
            : undefined;
    if (direction === undefined && next === undefined) return;
    event.preventDefault();
    next?.focus();
  }

  /** Selects the country named by the hash and brings it into view. */
  #selectFromHash(): void {
    const id = HASH.exec(window.location.hash)?.[1];
    for (const link of this.querySelectorAll(COUNTRY)) link.classList.toggle('is-selected', link.getAttribute('data-country') === id);
    const link = this.#visibleLinks().find((candidate) => candidate.dataset['country'] === id);
    if (!link) return;
    // The hash also targets the table row (so it works without JavaScript); the view is where the selection shows.
    link.scrollIntoView({ block: 'center' });
    this.#show(link);
  }
}

if (!customElements.get('tier-map')) customElements.define('tier-map', TierMapElement);
