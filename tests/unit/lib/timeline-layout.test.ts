/**
 * The timeline layout's promises, checked on its output: the main chart on one linear axis, the
 * context strip separate, labels wrapped in full at their own dates, key events annotated, no
 * overlaps, chronological order — for the fixture, a crowd on one day, and the real content.
 */
import { describe, expect, it } from 'vitest';
import { eventInterval } from '../../../src/lib/event-dates.ts';
import { CONTEXT_BEFORE, linearAxis, panelOf, yearDomain } from '../../../src/lib/timeline/axis.ts';
import { COMPACT_SINCE, HORIZONTAL, MIN_SPAN, ROW_HEIGHT, VERTICAL, layoutTimeline, type MarkLayout, type Orientation, type TimelineEventInput, type TimelineLayout } from '../../../src/lib/timeline/layout.ts';
import { boxesOverlap } from '../../../src/lib/timeline/pack.ts';
import { SYMBOL_RADIUS } from '../../../src/lib/timeline/symbols.ts';
import { estimateTextWidth } from '../../../src/lib/timeline/text.ts';
import { EVENT_CATEGORIES } from '../../../src/schemas/event.ts';
import { FIXTURE_EVENTS } from '../../fixtures/events.ts';

const ORIENTATIONS: Orientation[] = ['horizontal', 'vertical'];
const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);
const markOf = (layout: TimelineLayout, id: string) => layout.marks.find((mark) => mark.id === id)!;
const mainPanel = (layout: TimelineLayout) => layout.panels.find((panel) => panel.kind === 'main')!;
const textOf = (mark: MarkLayout, role: 'date' | 'title' | 'annotation') =>
  mark.lines
    .filter((line) => line.role === role)
    .map((line) => line.text)
    .join(' ');

/** Where a date falls on the main chart's axis, by plain proportion: the definition of linear. */
function linearPosition(layout: TimelineLayout, date: Date): number {
  const { start, end, axis } = mainPanel(layout);
  return axis!.from + ((axis!.to - axis!.from) * (date.getTime() - start.getTime())) / (end.getTime() - start.getTime());
}

/** Every promise about labels, links and panels, for any layout. */
function expectReadable(layout: TimelineLayout, events: readonly TimelineEventInput[]): void {
  const byId = new Map(events.map((event) => [event.id, event]));
  const fontSize = layout.orientation === 'horizontal' ? HORIZONTAL.fontSize : VERTICAL.fontSize;
  const found: string[] = [];
  layout.marks.forEach((a, i) =>
    layout.marks.slice(i + 1).forEach((b) => {
      if (boxesOverlap(a.labelBox, b.labelBox)) found.push(`label ${a.id} × ${b.id}`);
      if (boxesOverlap(a.hitBox, b.hitBox)) found.push(`link ${a.id} × ${b.id}`);
    }),
  );
  expect(found).toEqual([]);
  for (const mark of layout.marks) {
    const event = byId.get(mark.id)!;
    // Full text, wrapped, never cut.
    expect(textOf(mark, 'title')).toBe(event.data.title);
    expect(textOf(mark, 'annotation')).toBe(event.data.key?.annotation ?? '');
    expect(mark.lines.some((line) => line.text.includes('…'))).toBe(false);
    for (const line of mark.lines) {
      const bold = line.role === 'title' && event.data.key !== undefined;
      if (line.text.includes(' ')) expect(estimateTextWidth(line.text, fontSize, bold)).toBeLessThanOrEqual(mark.labelBox.width + 0.001);
    }
    // Lines go down the page one line apart, inside the label's box.
    mark.lines.slice(1).forEach((line, index) => expect(line.y).toBeGreaterThan(mark.lines[index]!.y));
    expect(mark.lines.at(-1)!.y).toBeLessThanOrEqual(mark.labelBox.y + mark.labelBox.height + fontSize);
    // Big enough to hit, inside the chart, and the label inside its link.
    expect(mark.hitBox.height).toBeGreaterThanOrEqual(ROW_HEIGHT);
    expect(mark.hitBox.x).toBeGreaterThanOrEqual(0);
    expect(mark.hitBox.x + mark.hitBox.width).toBeLessThanOrEqual(layout.width + 0.001);
    expect(mark.hitBox.y + mark.hitBox.height).toBeLessThanOrEqual(layout.height);
    expect(mark.labelBox.x).toBeGreaterThanOrEqual(mark.hitBox.x - 0.001);
    expect(mark.labelBox.x + mark.labelBox.width).toBeLessThanOrEqual(mark.hitBox.x + mark.hitBox.width + 0.001);
  }
  // Each panel's caption fits the chart.
  for (const panel of layout.panels) expect(panel.captionAt.x + estimateTextWidth(panel.caption, 12, true)).toBeLessThanOrEqual(layout.width);
}

/** The label is set at the mark's own date: beside it (horizontal), or led to it by a line (vertical). */
function expectLabelledAtItsDate(layout: TimelineLayout): void {
  for (const mark of layout.marks.filter((candidate) => candidate.panel === 'main')) {
    const time = mark.time!;
    if (layout.orientation === 'horizontal') {
      const reach = mark.kind === 'point' ? SYMBOL_RADIUS : 1;
      const gap = HORIZONTAL.labelGap;
      if (mark.anchor === 'start') expect(mark.labelBox.x).toBeCloseTo(time.to + reach + gap, 5);
      else expect(mark.labelBox.x + mark.labelBox.width).toBeCloseTo(time.from - reach - gap, 5);
      // The mark is level with the label's first line.
      expect(time.cross).toBeGreaterThanOrEqual(mark.labelBox.y);
      expect(time.cross).toBeLessThanOrEqual(mark.labelBox.y + Math.min(mark.labelBox.height, ROW_HEIGHT));
    } else {
      const leader = mark.leader!;
      expect(leader.y1).toBeGreaterThanOrEqual(time.from - 0.001);
      expect(leader.y1).toBeLessThanOrEqual(time.to + 0.001);
      expect(leader.x1).toBeCloseTo(time.cross, -1);
      expect(leader.x2).toBeLessThan(mark.labelBox.x);
      expect(leader.y2).toBeCloseTo(mark.symbolAt!.y, 5);
    }
  }
  // The context strip writes each date out as the label's first line.
  for (const mark of layout.marks.filter((candidate) => candidate.panel === 'context')) {
    expect(mark.lines[0]!.role).toBe('date');
    expect(textOf(mark, 'date')).toBe(mark.dateLabel);
    expect(mark.time).toBeUndefined();
  }
}

describe('linearAxis and yearDomain', () => {
  it('is one linear scale: halfway in time is halfway in pixels', () => {
    const axis = linearAxis(utc('2023-01-01'), utc('2027-01-01'), 100, 900, 44);
    expect(axis.position(utc('2023-01-01'))).toBe(100);
    expect(axis.position(utc('2027-01-01'))).toBe(900);
    expect(axis.position(utc('2025-01-01'))).toBeCloseTo(500, 0);
    expect(axis.ticks.map((tick) => tick.label)).toEqual(['2023', '2024', '2025', '2026', '2027']);
  });

  it('spaces ticks at least the minimum apart', () => {
    const axis = linearAxis(utc('1940-01-01'), utc('2020-01-01'), 0, 300, 40);
    axis.ticks.slice(1).forEach((tick, index) => expect(tick.position - axis.ticks[index]!.position).toBeGreaterThanOrEqual(40));
  });

  it('covers the events in whole years', () => {
    const domain = yearDomain([eventInterval({ precision: 'month', value: '2023-09' }), eventInterval({ precision: 'day', value: '2025-10-10' })]);
    expect(domain).toEqual({ start: utc('2023-01-01'), end: utc('2026-01-01') });
    expect(yearDomain([eventInterval({ precision: 'year', value: 2025 })]).end).toEqual(utc('2026-01-01'));
  });

  it('puts an event in the panel its start falls in', () => {
    expect(panelOf(eventInterval({ precision: 'range', start: '2018', end: '2026' }))).toBe('context');
    expect(panelOf(eventInterval({ precision: 'season', year: 2023, part: 'late' }))).toBe('main');
    expect(CONTEXT_BEFORE).toEqual(utc('2023-01-01'));
  });
});

describe.each(ORIENTATIONS)('layoutTimeline, %s', (orientation) => {
  const layout = layoutTimeline(FIXTURE_EVENTS, { orientation });

  it('draws the context strip and the main chart as separate panels, context first', () => {
    expect(layout.panels.map((panel) => panel.kind)).toEqual(['context', 'main']);
    const [context, main] = layout.panels;
    expect(boxesOverlap(context!.box, main!.box)).toBe(false);
    expect(context!.box.y + context!.box.height).toBeLessThan(main!.box.y);
    expect(context!.axis).toBeUndefined();
    expect(context!.caption).toBe('Earlier history, 1945–2019, not to scale');
    expect(main!.caption).toBe('2023–2026, to scale');
  });

  it('keeps every event in one panel: context events start before the split, and no bar leaves the main axis', () => {
    for (const event of FIXTURE_EVENTS) {
      const mark = markOf(layout, event.id);
      expect(mark.panel).toBe(eventInterval(event.data.date).start < CONTEXT_BEFORE ? 'context' : 'main');
      if (mark.panel === 'main') {
        const { axis } = mainPanel(layout);
        expect(mark.time!.from).toBeGreaterThanOrEqual(axis!.from);
        expect(mark.time!.to).toBeLessThanOrEqual(axis!.to);
      }
    }
  });

  it('draws the main chart on one linear axis: every mark where plain proportion puts its dates', () => {
    for (const event of FIXTURE_EVENTS.filter((candidate) => markOf(layout, candidate.id).panel === 'main')) {
      const mark = markOf(layout, event.id);
      const interval = eventInterval(event.data.date);
      const from = linearPosition(layout, interval.start);
      const to = mark.kind === 'point' ? from : linearPosition(layout, interval.end);
      if (to - from >= MIN_SPAN) {
        expect(mark.time!.from).toBeCloseTo(from, 6);
        expect(mark.time!.to).toBeCloseTo(to, 6);
      } else {
        expect((mark.time!.from + mark.time!.to) / 2).toBeCloseTo((from + to) / 2, 6);
      }
    }
    for (const tick of mainPanel(layout).axis!.ticks) expect(tick.position).toBeCloseTo(linearPosition(layout, tick.date), 6);
  });

  it('draws a day as a point, a month, season or year as a period, a range as a bar', () => {
    expect(markOf(layout, 'parade').kind).toBe('point');
    expect(markOf(layout, 'parade').time!.from).toBe(markOf(layout, 'parade').time!.to);
    expect(markOf(layout, 'minister-visits').kind).toBe('period');
    expect(markOf(layout, 'it-teams').kind).toBe('period');
    expect(markOf(layout, 'forum-expected').kind).toBe('range');
  });

  it('labels every event in full at its own date, without overlaps', () => {
    expect(layout.marks).toHaveLength(FIXTURE_EVENTS.length);
    expectReadable(layout, FIXTURE_EVENTS);
    expectLabelledAtItsDate(layout);
  });

  it('annotates exactly the key events, under their title, and describes them to screen readers', () => {
    const keyed = layout.marks.filter((mark) => mark.annotation);
    expect(keyed.map((mark) => mark.id)).toEqual(['summit-2019', 'leader-arrives']);
    for (const mark of keyed) {
      expect(mark.lines.findIndex((line) => line.role === 'annotation')).toBeGreaterThan(mark.lines.findLastIndex((line) => line.role === 'title'));
      expect(mark.annotation).toBe(FIXTURE_EVENTS.find((event) => event.id === mark.id)!.data.key!.annotation);
    }
  });

  it('orders marks by date, then id, whatever the input order', () => {
    const ids = layout.marks.map((mark) => mark.id);
    expect(ids.indexOf('leaders-talk')).toBe(ids.indexOf('parade') - 1);
    expect(ids[0]).toBe('party-founded');
    expect(layoutTimeline([...FIXTURE_EVENTS].reverse(), { orientation })).toEqual(layout);
  });

  it('stays readable when thirty events share one day', () => {
    const crowd: TimelineEventInput[] = Array.from({ length: 30 }, (_, index) => ({
      id: `crowd-${String(index).padStart(2, '0')}`,
      data: {
        title: `A crowded day's event number ${index} with a long title that has to wrap onto more lines`,
        date: { precision: 'day', value: '2025-10-10' },
        approximate: false,
        status: 'happened',
        category: EVENT_CATEGORIES[index % EVENT_CATEGORIES.length]!,
        countries: [{ id: 'prk' }],
        ...(index % 7 === 0 ? { key: { annotation: 'A key event in the crowd, with a sentence long enough to wrap onto several lines.' } } : {}),
      },
    }));
    const events = [...FIXTURE_EVENTS, ...crowd];
    const crowded = layoutTimeline(events, { orientation });
    expectReadable(crowded, events);
    expectLabelledAtItsDate(crowded);
  });

  it('draws the compact chart from COMPACT_SINCE in the main chart alone', () => {
    const compact = layoutTimeline(FIXTURE_EVENTS, { orientation, since: COMPACT_SINCE });
    expect(compact.panels.map((panel) => panel.kind)).toEqual(['main']);
    expect(mainPanel(compact).start).toEqual(COMPACT_SINCE);
    expect(compact.marks.every((mark) => eventInterval(FIXTURE_EVENTS.find((event) => event.id === mark.id)!.data.date).start >= COMPACT_SINCE)).toBe(true);
    expectLabelledAtItsDate(compact);
  });

  it('draws a list with no earlier history without a context strip', () => {
    const recent = FIXTURE_EVENTS.filter((event) => eventInterval(event.data.date).start >= CONTEXT_BEFORE);
    expect(layoutTimeline(recent, { orientation }).panels.map((panel) => panel.kind)).toEqual(['main']);
    const old = FIXTURE_EVENTS.filter((event) => eventInterval(event.data.date).start < CONTEXT_BEFORE);
    expect(layoutTimeline(old, { orientation }).panels.map((panel) => panel.kind)).toEqual(['context']);
  });

  it('refuses to draw nothing', () => {
    expect(() => layoutTimeline([], { orientation })).toThrow('at least one event');
  });
});

describe('layoutTimeline: geometry per orientation', () => {
  it('horizontal: one lane per category drawn in the main chart, each holding its marks', () => {
    const layout = layoutTimeline(FIXTURE_EVENTS, { orientation: 'horizontal' });
    expect(layout.width).toBe(HORIZONTAL.width);
    const { lanes } = mainPanel(layout);
    const drawn = new Set(layout.marks.filter((mark) => mark.panel === 'main').map((mark) => mark.category));
    expect(lanes.map((lane) => lane.category)).toEqual(EVENT_CATEGORIES.filter((category) => drawn.has(category)));
    expect(drawn.has('sanctions-enforcement')).toBe(false);
    for (const lane of lanes) {
      for (const mark of layout.marks.filter((candidate) => candidate.panel === 'main' && candidate.category === lane.category)) {
        expect(mark.hitBox.y).toBeGreaterThanOrEqual(lane.box.y);
        expect(mark.hitBox.y + mark.hitBox.height).toBeLessThanOrEqual(lane.box.y + lane.box.height);
      }
    }
  });

  it('vertical: drawn at 1:1 for a 320 px screen, with text at 13 px', () => {
    const layout = layoutTimeline(FIXTURE_EVENTS, { orientation: 'vertical' });
    expect(layout.width).toBe(296);
    expect(VERTICAL.fontSize).toBeGreaterThanOrEqual(12);
    expect(mainPanel(layout).lanes).toEqual([]);
  });
});

describe('layoutTimeline over the real content/events', async () => {
  // The checked content changes as editors add events; the layout must stay readable for all of it.
  const { readdirSync, readFileSync } = await import('node:fs');
  const yaml = await import('js-yaml');
  const { plainReference } = await import('../../../src/node/check-content.ts');
  const { eventSchema } = await import('../../../src/schemas/event.ts');
  const folder = new URL('../../../content/events/', import.meta.url);
  const schema = eventSchema(plainReference);
  const events = readdirSync(folder)
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => ({ id: name.replace(/\.yaml$/, ''), data: schema.parse(yaml.load(readFileSync(new URL(name, folder), 'utf8'))) }));

  it('marks 6–10 key events, as the editors chose', () => {
    const keys = events.filter((event) => event.data.key);
    expect(keys.length).toBeGreaterThanOrEqual(6);
    expect(keys.length).toBeLessThanOrEqual(10);
  });

  for (const orientation of ORIENTATIONS) {
    it(`${orientation}: every event drawn in full at its date, nothing overlapping`, () => {
      const layout = layoutTimeline(events, { orientation });
      expect(layout.marks).toHaveLength(events.length);
      expectReadable(layout, events);
      expectLabelledAtItsDate(layout);
    });

    it(`${orientation}, compact: the same`, () => {
      const layout = layoutTimeline(events, { orientation, since: COMPACT_SINCE });
      expectReadable(layout, events);
      expectLabelledAtItsDate(layout);
    });
  }
});
