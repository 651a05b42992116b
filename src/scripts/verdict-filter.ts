/**
 * `<verdict-filter>`: radio buttons that show only the claims with one verdict. The server
 * renders the element hidden with every claim visible, so without JavaScript nothing is lost;
 * this script reveals the controls and hides what does not match.
 *
 *   <verdict-filter hidden data-total="51"> <fieldset> <input type="radio" name="verdict" value="all"> …
 *
 * Claims are elements with `data-verdict`; a `data-filter-group` element (a topic's rows or
 * section) is hidden when none of its claims is shown.
 */
class VerdictFilter extends HTMLElement {
  connectedCallback(): void {
    this.hidden = false;
    this.addEventListener('change', () => this.apply());
    this.apply();
  }

  private apply(): void {
    const chosen = this.querySelector<HTMLInputElement>('input[name="verdict"]:checked')?.value ?? 'all';
    const claims = document.querySelectorAll<HTMLElement>('[data-verdict]');
    for (const claim of claims) claim.hidden = chosen !== 'all' && claim.dataset['verdict'] !== chosen;
    for (const group of document.querySelectorAll<HTMLElement>('[data-filter-group]')) {
      group.hidden = !group.querySelector('[data-verdict]:not([hidden])');
    }
    const status = this.querySelector('[role="status"]');
    if (status) {
      const shown = document.querySelectorAll('tr[data-verdict]:not([hidden])').length;
      status.textContent = `Showing ${shown} of ${this.dataset['total'] ?? shown} claims.`;
    }
  }
}

customElements.define('verdict-filter', VerdictFilter);
