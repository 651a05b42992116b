import { describe, expect, it } from 'vitest';
import { countOf, countWord, sentenceStart } from '../../../src/lib/count-words.ts';

describe('counts in running text', () => {
  it('spells small numbers and keeps digits for large ones', () => {
    expect(countWord(5)).toBe('five');
    expect(countWord(6)).toBe('six');
    expect(countWord(56)).toBe('56');
    expect(countOf(1, 'source')).toBe('one source');
    expect(countOf(6, 'source')).toBe('six sources');
    expect(countOf(0, 'entry', 'entries')).toBe('no entries');
  });

  it('capitalises a count that opens a sentence, and leaves digits alone', () => {
    expect(sentenceStart(countOf(6, 'source'))).toBe('Six sources');
    expect(sentenceStart(countOf(1, 'text'))).toBe('One text');
    expect(sentenceStart(countOf(40, 'text'))).toBe('40 texts');
    expect(sentenceStart('')).toBe('');
  });
});
