/**
 * <site-search>: a search form over the Pagefind index built with the site. The server-rendered
 * content explains that search needs JavaScript; this element replaces it with the form.
 */
interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string; type?: string; date?: string };
  sub_results?: { title: string; url: string; excerpt: string }[];
}
interface Pagefind {
  options(options: { baseUrl: string }): Promise<void>;
  search(query: string): Promise<{ results: { data(): Promise<PagefindResultData> }[] }>;
}

const MAX_RESULTS = 12;

class SiteSearch extends HTMLElement {
  #pagefind: Promise<Pagefind> | undefined;

  connectedCallback(): void {
    const template = this.querySelector('template');
    const fallback = this.querySelector('[data-search-fallback]');
    if (!template) return;
    fallback?.remove();
    this.append(template.content.cloneNode(true));
    const form = this.querySelector('form');
    const input = this.querySelector('input');
    const status = this.querySelector('[data-search-status]');
    const list = this.querySelector('[data-search-results]');
    if (!form || !input || !status || !list) return;
    const initial = new URLSearchParams(location.search).get('q');
    const run = async () => {
      const query = input.value.trim();
      if (query === '') {
        list.replaceChildren();
        status.textContent = '';
        return;
      }
      status.textContent = 'Searching…';
      const pagefind = await this.#load();
      const found = await pagefind.search(query);
      const results = await Promise.all(found.results.slice(0, MAX_RESULTS).map((result) => result.data()));
      list.replaceChildren(...results.map((result) => this.#item(result)));
      status.textContent = `${found.results.length} result${found.results.length === 1 ? '' : 's'} for “${query}”.`;
    };
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      history.replaceState(null, '', `?q=${encodeURIComponent(input.value.trim())}`);
      void run();
    });
    if (initial) {
      input.value = initial;
      void run();
    }
  }

  #load(): Promise<Pagefind> {
    const base = this.dataset['base'] ?? '/';
    this.#pagefind ??= import(/* @vite-ignore */ `${base}pagefind/pagefind.js`).then(async (module: Pagefind) => {
      await module.options({ baseUrl: base });
      return module;
    });
    return this.#pagefind;
  }

  #item(result: PagefindResultData): HTMLLIElement {
    const item = document.createElement('li');
    const heading = document.createElement('h2');
    const link = document.createElement('a');
    link.href = result.url;
    link.textContent = result.meta.title ?? result.url;
    heading.append(link);
    const meta = document.createElement('p');
    meta.className = 'meta';
    meta.textContent = [result.meta.type, result.meta.date].filter(Boolean).join(' · ');
    const excerpt = document.createElement('p');
    // Pagefind's excerpt is escaped text with <mark> around the matches.
    excerpt.innerHTML = result.excerpt;
    item.append(heading, meta, excerpt);
    const subResults = (result.sub_results ?? []).filter((sub) => sub.url !== result.url).slice(0, 3);
    if (subResults.length > 0) {
      const nested = document.createElement('ul');
      for (const sub of subResults) {
        const subItem = document.createElement('li');
        const subLink = document.createElement('a');
        subLink.href = sub.url;
        subLink.textContent = sub.title;
        subItem.append(subLink);
        nested.append(subItem);
      }
      item.append(nested);
    }
    return item;
  }
}

customElements.define('site-search', SiteSearch);
