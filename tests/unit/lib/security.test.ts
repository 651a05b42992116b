import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cspHeader, cspMeta } from '../../../src/lib/security.ts';
import { PROJECT_ROOT } from '../../support/site-copy.ts';

describe('content security policy', () => {
  it('allows only the site itself, and no inline script', () => {
    expect(cspHeader()).toContain("default-src 'self'");
    expect(cspHeader()).toMatch(/script-src 'self'(?! 'unsafe-inline')/);
    expect(cspHeader()).not.toContain('unsafe-inline');
    expect(cspHeader()).not.toContain('http');
  });

  it('leaves header-only directives out of the meta version', () => {
    expect(cspHeader()).toContain("frame-ancestors 'none'");
    expect(cspMeta()).not.toContain('frame-ancestors');
  });

  it('is the same policy that public/_headers sends', () => {
    const headers = readFileSync(join(PROJECT_ROOT, 'public/_headers'), 'utf8');
    expect(headers).toContain(`Content-Security-Policy: ${cspHeader()}\n`);
    expect(headers).toContain('X-Content-Type-Options: nosniff');
    expect(headers).toContain('Referrer-Policy: strict-origin-when-cross-origin');
  });
});
