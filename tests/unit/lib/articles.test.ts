import { describe, expect, it } from 'vitest';
import { neighbours, sortArticles } from '../../../src/lib/articles.ts';

const article = (id: string, published: Parameters<typeof sortArticles>[0][number]['data']['published'], title = id) => ({ id, data: { title, published } });

describe('sortArticles', () => {
  it('orders by known date, then earliest possible date, then title', () => {
    const ordered = sortArticles([
      article('undated', { precision: 'unknown', note: 'x' }),
      article('dw', { precision: 'day', date: '2025-10-19' }),
      article('cna', { precision: 'unknown', notBefore: '2025-10-01', note: 'x' }),
      article('iv', { precision: 'datetime', date: '2025-10-18', time: '15:04' }),
    ]);
    expect(ordered.map((a) => a.id)).toEqual(['cna', 'iv', 'dw', 'undated']);
  });
});

describe('neighbours', () => {
  const list = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
  it('gives previous and next, and nothing past the ends', () => {
    expect(neighbours(list, 'b')).toEqual({ previous: { id: 'a' }, next: { id: 'c' } });
    expect(neighbours(list, 'a')).toEqual({ previous: undefined, next: { id: 'b' } });
    expect(neighbours(list, 'zzz')).toEqual({ previous: undefined, next: undefined });
  });
});
