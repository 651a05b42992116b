import { describe, expect, it } from 'vitest';
import { feedItems } from '../../../src/lib/feed.ts';
import { correctionEntry } from '../../fixtures/corrections.ts';

const outlet = { name: 'DW' };
const original = { kind: 'original' as const, derivesFrom: [], evidence: ['x'], captured: { note: 'n' } };
const copy = {
  kind: 'republished-copy' as const,
  fidelity: 'reworded' as const,
  derivesFrom: [{ work: { outlet: { name: 'DW' } }, basis: 'b' }],
  evidence: ['x'],
  captured: { note: 'n' },
  page: { url: 'https://copy.example.org/a', found: 'f', checkedOn: '2026-12-01' },
};

describe('feedItems', () => {
  it('lists the log newest first, then sources, dating only what the source dates', () => {
    const items = feedItems(
      [
        { id: 'dw', data: { title: 'Dated', summary: 'S1', outlet, provenance: original, published: { precision: 'day', date: '2025-10-19' } } },
        { id: 'x', data: { title: 'Undated', summary: 'S2', outlet, provenance: copy, published: { precision: 'unknown', note: 'n' } } },
      ],
      [correctionEntry('older', '2026-11-23'), correctionEntry('badge', '2026-12-01', { kind: 'clarification', subject: 'Badge' })],
      (path) => `/base/${path}`,
    );
    expect(items.map((item) => item.title)).toEqual(['Clarification: Badge', 'Correction: Subject older', 'Dated (DW)', 'Undated (Reworded copy of DW, captured from copy.example.org)']);
    expect(items[2]?.pubDate?.toISOString()).toBe('2025-10-19T00:00:00.000Z');
    expect(items[3]).not.toHaveProperty('pubDate');
    expect(items[0]?.link).toBe('/base/corrections/#badge');
    expect(items[0]?.description).toBe('Before: Before badge. Now: After badge. Why: Why badge.');
  });

  it('describes a first publication without a "before"', () => {
    const published = correctionEntry('site-published', '2026-11-23', { kind: 'published', before: undefined, after: 'First publication.', why: 'First.' });
    expect(feedItems([], [published], (path) => path)[0]).toMatchObject({ title: 'Published: Subject site-published', description: 'What: First publication. Why: First.' });
  });
});
