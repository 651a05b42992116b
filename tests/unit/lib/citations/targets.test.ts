import { describe, expect, it } from 'vitest';
import { eventCitations, markerTargets } from '../../../../src/lib/citations/targets.ts';

const link = (href: string) => ({ href, text: '✓ Consistent', description: 'A claim.', emphasis: false });

describe('markerTargets', () => {
  it('keeps the article’s own citations, once per cited words and kind, merging claim links', () => {
    const targets = markerTargets(
      [
        { citation: { article: { id: 'dw' }, passage: 'first time in 18 years' }, links: [link('#claim-a')] },
        { citation: { article: { id: 'dw' }, passage: 'first time in 18 years' }, links: [link('#claim-b')] },
        { citation: { article: { id: 'dw' }, quote: 'her party' } },
        { citation: { article: { id: 'cna' }, passage: 'first time in 18 years' }, links: [link('#claim-c')] },
      ],
      'dw',
    );
    expect(targets).toEqual([
      { words: 'first time in 18 years', kind: 'passage', links: [link('#claim-a'), link('#claim-b')] },
      { words: 'her party', kind: 'quote', links: [] },
    ]);
  });
});

describe('eventCitations', () => {
  it('lists an event’s sources, then its accounts’ sources', () => {
    const source = { article: { id: 'dw' }, passage: 'a passage' };
    const account = { article: { id: 'cna' }, quote: 'a quote' };
    expect(eventCitations({ sources: [source], accounts: [{ source: account }] })).toEqual([source, account]);
  });
});
