/**
 * Theme toggle: a light/dark choice remembered in localStorage.
 *
 * The inline script in Base.astro's <head> applies the stored choice (or the
 * system theme) before first paint; this module only reveals the toggle,
 * flips the theme on click, stores the choice, and follows the system while
 * the reader has made none. Without JavaScript, tokens.css follows the system.
 */

/** The localStorage key, shared with the inline script in Base.astro. */
const THEME_KEY = 'theme';

/** A theme the page can show. */
type Theme = 'light' | 'dark';

/** The reader's stored choice, if any (storage may be blocked). */
function storedTheme(): Theme | null {
  try {
    const value = localStorage.getItem(THEME_KEY);
    return value === 'light' || value === 'dark' ? value : null;
  } catch {
    return null;
  }
}

const root = document.documentElement;
const system = window.matchMedia('(prefers-color-scheme: dark)');
const toggles = [...document.querySelectorAll<HTMLButtonElement>('[data-theme-toggle]')];

function apply(theme: Theme) {
  root.dataset.theme = theme;
  for (const toggle of toggles) toggle.setAttribute('aria-pressed', String(theme === 'dark'));
}

apply(root.dataset.theme === 'dark' ? 'dark' : 'light');
for (const toggle of toggles) {
  toggle.hidden = false;
  toggle.addEventListener('click', () => {
    const next: Theme = root.dataset.theme === 'dark' ? 'light' : 'dark';
    apply(next);
    try {
      localStorage.setItem(THEME_KEY, next);
    } catch {
      // Storage blocked: the choice lasts for this page only.
    }
  });
}
system.addEventListener('change', (event) => {
  if (!storedTheme()) apply(event.matches ? 'dark' : 'light');
});
