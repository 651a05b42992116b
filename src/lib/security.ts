/**
 * The site's Content Security Policy: everything from the site's own origin, nothing inline
 * that executes. Pagefind's search index needs WebAssembly. Served as a `<meta>` on every page
 * and as a header via `public/_headers` (a unit test keeps the two equal). `frame-ancestors`
 * only works as a header, so the meta version leaves it out.
 */
export const CSP_DIRECTIVES: Readonly<Record<string, string>> = {
  'default-src': "'self'",
  'script-src': "'self' 'wasm-unsafe-eval'",
  'style-src': "'self'",
  'img-src': "'self' data:",
  'font-src': "'self'",
  'connect-src': "'self'",
  'object-src': "'none'",
  'base-uri': "'self'",
  'form-action': "'self'",
  'frame-ancestors': "'none'",
};

const HEADER_ONLY = new Set(['frame-ancestors']);

const serialise = (directives: [string, string][]) => directives.map(([name, value]) => `${name} ${value}`).join('; ');

/** The policy for the HTTP header. */
export const cspHeader = (): string => serialise(Object.entries(CSP_DIRECTIVES));

/** The policy for `<meta http-equiv>`, without header-only directives. */
export const cspMeta = (): string => serialise(Object.entries(CSP_DIRECTIVES).filter(([name]) => !HEADER_ONLY.has(name)));
