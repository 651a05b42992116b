/**
 * SVG file snapshots of the timeline, in the manner of observablehq/plot's snapshot tests: the
 * chart rendered from fixed fixture events, coordinates rounded to 0.1 px, ids derived from a
 * fixed prefix. A change in layout or markup shows up as a diff of the .svg files.
 */
import { describe, expect, it } from 'vitest';
import { COMPACT_SINCE, layoutTimeline, type Orientation } from '../../src/lib/timeline.ts';
import { describeTimeline, escapeXml, renderLegendKey, renderLegendSymbol, renderTimelineSvg, round } from '../../src/lib/timeline-svg.ts';
import { EVENT_CATEGORIES } from '../../src/schemas/event.ts';
import { FIXTURE_EVENTS } from '../fixtures/events.ts';

function render(orientation: Orientation, since?: Date) {
  const layout = layoutTimeline(FIXTURE_EVENTS, { orientation, ...(since ? { since } : {}) });
  return renderTimelineSvg(layout, {
    idPrefix: `fixture-${orientation}`,
    title: `Fixture timeline, ${orientation}`,
    description: describeTimeline(layout),
    href: (id) => `#event-${id}`,
  });
}

/** Pretty-printed one element per line, so snapshot diffs are readable. */
const pretty = (svg: string) => `${svg.replace(/></g, '>\n<')}\n`;

describe('timeline SVG', () => {
  it('horizontal chart matches its snapshot', async () => {
    await expect(pretty(render('horizontal'))).toMatchFileSnapshot('__snapshots__/timeline.svg');
  });

  it('vertical chart matches its snapshot', async () => {
    await expect(pretty(render('vertical'))).toMatchFileSnapshot('__snapshots__/timeline-vertical.svg');
  });

  it('compact chart matches its snapshot', async () => {
    await expect(pretty(render('horizontal', COMPACT_SINCE))).toMatchFileSnapshot('__snapshots__/timeline-compact.svg');
  });

  for (const orientation of ['horizontal', 'vertical'] as const) {
    describe(orientation, () => {
      const svg = render(orientation);

      it('has a title and description it is labelled by', () => {
        expect(svg).toMatch(new RegExp(`^<svg [^>]*aria-labelledby="fixture-${orientation}-title" aria-describedby="fixture-${orientation}-desc"`));
        expect(svg).toContain(`<title id="fixture-${orientation}-title">Fixture timeline, ${orientation}</title>`);
        expect(svg).toMatch(/<desc id="fixture-[a-z]+-desc">17 events, time running/);
      });

      it('makes every event one named link to its entry, in chronological order', () => {
        const links = [...svg.matchAll(/<a href="#event-([a-z0-9-]+)"[^>]*aria-label="([^"]+)"/g)];
        expect(links).toHaveLength(FIXTURE_EVENTS.length);
        expect(new Set(links.map((link) => link[1])).size).toBe(FIXTURE_EVENTS.length);
        expect(links[0]![2]).toBe('The party is founded, c. 1945');
        expect(links.at(-1)![2]).toBe('A military parade marks the anniversary, 10 October 2025');
      });

      it('marks approximate and expected events with classes the stylesheet draws differently', () => {
        expect(svg).toMatch(/<a href="#event-party-founded" class="tl-event tl-cat-party-channel is-approximate"/);
        expect(svg).toMatch(/<a href="#event-forum-expected" class="tl-event tl-cat-state-diplomacy is-approximate is-expected"/);
        expect(svg).toMatch(/<a href="#event-parade" class="tl-event tl-cat-party-channel"/);
      });

      it('rounds every number to at most one decimal and has unique ids', () => {
        expect(svg).not.toMatch(/\d\.\d{2,}/);
        const ids = [...svg.matchAll(/ id="([^"]+)"/g)].map((match) => match[1]);
        expect(new Set(ids).size).toBe(ids.length);
      });

      it('has no inline styles or event handlers', () => {
        expect(svg).not.toMatch(/ style=| on[a-z]+=/);
      });
    });
  }
});

describe('legend swatches', () => {
  it('draws each category symbol and each way of drawing dates, hidden from screen readers', () => {
    for (const category of EVENT_CATEGORIES) expect(renderLegendSymbol(category)).toMatch(new RegExp(`aria-hidden="true".*tl-cat-${category}`));
    expect(renderLegendKey('point')).toContain('tl-symbol tl-neutral');
    expect(renderLegendKey('range')).toContain('tl-cap tl-neutral');
    expect(renderLegendKey('approximate')).toContain('class="tl-key is-approximate"');
    expect(renderLegendKey('expected')).toContain('class="tl-key is-expected"');
  });
});

describe('helpers', () => {
  it('escapes text for XML and rounds coordinates', () => {
    expect(escapeXml('Kim & "Lam" <3')).toBe('Kim &amp; &quot;Lam&quot; &lt;3');
    expect(round(12.345)).toBe('12.3');
    expect(round(-0.04)).toBe('0');
    expect(round(7)).toBe('7');
  });
});
