/**
 * `<verdict-filter>`: narrows the claim matrix by verdict, topic and source. The server renders
 * the element hidden with every claim visible, so without JavaScript nothing is lost; this script
 * reveals the controls and hides the rows that do not match.
 *
 *   <verdict-filter hidden data-total="56"> <select name="verdict"> <select name="topic"> <select name="source"> …
 *
 * Claims are elements with `data-verdict`, `data-topic` and `data-addressed` (the ids of the
 * sources that address the claim, space-separated); a `data-filter-group` element (a topic's
 * rows) is hidden when none of its claims is shown. "all" in a select means no restriction.
 */
class VerdictFilter extends HTMLElement {
  connectedCallback(): void {
    this.hidden = false;
    this.addEventListener('change', () => this.apply());
    this.apply();
  }

  private chosen(name: string): string {
    return this.querySelector<HTMLSelectElement>(`select[name="${name}"]`)?.value ?? 'all';
  }

  private apply(): void {
    const verdict = this.chosen('verdict');
    const topic = this.chosen('topic');
    const source = this.chosen('source');
    let shown = 0;
    for (const claim of document.querySelectorAll<HTMLElement>('[data-verdict]')) {
      const matches =
        (verdict === 'all' || claim.dataset['verdict'] === verdict) &&
        (topic === 'all' || claim.dataset['topic'] === topic) &&
        (source === 'all' || (claim.dataset['addressed'] ?? '').split(' ').includes(source));
      claim.hidden = !matches;
      if (matches) shown += 1;
    }
    for (const group of document.querySelectorAll<HTMLElement>('[data-filter-group]')) {
      group.hidden = !group.querySelector('[data-verdict]:not([hidden])');
    }
    const status = this.querySelector('[role="status"]');
    if (status) status.textContent = `Showing ${shown} of ${this.dataset['total'] ?? shown} claims.`;
  }
}

customElements.define('verdict-filter', VerdictFilter);
