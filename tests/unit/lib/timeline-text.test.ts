import { describe, expect, it } from 'vitest';
import { LABEL_FONT_SIZE, estimateTextWidth, wrapText } from '../../../src/lib/timeline/text.ts';

describe('estimateTextWidth', () => {
  it('estimates wider text, larger sizes and bold as wider', () => {
    expect(estimateTextWidth('WWW')).toBeGreaterThan(estimateTextWidth('iii'));
    expect(estimateTextWidth('Hanoi', 13)).toBeGreaterThan(estimateTextWidth('Hanoi', LABEL_FONT_SIZE));
    expect(estimateTextWidth('Hanoi', 12, true)).toBeGreaterThan(estimateTextWidth('Hanoi', 12));
    expect(estimateTextWidth('')).toBe(0);
  });
});

describe('wrapText', () => {
  const title = 'Vietnam receives the leaders of the US, China and Russia within nine months';

  it('keeps every word, in order, and never adds an ellipsis', () => {
    const lines = wrapText(title, 120);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe(title);
    expect(lines.join('')).not.toContain('…');
  });

  it('fills each line as far as the width allows', () => {
    const lines = wrapText(title, 120);
    for (const line of lines) expect(estimateTextWidth(line)).toBeLessThanOrEqual(120);
    // The next word would not have fitted on any line but the last.
    lines.slice(0, -1).forEach((line, index) => expect(estimateTextWidth(`${line} ${lines[index + 1]!.split(' ')[0]}`)).toBeGreaterThan(120));
  });

  it('keeps text that fits on one line, and collapses runs of spaces', () => {
    expect(wrapText('Kim Jong Un visits Vietnam', 400)).toEqual(['Kim Jong Un visits Vietnam']);
    expect(wrapText('  two   words ', 400)).toEqual(['two words']);
  });

  it('gives a word wider than the line a line of its own rather than cutting it', () => {
    expect(wrapText('a Supercalifragilisticexpialidocious word', 60)).toEqual(['a', 'Supercalifragilisticexpialidocious', 'word']);
  });

  it('wraps bold text sooner than regular', () => {
    const text = 'North Korea begins closing diplomatic missions abroad';
    const width = estimateTextWidth('North Korea begins closing') + 1;
    expect(wrapText(text, width)[0]).toBe('North Korea begins closing');
    expect(wrapText(text, width, LABEL_FONT_SIZE, true)[0]).toBe('North Korea begins');
  });
});
