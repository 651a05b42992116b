import { describe, expect, it } from 'vitest';
import { eventInterval } from '../../../src/lib/event-dates.ts';
import {
  AXIS_STRETCHES,
  COMPACT_SINCE,
  HORIZONTAL,
  MIN_SPAN,
  ROW_HEIGHT,
  VERTICAL,
  assignTracks,
  boxesOverlap,
  estimateTextWidth,
  fitText,
  layoutTimeline,
  planAxis,
  stackLabels,
  symbolPath,
  type Box,
  type Orientation,
  type TimelineEventInput,
  type TimelineLayout,
} from '../../../src/lib/timeline.ts';
import { EVENT_CATEGORIES } from '../../../src/schemas/event.ts';
import { FIXTURE_EVENTS } from '../../fixtures/events.ts';

const ORIENTATIONS: Orientation[] = ['horizontal', 'vertical'];
const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);
const markOf = (layout: TimelineLayout, id: string) => layout.marks.find((mark) => mark.id === id)!;

/** Every pair of boxes that share area, as "a × b". */
function overlaps(boxes: { id: string; box: Box }[]): string[] {
  const found: string[] = [];
  for (let i = 0; i < boxes.length; i += 1) {
    for (let j = i + 1; j < boxes.length; j += 1) {
      if (boxesOverlap(boxes[i]!.box, boxes[j]!.box)) found.push(`${boxes[i]!.id} × ${boxes[j]!.id}`);
    }
  }
  return found;
}

describe('planAxis (piecewise time axis)', () => {
  const intervals = FIXTURE_EVENTS.map((event) => eventInterval(event.data.date));
  const axis = planAxis(intervals, 0, 1000, { gap: 20, minTickSpacing: 40 });

  it('has a compressed past, a middle stretch and an expanded recent stretch, separated by gaps', () => {
    expect(axis.segments.map((segment) => [segment.start.getUTCFullYear(), segment.end.getUTCFullYear()])).toEqual([
      [1940, 2018],
      [2018, 2024],
      [2024, 2027],
    ]);
    expect(axis.segments.map((segment) => segment.caption)).toEqual(['1940–2017, compressed', '2018–2023', '2024–2026, expanded']);
    expect(axis.breaks).toEqual([
      { from: axis.segments[0]!.to, to: axis.segments[1]!.from },
      { from: axis.segments[1]!.to, to: axis.segments[2]!.from },
    ]);
    for (const gap of axis.breaks) expect(gap.to - gap.from).toBe(20);
    expect(axis.segments[0]!.from).toBe(0);
    expect(axis.segments.at(-1)!.to).toBeCloseTo(1000);
  });

  it('gives each stretch its share of the length, so a recent year is far wider than an old one', () => {
    const lengths = axis.segments.map((segment) => segment.to - segment.from);
    const total = lengths.reduce((sum, length) => sum + length, 0);
    AXIS_STRETCHES.forEach((stretch, index) => expect(lengths[index]! / total).toBeCloseTo(stretch.share));
    const pxPerYear = axis.segments.map((segment) => (segment.to - segment.from) / (segment.end.getUTCFullYear() - segment.start.getUTCFullYear()));
    expect(pxPerYear[2]! / pxPerYear[0]!).toBeGreaterThan(20);
  });

  it('is linear inside each stretch and increasing across them', () => {
    const position = axis.position;
    const [past, middle, recent] = axis.segments;
    // Halfway in years is halfway in pixels, give or take a leap day.
    expect(position(utc('1979-01-01'))).toBeCloseTo((past!.from + past!.to) / 2, 0);
    expect(position(utc('2021-01-01'))).toBeCloseTo((middle!.from + middle!.to) / 2, 0);
    expect(position(utc('2018-01-01'))).toBeCloseTo(middle!.from);
    expect(position(utc('2024-01-01'))).toBeCloseTo(recent!.from);
    const dates = ['1945-01-01', '1992-06-01', '2017-12-31', '2018-01-01', '2023-12-31', '2024-01-01', '2025-10-10', '2026-12-31'].map(utc);
    const positions = dates.map(position);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('labels ticks by year and spaces them at least the minimum apart', () => {
    expect(axis.segments[2]!.ticks.map((tick) => tick.label)).toEqual(['2024', '2025', '2026']);
    expect(axis.segments[0]!.ticks.map((tick) => tick.label)).toEqual(['1940', '1960', '1980', '2000']);
    expect(axis.segments[1]!.ticks.map((tick) => tick.label)).toEqual(['2018', '2019', '2020', '2021', '2022', '2023']);
    for (const segment of axis.segments) {
      const positions = segment.ticks.map((tick) => tick.position);
      positions.slice(1).forEach((position, index) => expect(position - positions[index]!).toBeGreaterThanOrEqual(40));
      for (const tick of segment.ticks) {
        expect(tick.position).toBeGreaterThanOrEqual(segment.from);
        expect(tick.position).toBeLessThan(segment.to);
      }
    }
  });

  it('is one plain linear segment without breaks when all events are recent', () => {
    const recent = planAxis([eventInterval({ precision: 'month', value: '2024-03' }), eventInterval({ precision: 'day', value: '2025-10-10' })], 0, 600, {
      gap: 20,
      minTickSpacing: 40,
    });
    expect(recent.segments).toHaveLength(1);
    expect(recent.breaks).toEqual([]);
    expect(recent.segments[0]!.caption).toBe('2024–2025');
    // 2024 is a leap year: 366 of the 731 days.
    expect(recent.position(utc('2025-01-01'))).toBeCloseTo((600 * 366) / 731);
  });
});

describe('layoutTimeline: precision drawn honestly', () => {
  for (const orientation of ORIENTATIONS) {
    describe(orientation, () => {
      const layout = layoutTimeline(FIXTURE_EVENTS, { orientation });
      const axis = planAxis(
        FIXTURE_EVENTS.map((event) => eventInterval(event.data.date)),
        layout.segments[0]!.from,
        layout.segments.at(-1)!.to,
        { gap: layout.breaks[0]!.to - layout.breaks[0]!.from, minTickSpacing: 1 },
      );

      it('draws a day as a point', () => {
        const mark = markOf(layout, 'leader-arrives');
        expect(mark.kind).toBe('point');
        expect(mark.timeFrom).toBe(mark.timeTo);
        expect(mark.timeFrom).toBeCloseTo(axis.position(utc('2025-10-09')));
      });

      it('draws a month, a season and a year as a period spanning exactly that time', () => {
        const month = markOf(layout, 'arms-deal');
        expect(month.kind).toBe('period');
        expect(month.timeFrom).toBeCloseTo(axis.position(utc('2025-08-01')));
        expect(month.timeTo).toBeCloseTo(axis.position(utc('2025-09-01')));
        const season = markOf(layout, 'it-teams');
        expect(season.kind).toBe('period');
        expect(season.timeFrom).toBeCloseTo(axis.position(utc('2025-01-01')));
        expect(season.timeTo).toBeCloseTo(axis.position(utc('2025-05-01')));
        const year = markOf(layout, 'trade-share');
        expect([year.timeFrom, year.timeTo].map((value) => Math.round(value))).toEqual(
          [axis.position(utc('2023-01-01')), axis.position(utc('2024-01-01'))].map((value) => Math.round(value)),
        );
      });

      it('draws a range as a bar from its first to the end of its last period', () => {
        const range = markOf(layout, 'founder-visits');
        expect(range.kind).toBe('range');
        expect(range.timeFrom).toBeCloseTo(axis.position(utc('1965-01-01')));
        expect(range.timeTo).toBeCloseTo(axis.position(utc('1993-01-01')));
      });

      it('widens spans too thin to see to MIN_SPAN around their true middle', () => {
        const year = markOf(layout, 'chief-visits-2007');
        const from = axis.position(utc('2007-01-01'));
        const to = axis.position(utc('2008-01-01'));
        expect(to - from).toBeLessThan(MIN_SPAN);
        expect(year.timeTo - year.timeFrom).toBeCloseTo(MIN_SPAN);
        expect((year.timeFrom + year.timeTo) / 2).toBeCloseTo((from + to) / 2);
      });

      it('carries the approximate and expected flags and says them in the accessible name', () => {
        const founded = markOf(layout, 'party-founded');
        expect(founded).toMatchObject({ approximate: true, expected: false, accessibleName: 'The party is founded, c. 1945' });
        const forum = markOf(layout, 'forum-expected');
        expect(forum).toMatchObject({ approximate: true, expected: true });
        expect(forum.accessibleName).toBe('Participation in regional forums is expected, c. October 2025 – 2026 (expected)');
        expect(markOf(layout, 'parade')).toMatchObject({ approximate: false, expected: false });
      });
    });
  }
});

describe('layoutTimeline: order', () => {
  it('orders marks by date, then id, so same-day events always come out the same way', () => {
    const layout = layoutTimeline(FIXTURE_EVENTS, { orientation: 'horizontal' });
    const ids = layout.marks.map((mark) => mark.id);
    expect(ids.indexOf('leader-arrives')).toBeLessThan(ids.indexOf('leaders-talk'));
    expect(ids.indexOf('leaders-talk')).toBe(ids.indexOf('parade') - 1);
    expect(ids[0]).toBe('party-founded');
    // Events starting on 1 October (the month and the range starting then) come before 9 and 10 October.
    expect(ids.slice(-6)).toEqual(['guests-attend', 'minister-visits', 'forum-expected', 'leader-arrives', 'leaders-talk', 'parade']);
  });

  it('gives the same layout whatever the input order', () => {
    for (const orientation of ORIENTATIONS) {
      const forward = layoutTimeline(FIXTURE_EVENTS, { orientation });
      const backward = layoutTimeline([...FIXTURE_EVENTS].reverse(), { orientation });
      expect(backward).toEqual(forward);
    }
  });
});

/** Geometry every layout must satisfy, whatever the events. */
function expectReadable(layout: TimelineLayout) {
  const labels = layout.marks.map((mark) => ({ id: mark.id, box: mark.labelBox }));
  const hits = layout.marks.map((mark) => ({ id: mark.id, box: mark.hitBox }));
  expect(overlaps(labels)).toEqual([]);
  expect(overlaps(hits)).toEqual([]);
  for (const mark of layout.marks) {
    // WCAG 2.2 target size: every link at least 24 × 24 px (the chart is drawn at 1:1).
    expect(mark.hitBox.height).toBeGreaterThanOrEqual(24);
    expect(mark.hitBox.width).toBeGreaterThanOrEqual(24);
    // The label lies inside the link's area and the chart.
    expect(mark.labelBox.x).toBeGreaterThanOrEqual(mark.hitBox.x - 0.001);
    expect(mark.labelBox.x + mark.labelBox.width).toBeLessThanOrEqual(mark.hitBox.x + mark.hitBox.width + 0.001);
    expect(mark.hitBox.x).toBeGreaterThanOrEqual(0);
    expect(mark.hitBox.x + mark.hitBox.width).toBeLessThanOrEqual(layout.width);
    expect(mark.hitBox.y + mark.hitBox.height).toBeLessThanOrEqual(layout.height);
    expect(mark.label.length).toBeGreaterThan(0);
    expect(mark.title.startsWith(mark.label.replace(/…$/, ''))).toBe(true);
  }
}

describe('layoutTimeline: labels never overlap', () => {
  for (const orientation of ORIENTATIONS) {
    it(`${orientation}: labels and link areas stay apart and big enough`, () => {
      const layout = layoutTimeline(FIXTURE_EVENTS, { orientation });
      expect(layout.marks).toHaveLength(FIXTURE_EVENTS.length);
      expectReadable(layout);
    });

    it(`${orientation}: still so when thirty events share one day`, () => {
      const crowd: TimelineEventInput[] = Array.from({ length: 30 }, (_, index) => ({
        id: `crowd-${String(index).padStart(2, '0')}`,
        data: {
          title: `A crowded day's event number ${index} with a long title that needs shortening`,
          date: { precision: 'day', value: '2025-10-10' },
          approximate: false,
          status: 'happened',
          category: EVENT_CATEGORIES[index % EVENT_CATEGORIES.length]!,
          countries: [{ id: 'prk' }],
        },
      }));
      expectReadable(layoutTimeline([...FIXTURE_EVENTS, ...crowd], { orientation }));
    });
  }

  it('horizontal: marks of one lane are packed into rows inside the lane', () => {
    const layout = layoutTimeline(FIXTURE_EVENTS, { orientation: 'horizontal' });
    expect(layout.width).toBe(HORIZONTAL.width);
    for (const lane of layout.lanes) {
      const marks = layout.marks.filter((mark) => mark.category === lane.category);
      expect(marks.length).toBeGreaterThan(0);
      for (const mark of marks) {
        expect(mark.hitBox.y).toBeGreaterThanOrEqual(lane.box.y);
        expect(mark.hitBox.y + mark.hitBox.height).toBeLessThanOrEqual(lane.box.y + lane.box.height);
      }
      expect(lane.box.height).toBeGreaterThanOrEqual(lane.rows * ROW_HEIGHT);
    }
    expect(layout.lanes.map((lane) => lane.category)).toEqual([...EVENT_CATEGORIES]);
  });

  it('vertical: fits a 320 px screen and joins every label to its mark', () => {
    const layout = layoutTimeline(FIXTURE_EVENTS, { orientation: 'vertical' });
    expect(layout.width).toBe(VERTICAL.width);
    expect(layout.lanes).toEqual([]);
    for (const mark of layout.marks) {
      expect(mark.leader).toBeDefined();
      expect(mark.leader!.y1).toBeCloseTo(mark.timeFrom);
      expect(mark.symbolAt).toBeDefined();
    }
  });
});

describe('layoutTimeline: compact', () => {
  it('draws only events from COMPACT_SINCE on, on one linear axis', () => {
    const layout = layoutTimeline(FIXTURE_EVENTS, { orientation: 'horizontal', since: COMPACT_SINCE });
    const expected = FIXTURE_EVENTS.filter((event) => eventInterval(event.data.date).start >= COMPACT_SINCE).map((event) => event.id);
    expect(layout.marks.map((mark) => mark.id).sort()).toEqual([...expected].sort());
    expect(layout.segments).toHaveLength(1);
    expect(layout.breaks).toEqual([]);
    expect(layout.years).toEqual({ first: 2024, last: 2026 });
    expectReadable(layout);
  });

  it('refuses to draw nothing', () => {
    expect(() => layoutTimeline(FIXTURE_EVENTS, { orientation: 'vertical', since: utc('2030-01-01') })).toThrow(/at least one event/);
  });
});

describe('text fitting', () => {
  it('estimates wider text as wider', () => {
    expect(estimateTextWidth('')).toBe(0);
    expect(estimateTextWidth('mmmm')).toBeGreaterThan(estimateTextWidth('iiii'));
    expect(estimateTextWidth('abc', 24)).toBeCloseTo(2 * estimateTextWidth('abc', 12));
  });

  it('keeps text that fits and shortens the rest at a word boundary with an ellipsis', () => {
    expect(fitText('To Lam visits', 200)).toBe('To Lam visits');
    const title = 'Vietnam urges the two Koreas to show restraint';
    const short = fitText(title, 160);
    expect(short).toMatch(/^Vietnam urges( \w+)*…$/);
    expect(estimateTextWidth(short)).toBeLessThanOrEqual(160);
    const words = short.slice(0, -1).split(' ').length;
    expect(estimateTextWidth(`${title.split(' ').slice(0, words + 1).join(' ')}…`)).toBeGreaterThan(160);
    expect(fitText('Kim Jong Un holds a summit, then talks', estimateTextWidth('Kim Jong Un holds a summit…'))).toBe('Kim Jong Un holds a summit…');
  });

  it('cuts a single overlong word by characters', () => {
    const cut = fitText('Supercalifragilisticexpialidocious', 60);
    expect(cut.endsWith('…')).toBe(true);
    expect(estimateTextWidth(cut)).toBeLessThanOrEqual(60);
  });
});

describe('stackLabels', () => {
  it('keeps labels at their ideal places when there is room', () => {
    expect(stackLabels([0, 40, 100], 28, 0, 200)).toEqual([0, 40, 100]);
  });

  it('pushes crowded labels apart and pulls a cluster at the end back inside', () => {
    expect(stackLabels([10, 10, 10, 150, 150, 150], 28, 0, 200)).toEqual([10, 38, 66, 116, 144, 172]);
  });

  it('never overlaps labels, even when they cannot all fit', () => {
    const positions = stackLabels([50, 50, 50, 50, 50, 50], 28, 0, 100);
    positions.slice(1).forEach((position, index) => expect(position - positions[index]!).toBeGreaterThanOrEqual(28));
    expect(positions[0]).toBe(0);
  });
});

describe('assignTracks', () => {
  it('puts overlapping extents on separate tracks and reuses free ones', () => {
    expect(
      assignTracks(
        [
          { from: 0, to: 10, kind: 'period' },
          { from: 5, to: 20, kind: 'period' },
          { from: 15, to: 30, kind: 'range' },
        ],
        2,
      ),
    ).toEqual([0, 1, 0]);
  });

  it('lets marks drawn at the same place share a track', () => {
    expect(
      assignTracks(
        [
          { from: 0, to: 10, kind: 'period' },
          { from: 0.4, to: 10.2, kind: 'period' },
          { from: 0, to: 10, kind: 'range' },
        ],
        2,
      ),
    ).toEqual([0, 0, 1]);
  });
});

/** The points an SVG path of M, L, h, v, A and Z commands visits. */
function pathPoints(path: string): [number, number][] {
  const points: [number, number][] = [];
  let x = 0;
  let y = 0;
  for (const [, command, args] of path.matchAll(/([MLAhvZ])([^MLAhvZ]*)/g)) {
    const numbers = (args!.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);
    if (command === 'M' || command === 'L') [x, y] = [numbers[0]!, numbers[1]!];
    else if (command === 'A') [x, y] = [numbers[5]!, numbers[6]!];
    else if (command === 'h') x += numbers[0]!;
    else if (command === 'v') y += numbers[0]!;
    else continue;
    points.push([x, y]);
  }
  return points;
}

describe('symbolPath', () => {
  it('draws a distinct shape per category, reaching the requested radius', () => {
    const paths = EVENT_CATEGORIES.map((category) => symbolPath(category, 6));
    expect(new Set(paths).size).toBe(EVENT_CATEGORIES.length);
    for (const path of paths) {
      expect(Math.max(...pathPoints(path).map(([x, y]) => Math.hypot(x, y)))).toBeGreaterThanOrEqual(5.9);
      for (const [x, y] of pathPoints(path)) expect(Math.max(Math.abs(x), Math.abs(y))).toBeLessThanOrEqual(6.1);
      expect(path).not.toMatch(/\d\.\d\d/);
    }
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

  it('has events to draw', () => {
    expect(events.length).toBeGreaterThan(10);
  });

  for (const orientation of ORIENTATIONS) {
    it(`${orientation}: every event drawn, no labels or links overlapping`, () => {
      const layout = layoutTimeline(events, { orientation });
      expect(layout.marks).toHaveLength(events.length);
      expectReadable(layout);
    });

    it(`${orientation}, compact: no labels or links overlapping`, () => {
      expectReadable(layoutTimeline(events, { orientation, since: COMPACT_SINCE }));
    });
  }
});
