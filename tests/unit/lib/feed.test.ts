import { describe, expect, it } from 'vitest';
import { feedItems } from '../../../src/lib/feed.ts';

const outlet = { name: 'DW' };

describe('feedItems', () => {
  it('lists corrections first, then sources, dating only what the source dates', () => {
    const items = feedItems(
      [
        { id: 'dw', data: { title: 'Dated', summary: 'S1', outlet, published: { precision: 'day', date: '2025-10-19' } } },
        { id: 'x', data: { title: 'Undated', summary: 'S2', outlet, published: { precision: 'unknown', note: 'n' } } },
      ],
      [{ date: '2026-11-23', title: 'Fix', description: 'D', path: 'analysis/' }],
      (path) => `/base/${path}`,
    );
    expect(items.map((item) => item.title)).toEqual(['Correction/update: Fix', 'Dated (DW)', 'Undated (DW)']);
    expect(items[1]?.pubDate?.toISOString()).toBe('2025-10-19T00:00:00.000Z');
    expect(items[2]).not.toHaveProperty('pubDate');
    expect(items[0]?.link).toBe('/base/analysis/');
  });
});
