import { describe, expect, it } from 'vitest';
import { groupEvents } from '../../../src/lib/timeline/groups.ts';
import { citingSourceCounts } from '../../../src/lib/timeline/sources.ts';
import { FIXTURE_EVENTS } from '../../fixtures/events.ts';

describe('groupEvents (the timeline page list)', () => {
  it('puts the earlier history in one group, then one group per year, in order', () => {
    const groups = groupEvents(FIXTURE_EVENTS);
    expect(groups.map((group) => [group.id, group.label, group.events.length])).toEqual([
      ['earlier', 'Earlier history, 1945–2019', 6],
      ['2023', '2023', 2],
      ['2024', '2024', 1],
      ['2025', '2025', 8],
    ]);
    expect(groups.flatMap((group) => group.events).length).toBe(FIXTURE_EVENTS.length);
    // Chronological within a year: by start, then shorter first, then id.
    expect(groups.at(-1)!.events.map((event) => event.id)).toEqual(['it-teams', 'arms-deal', 'guests-attend', 'minister-visits', 'forum-expected', 'leader-arrives', 'leaders-talk', 'parade']);
  });

  it('has no earlier group when nothing is earlier', () => {
    expect(groupEvents(FIXTURE_EVENTS.filter((event) => event.id === 'parade')).map((group) => group.id)).toEqual(['2025']);
    expect(groupEvents([])).toEqual([]);
  });
});

describe('citingSourceCounts (the source line)', () => {
  const cite = (article: string) => ({ article: { id: article } });
  it('counts each event once per article, sources and accounts together, most first', () => {
    expect(
      citingSourceCounts([
        { data: { sources: [cite('dw'), cite('cna')], accounts: [{ source: cite('dw') }, { source: cite('tiers') }] } },
        { data: { sources: [cite('cna')] } },
        { data: { sources: [cite('tiers')] } },
      ]),
    ).toEqual([
      { article: 'cna', events: 2 },
      { article: 'tiers', events: 2 },
      { article: 'dw', events: 1 },
    ]);
  });
});
