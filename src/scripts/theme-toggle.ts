/**
 * <theme-toggle>: two buttons, Light and Dark, the active one pressed (`aria-pressed`) and drawn
 * filled, so the control shows which theme is on; a click switches and remembers the choice.
 * The group is hidden in the markup and shown only here, so readers without JavaScript see no
 * control that does nothing; they get their system setting.
 */
const STORAGE_KEY = 'theme';
type Theme = 'light' | 'dark';

const isTheme = (value: unknown): value is Theme => value === 'light' || value === 'dark';

function currentTheme(): Theme {
  const chosen = document.documentElement.dataset['theme'];
  if (isTheme(chosen)) return chosen;
  return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

class ThemeToggle extends HTMLElement {
  connectedCallback(): void {
    const buttons = [...this.querySelectorAll<HTMLButtonElement>('button[data-theme-choice]')];
    if (buttons.length === 0) return;
    const render = () => {
      const active = currentTheme();
      for (const button of buttons) button.setAttribute('aria-pressed', String(button.dataset['themeChoice'] === active));
    };
    this.hidden = false;
    render();
    for (const button of buttons) {
      button.addEventListener('click', () => {
        const next = button.dataset['themeChoice'];
        if (!isTheme(next)) return;
        document.documentElement.dataset['theme'] = next;
        try {
          localStorage.setItem(STORAGE_KEY, next);
        } catch {
          // Without storage the choice lasts for this page only.
        }
        render();
      });
    }
    // Follow the system setting while the reader has not chosen.
    matchMedia('(prefers-color-scheme: dark)').addEventListener('change', render);
  }
}

customElements.define('theme-toggle', ThemeToggle);
