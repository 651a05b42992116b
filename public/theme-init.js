// Applies the reader's stored light/dark choice before the first paint (no flash of the wrong
// theme). Loaded as a small blocking file rather than inline so the CSP needs no exceptions.
// Marks the page as scripted before the first paint, so CSS can reserve room for controls that a
// script reveals (the matrix filter) instead of pushing the page down when they appear.
document.documentElement.setAttribute('data-js', '');
try {
  var theme = localStorage.getItem('theme');
  if (theme === 'light' || theme === 'dark') document.documentElement.dataset.theme = theme;
} catch (e) {
  // Storage may be disabled; the system setting applies.
}
