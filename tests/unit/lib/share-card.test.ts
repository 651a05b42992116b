import { describe, expect, it } from 'vitest';
import { shareCardSvg, wrapWords } from '../../../src/lib/share-card.ts';

describe('wrapWords', () => {
  it('breaks between words within the budget', () => {
    expect(wrapWords('North Korea eyes Southeast Asia for new friends', 20, 4)).toEqual(['North Korea eyes', 'Southeast Asia for', 'new friends']);
  });

  it('ends the last allowed line with an ellipsis when text remains', () => {
    expect(wrapWords('one two three four five six', 8, 2)).toEqual(['one two', 'three…']);
  });

  it('keeps a single word longer than the budget whole', () => {
    expect(wrapWords('Pneumonoultramicroscopic', 10, 2)).toEqual(['Pneumonoultramicroscopic']);
  });
});

describe('shareCardSvg', () => {
  it('escapes text and sizes the card for link previews', () => {
    const svg = shareCardSvg({ kicker: 'A & B', title: '<Title>', footer: 'Site' });
    expect(svg).toContain('width="1200" height="630"');
    expect(svg).toContain('A &amp; B');
    expect(svg).toContain('&lt;Title&gt;');
    expect(svg).not.toContain('<Title>');
  });
});
