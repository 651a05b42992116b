/**
 * <theme-toggle>: a button that switches between light and dark and remembers the choice.
 * The button is hidden in the markup and shown only here, so readers without JavaScript see no
 * control that does nothing; they get their system setting.
 */
const STORAGE_KEY = 'theme';
type Theme = 'light' | 'dark';

function currentTheme(): Theme {
  const chosen = document.documentElement.dataset['theme'];
  if (chosen === 'light' || chosen === 'dark') return chosen;
  return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

class ThemeToggle extends HTMLElement {
  connectedCallback(): void {
    const button = this.querySelector('button');
    if (!button) return;
    const render = () => {
      const dark = currentTheme() === 'dark';
      button.setAttribute('aria-pressed', String(dark));
    };
    button.hidden = false;
    render();
    button.addEventListener('click', () => {
      const next: Theme = currentTheme() === 'dark' ? 'light' : 'dark';
      document.documentElement.dataset['theme'] = next;
      try {
        localStorage.setItem(STORAGE_KEY, next);
      } catch {
        // Without storage the choice lasts for this page only.
      }
      render();
    });
  }
}

customElements.define('theme-toggle', ThemeToggle);
