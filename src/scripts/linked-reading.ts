/**
 * `<linked-reading>`: ties an article's text to its rail and notes. While a cited passage is in
 * the reading band of the screen, the rail's events and countries for it are highlighted
 * (`is-linked`); hovering or focusing a margin note or its number highlights its passage
 * (`is-noted`). Classes only: CSS animates them solely under `prefers-reduced-motion:
 * no-preference`, and nothing scrolls. Without JavaScript every link still works.
 *
 * Markup it reads: passages `[id^="cited-"]` in the text; rail items carrying `data-passage`
 * or `data-passages` (space-separated ids) and `data-country`; timeline marks `a[href="#<id>"]`
 * with `data-countries`; notes with `data-passage`, and numbers `a.note-ref[href="#<note id>"]`.
 */
const LINKED = 'is-linked';
const NOTED = 'is-noted';

class LinkedReading extends HTMLElement {
  private readonly inView = new Set<string>();
  private lit: Element[] = [];

  connectedCallback(): void {
    const passages = [...this.querySelectorAll<HTMLElement>('.reading-text [id^="cited-"]')];
    if (passages.length > 0 && 'IntersectionObserver' in window) {
      // A band across the upper middle of the screen, where the eye reads.
      const observer = new IntersectionObserver((entries) => this.track(entries), { rootMargin: '-30% 0px -50% 0px' });
      for (const passage of passages) observer.observe(passage);
    }
    for (const type of ['mouseover', 'focusin', 'mouseout', 'focusout'] as const) {
      this.addEventListener(type, (event) => this.note(event, type === 'mouseover' || type === 'focusin'));
    }
  }

  private track(entries: IntersectionObserverEntry[]): void {
    for (const entry of entries) {
      if (entry.isIntersecting) this.inView.add(entry.target.id);
      else this.inView.delete(entry.target.id);
    }
    for (const element of this.lit) element.classList.remove(LINKED);
    const lit = new Set<Element>();
    const countries = new Set<string>();
    for (const id of this.inView) {
      for (const element of this.querySelectorAll(`[data-passage="${id}"]:not(.margin-note), [data-passages~="${id}"], .rail a[href="#${id}"]`)) {
        lit.add(element);
        for (const country of (element.getAttribute('data-countries') ?? element.getAttribute('data-country') ?? '').split(' ')) if (country) countries.add(country);
      }
    }
    for (const country of countries) for (const element of this.querySelectorAll(`.rail [data-country="${country}"]`)) lit.add(element);
    this.lit = [...lit];
    for (const element of this.lit) element.classList.add(LINKED);
  }

  private note(event: Event, on: boolean): void {
    const owner = (event.target as Element).closest?.('.margin-note, .note-ref');
    // A number carries no passage of its own: it is its note's (the note its link leads to).
    const note = owner?.matches('.note-ref') ? document.getElementById(owner.getAttribute('href')!.slice(1)) : owner;
    const id = note?.getAttribute('data-passage');
    if (id) document.getElementById(id)?.classList.toggle(NOTED, on);
  }
}

customElements.define('linked-reading', LinkedReading);
