// Applies the reader's stored light/dark choice before the first paint (no flash of the wrong
// theme). Loaded as a small blocking file rather than inline so the CSP needs no exceptions.
try {
  var theme = localStorage.getItem('theme');
  if (theme === 'light' || theme === 'dark') document.documentElement.dataset.theme = theme;
} catch (e) {
  // Storage may be disabled; the system setting applies.
}
