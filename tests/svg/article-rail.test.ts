/**
 * File snapshots of an article page's rail: its locator map (the real Natural Earth topology,
 * fixed countries), its timeline (the fixture events, vertical, two of them with differing
 * accounts) and its record chart (fixture claims). One element per line, so a diff shows what moved.
 */
import { describe, expect, it } from 'vitest';
import { articleEvents, timelineInputs, type ArticleEventInput } from '../../src/lib/article-page/events.ts';
import { renderArticleLocator } from '../../src/lib/article-page/locator.ts';
import { renderRecordSvg, sourceRecord } from '../../src/lib/article-page/record.ts';
import { mapOrder } from '../../src/lib/countries.ts';
import { layoutTierMap, LOCATOR_OPTIONS, type MapCountry } from '../../src/lib/tier-map.ts';
import { layoutTimeline } from '../../src/lib/timeline/layout.ts';
import { describeTimeline, renderTimelineSvg } from '../../src/lib/timeline/svg.ts';
import { loadWorldAtlas } from '../../src/node/world-atlas.ts';
import { claim, erring } from '../fixtures/claims.ts';
import { FIXTURE_EVENTS } from '../fixtures/events.ts';

const pretty = (svg: string) => `${svg.replace(/></g, '>\n<')}\n`;

const MAP: MapCountry[] = [
  { id: 'vnm', numeric: '704', name: 'Vietnam', region: 'Southeast Asia', tier: 'party-channel' },
  { id: 'lao', numeric: '418', name: 'Laos', region: 'Southeast Asia', tier: 'party-channel' },
  { id: 'idn', numeric: '360', name: 'Indonesia', region: 'Southeast Asia', tier: 'pragmatic-middle' },
  { id: 'mys', numeric: '458', name: 'Malaysia', region: 'Southeast Asia', tier: 'shut-out' },
  { id: 'sgp', numeric: '702', name: 'Singapore', region: 'Southeast Asia', tier: 'shut-out' },
  { id: 'tha', numeric: '764', name: 'Thailand', region: 'Southeast Asia', tier: 'enforcement-only' },
  { id: 'khm', numeric: '116', name: 'Cambodia', region: 'Southeast Asia', tier: 'surface-only' },
  { id: 'mmr', numeric: '104', name: 'Myanmar', region: 'Southeast Asia', tier: 'not-discussed' },
  { id: 'phl', numeric: '608', name: 'Philippines', region: 'Southeast Asia', tier: 'not-discussed' },
  { id: 'brn', numeric: '096', name: 'Brunei', region: 'Southeast Asia', tier: 'not-discussed' },
  { id: 'tls', numeric: '626', name: 'Timor-Leste', region: 'Southeast Asia', tier: 'not-discussed' },
  { id: 'prk', numeric: '408', name: 'North Korea', region: 'Northeast Asia', tier: undefined },
  { id: 'chn', numeric: '156', name: 'China', region: 'Northeast Asia', tier: undefined },
  { id: 'usa', numeric: '840', name: 'United States', region: 'North America', tier: undefined },
];
/** The article's countries: a few tiers, a tiny state, the inset and an edge marker. */
const SHOWN = ['vnm', 'lao', 'sgp', 'tha', 'prk', 'chn', 'usa'];

describe('article rail SVG', () => {
  it('locator map matches its snapshot', async () => {
    const layout = layoutTierMap(loadWorldAtlas(), mapOrder(MAP), LOCATOR_OPTIONS);
    const shown = MAP.filter((country) => SHOWN.includes(country.id)).map((country) => ({ ...country, passages: [`cited-${country.id}`] }));
    const svg = renderArticleLocator(layout, shown, { idPrefix: 'fixture-map', title: 'Fixture article map', href: (id) => `/countries/${id}/` });
    expect(svg.match(/<a /g)).toHaveLength(SHOWN.length);
    await expect(pretty(svg)).toMatchFileSnapshot('__snapshots__/article-locator.svg');
  });

  it('fails for a country the layout does not have', () => {
    const layout = layoutTierMap(loadWorldAtlas(), mapOrder(MAP), LOCATOR_OPTIONS);
    expect(() => renderArticleLocator(layout, [{ id: 'atl', name: 'Atlantis', tier: undefined }], { idPrefix: 'x', title: 'x', href: () => '#' })).toThrow('The map layout has no shape for atl.');
  });

  it('timeline matches its snapshot', async () => {
    const ref = { id: 'fixture-article', collection: 'articles' as const };
    const events: ArticleEventInput[] = FIXTURE_EVENTS.map((event, index) => ({
      ...event,
      data: {
        ...event.data,
        sources: [{ article: ref, passage: `words about ${event.id}` }],
        accounts: index % 4 === 1 ? [{ version: 'One version.', source: { article: ref, passage: `words about ${event.id}` } }] : [],
      },
    }));
    const items = articleEvents(events, ref.id);
    const layout = layoutTimeline(timelineInputs(items), { orientation: 'vertical' });
    const byId = new Map(items.map((item) => [item.event.id, item.passageId]));
    const svg = renderTimelineSvg(layout, { idPrefix: 'fixture-article-timeline', title: 'Fixture article timeline', description: describeTimeline(layout, 'the passage'), href: (id) => `#${byId.get(id)}`, scriptData: false });
    await expect(pretty(svg)).toMatchFileSnapshot('__snapshots__/article-timeline.svg');
  });

  it('record chart matches its snapshot', async () => {
    const CNA = 'cna-vietnam-courting-north-korea';
    const claims = [claim('a', { [CNA]: 'asserts' }), claim('b', { [CNA]: 'qualifies' }), claim('c', { 'dw-north-korea-eyes-southeast-asia': 'asserts' }), erring('d', { [CNA]: 'contradicts' }, [CNA])];
    const svg = renderRecordSvg(sourceRecord(claims, CNA), { idPrefix: 'fixture-record', total: claims.length, href: (kind) => `#record-${kind}` });
    await expect(pretty(svg)).toMatchFileSnapshot('__snapshots__/article-record.svg');
  });
});
