/**
 * SVG file snapshots of the timeline, in the manner of observablehq/plot's snapshot tests: the
 * chart rendered from fixed fixture events, coordinates rounded to 0.1 px, ids derived from a
 * fixed prefix. A change in layout or markup shows up as a diff of the .svg files.
 */
import { describe, expect, it } from 'vitest';
import { COMPACT_SINCE, layoutTimeline, type Orientation } from '../../src/lib/timeline/layout.ts';
import { escapeXml, round } from '../../src/lib/svg-format.ts';
import { describeTimeline, renderLegendKey, renderLegendSymbol, renderTimelineSvg } from '../../src/lib/timeline/svg.ts';
import { symbolPath } from '../../src/lib/timeline/symbols.ts';
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

  it('compact vertical chart matches its snapshot', async () => {
    await expect(pretty(render('vertical', COMPACT_SINCE))).toMatchFileSnapshot('__snapshots__/timeline-compact-vertical.svg');
  });

  for (const orientation of ['horizontal', 'vertical'] as const) {
    describe(orientation, () => {
      const svg = render(orientation);

      it('has a title and description it is labelled by', () => {
        expect(svg).toMatch(new RegExp(`^<svg [^>]*aria-labelledby="fixture-${orientation}-title" aria-describedby="fixture-${orientation}-desc"`));
        expect(svg).toContain(`<title id="fixture-${orientation}-title">Fixture timeline, ${orientation}</title>`);
        expect(svg).toMatch(/<desc id="fixture-[a-z]+-desc">17 events: a context strip listing the earlier history in order, 1945–2019, then the main chart, 2023–2026 on one even time scale, time running/);
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

      it('draws the context strip in its own band, apart from the main chart', () => {
        expect(svg).toMatch(/<g class="tl-panel tl-panel-context" aria-hidden="true"><rect class="tl-context-band"[^>]*\/><text class="tl-caption"[^>]*>Earlier history, 1945–2019, not to scale<\/text>/);
        expect(svg).toMatch(/<g class="tl-panel tl-panel-main" aria-hidden="true"><text class="tl-caption"[^>]*>2023–2026, to scale<\/text>/);
        // Context events write their date out instead of a time mark.
        expect(svg).toMatch(/<a href="#event-party-founded"[^>]*>.*?<text class="tl-date"[^>]*>c\. 1945<\/text>/);
      });

      it('sets a key event\'s annotation under its title and describes its link with it', () => {
        const id = `fixture-${orientation}-note-leader-arrives`;
        expect(svg).toMatch(new RegExp(`<a href="#event-leader-arrives" class="tl-event tl-cat-party-channel is-key" aria-label="A leader arrives for the anniversary, 9 October 2025" aria-describedby="${id}"`));
        expect(svg).toMatch(new RegExp(`<text id="${id}" class="tl-annotation"><tspan [^>]*>Three sources report`));
        expect(svg.match(/class="tl-annotation"/g)).toHaveLength(2);
      });

      it('wraps labels into lines and never cuts them with an ellipsis', () => {
        expect(svg).not.toContain('…');
        expect(svg).toMatch(/<text class="tl-label"><tspan [^>]*>[^<]+<\/tspan><tspan /);
      });

      it('puts every line where the layout does: one line as the text itself, the next lines one step (dy) below the line before', () => {
        const layout = layoutTimeline(FIXTURE_EVENTS, { orientation });
        const tenth = (value: number) => Math.round(value * 10) / 10;
        const drawn: [string, number][] = [];
        for (const text of svg.matchAll(/<text (?:id="[^"]*" )?class="tl-(?:date|label|annotation)"([^>]*)>(.*?)<\/text>/g)) {
          const spans = [...text[2]!.matchAll(/<tspan x="[\d.]+" (y|dy)="([\d.]+)">([^<]*)<\/tspan>/g)];
          if (spans.length === 0) drawn.push([text[2]!, Number(/ y="([\d.]+)"/.exec(text[1]!)![1])]);
          expect(spans.length, 'a single line is written without a <tspan>').not.toBe(1);
          if (spans.length > 0) expect(spans[0]![1], 'the first line is placed absolutely').toBe('y');
          let y = 0;
          for (const [, kind, value, words] of spans) {
            y = kind === 'y' ? Number(value) : y + Number(value);
            drawn.push([words!, tenth(y)]);
          }
        }
        // Drawn per event in the order date, title, annotation.
        const expected = layout.marks.flatMap((mark) =>
          (['date', 'title', 'annotation'] as const).flatMap((role) => mark.lines.filter((line) => line.role === role).map((line): [string, number] => [escapeXml(line.text), tenth(line.y)])),
        );
        expect(drawn).toEqual(expected);
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

describe('scriptData', () => {
  const layout = layoutTimeline(FIXTURE_EVENTS, { orientation: 'vertical' });
  const options = { idPrefix: 'fixture', title: 'Fixture', description: 'Fixture.', href: (id: string) => `#event-${id}` };

  it('writes what the timeline page script reads by default: category and date on links, event ids on decorations', () => {
    const svg = renderTimelineSvg(layout, options);
    expect(svg).toContain('data-event="parade" data-category="party-channel" data-countries="prk" data-date="10 October 2025"');
    expect(svg).toMatch(/<g class="tl-decoration[^"]*" data-event="parade">/);
  });

  it('leaves it out when false, keeping each link\'s event id and countries for linked reading', () => {
    const svg = renderTimelineSvg(layout, { ...options, scriptData: false });
    expect(svg).not.toMatch(/data-category=|data-date=/);
    expect(svg).not.toMatch(/<g class="tl-decoration[^"]*" data-event=/);
    expect(svg).toContain('aria-label="A military parade marks the anniversary, 10 October 2025" data-event="parade" data-countries="prk">');
    expect(svg.match(/<a href=/g)).toHaveLength(FIXTURE_EVENTS.length);
  });
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

describe('symbolPath', () => {
  it('draws a distinct shape per category, rounded to 0.1 px', () => {
    const paths = EVENT_CATEGORIES.map((category) => symbolPath(category, 6));
    expect(new Set(paths).size).toBe(EVENT_CATEGORIES.length);
    for (const path of paths) expect(path).not.toMatch(/\d\.\d\d/);
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
