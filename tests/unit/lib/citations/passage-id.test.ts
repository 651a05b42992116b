import { describe, expect, it } from 'vitest';
import { citationPath } from '../../../../src/lib/citations/links.ts';
import { citedWordsId } from '../../../../src/lib/citations/passage-id.ts';

describe('citedWordsId', () => {
  it('is stable, readable and the same for visually equal words', () => {
    const id = citedWordsId('the first time in 18 years');
    expect(id).toMatch(/^cited-the-first-time-in-18-years-[0-9a-z]+$/);
    expect(citedWordsId('the first  time in\n18 years')).toBe(id);
    expect(citedWordsId('“her party”')).toBe(citedWordsId('"her party"'));
  });

  it('differs for different words that share their first six', () => {
    expect(citedWordsId('one two three four five six seven')).not.toBe(citedWordsId('one two three four five six eight'));
  });

  it('makes a valid fragment for words without letters or digits', () => {
    expect(citedWordsId('“…”')).toMatch(/^cited-[0-9a-z]+$/);
  });
});

describe('citationPath', () => {
  it('points at the cited words on the article page, for passages and quotes alike', () => {
    expect(citationPath({ article: { id: 'dw' }, passage: 'the first time in 18 years' })).toBe(`articles/dw/#${citedWordsId('the first time in 18 years')}`);
    expect(citationPath({ article: { id: 'dw' }, quote: 'her party', speaker: 'DW' })).toBe(`articles/dw/#${citedWordsId('her party')}`);
  });
});
