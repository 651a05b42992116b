import { describe, expect, it } from 'vitest';
import { SITE_NAME } from '../../../src/lib/site-name.ts';

describe('the site name', () => {
  it('counts no sources: the set is open, so a number in the name would go stale', () => {
    expect(SITE_NAME).not.toMatch(/\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)\b/i);
  });

  it('takes no source’s thesis as its own: it does not name the tiers', () => {
    expect(SITE_NAME).not.toMatch(/tier/i);
  });
});
