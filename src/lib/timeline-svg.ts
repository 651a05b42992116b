/**
 * Timeline layout → SVG markup. Pure: a string out, coordinates rounded to 0.1 px and ids derived
 * from the caller's prefix, so snapshots are stable. Colours and line styles come from CSS classes
 * (src/styles/timeline.css), which keeps the markup free of inline styles and follows the
 * light/dark theme.
 */
import { SYMBOL_RADIUS, VERTICAL_SYMBOL_RADIUS, symbolPath, type MarkLayout, type TimelineLayout } from './timeline.ts';

export interface TimelineSvgOptions {
  /** Prefix for element ids, unique within the page ("timeline-horizontal"). */
  idPrefix: string;
  /** Accessible title of the chart. */
  title: string;
  /** Longer description: what is drawn and how to read it. */
  description: string;
  /** Where each event's link points ("#event-<id>" or the timeline page's anchor). */
  href: (eventId: string) => string;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
/** Escapes text and attribute values. */
export const escapeXml = (text: string): string => text.replace(/[&<>"]/g, (character) => ESCAPES[character]!);

/** A coordinate rounded to 0.1 px, without a trailing ".0". */
export const round = (value: number): string => String(Math.round(value * 10) / 10 + 0);

function attributes(values: Record<string, string | number | undefined>): string {
  return Object.entries(values)
    .filter(([, value]) => value !== undefined)
    .map(([name, value]) => ` ${name}="${typeof value === 'number' ? round(value) : escapeXml(value!)}"`)
    .join('');
}

const translate = (x: number, y: number) => `translate(${round(x)},${round(y)})`;

const element = (name: string, values: Record<string, string | number | undefined>, content?: string) =>
  content === undefined ? `<${name}${attributes(values)}/>` : `<${name}${attributes(values)}>${content}</${name}>`;

/** Maps (time, cross) to (x, y) for the layout's orientation. */
function projector(orientation: TimelineLayout['orientation']) {
  return orientation === 'horizontal'
    ? (time: number, cross: number) => ({ x: time, y: cross })
    : (time: number, cross: number) => ({ x: cross, y: time });
}

function renderAxis(layout: TimelineLayout): string {
  const at = projector(layout.orientation);
  const horizontal = layout.orientation === 'horizontal';
  const parts: string[] = [];
  for (const segment of layout.segments) {
    const start = at(segment.from, layout.axisAt);
    const end = at(segment.to, layout.axisAt);
    parts.push(element('line', { class: 'tl-axis-line', x1: start.x, y1: start.y, x2: end.x, y2: end.y }));
    if (horizontal) parts.push(element('text', { class: 'tl-caption', x: segment.from, y: 14 }, escapeXml(segment.caption)));
    for (const tick of segment.ticks) {
      const from = at(tick.position, layout.plot.crossFrom);
      const to = at(tick.position, layout.plot.crossTo);
      parts.push(element('line', { class: 'tl-grid', x1: from.x, y1: from.y, x2: to.x, y2: to.y }));
      parts.push(
        horizontal
          ? element('text', { class: 'tl-tick', x: tick.position, y: layout.axisAt - 8, 'text-anchor': 'middle' }, tick.label)
          : element('text', { class: 'tl-tick', x: layout.axisAt - 6, y: tick.position + 4, 'text-anchor': 'end' }, tick.label),
      );
    }
  }
  for (const gap of layout.breaks) {
    // A band across the plot and a zigzag on the axis mark where time is left out.
    const bandFrom = at(gap.from, layout.plot.crossFrom);
    const bandTo = at(gap.to, layout.plot.crossTo);
    parts.push(
      element('rect', {
        class: 'tl-break-band',
        x: Math.min(bandFrom.x, bandTo.x),
        y: Math.min(bandFrom.y, bandTo.y),
        width: Math.abs(bandTo.x - bandFrom.x),
        height: Math.abs(bandTo.y - bandFrom.y),
      }),
    );
    const step = (gap.to - gap.from) / 4;
    const points = [0, 1, 2, 3, 4].map((index) => at(gap.from + index * step, layout.axisAt + (index % 2 === 0 ? 0 : index === 1 ? -5 : 5)));
    parts.push(element('path', { class: 'tl-break', d: `M${points.map((point) => `${round(point.x)},${round(point.y)}`).join('L')}` }));
  }
  return element('g', { class: 'tl-axis', 'aria-hidden': 'true' }, parts.join(''));
}

/** Lane bands (drawn first, under the grid) and lane headers (drawn last, over it). */
function renderLaneBands(layout: TimelineLayout): string {
  const bands = layout.lanes.map((lane, index) => element('rect', { class: `tl-lane${index % 2 === 1 ? ' tl-lane-alt' : ''}`, ...lane.box }));
  return element('g', { class: 'tl-lanes', 'aria-hidden': 'true' }, bands.join(''));
}

function renderLaneHeaders(layout: TimelineLayout): string {
  const headers = layout.lanes.map(
    (lane) =>
      element('path', { class: `tl-symbol tl-cat-${lane.category}`, d: symbolPath(lane.category), transform: translate(lane.header.x + SYMBOL_RADIUS + 2, lane.header.y - 4) }) +
      element('text', { class: 'tl-lane-label', x: lane.header.x + 2 * SYMBOL_RADIUS + 8, y: lane.header.y }, escapeXml(lane.label)),
  );
  return element('g', { class: 'tl-lane-headers', 'aria-hidden': 'true' }, headers.join(''));
}

/** The mark itself: a symbol for a day, a light bar for a period, a solid capped bar for a range. */
function renderMark(mark: MarkPosition, orientation: TimelineLayout['orientation'], colour = `tl-cat-${mark.category}`): string {
  const at = projector(orientation);
  const radius = orientation === 'horizontal' ? SYMBOL_RADIUS : VERTICAL_SYMBOL_RADIUS;
  if (mark.kind === 'point') {
    const centre = at(mark.timeFrom, mark.cross);
    return element('path', { class: `tl-symbol ${colour}`, d: symbolPath(mark.category, radius), transform: translate(centre.x, centre.y) });
  }
  const thickness = mark.kind === 'period' ? 10 : 6;
  const from = at(mark.timeFrom, mark.cross - thickness / 2);
  const to = at(mark.timeTo, mark.cross + thickness / 2);
  const bar = element('rect', {
    class: `tl-${mark.kind} ${colour}`,
    x: from.x,
    y: from.y,
    width: to.x - from.x,
    height: to.y - from.y,
    rx: 2,
  });
  if (mark.kind === 'period') return bar;
  const capFrom = at(mark.timeFrom, mark.cross - 7);
  const capTo = at(mark.timeTo, mark.cross + 7);
  const caps =
    orientation === 'horizontal'
      ? `M${round(capFrom.x)},${round(capFrom.y)}V${round(capTo.y)}M${round(capTo.x)},${round(capFrom.y)}V${round(capTo.y)}`
      : `M${round(capFrom.x)},${round(capFrom.y)}H${round(capTo.x)}M${round(capFrom.x)},${round(capTo.y)}H${round(capTo.x)}`;
  return bar + element('path', { class: `tl-cap ${colour}`, d: caps });
}

/** What drawing a mark needs. */
type MarkPosition = Pick<MarkLayout, 'category' | 'kind' | 'timeFrom' | 'timeTo' | 'cross'>;

function markClasses(mark: MarkLayout): string {
  return ['tl-event', `tl-cat-${mark.category}`, mark.approximate ? 'is-approximate' : '', mark.expected ? 'is-expected' : ''].filter(Boolean).join(' ');
}

function renderEvent(mark: MarkLayout, layout: TimelineLayout, options: TimelineSvgOptions): string {
  const inside = [
    element('rect', { class: 'tl-hit', ...mark.hitBox, rx: 3 }),
    // In the vertical layout the mark sits on the axis, away from its label row, and is drawn
    // outside the link so that link areas stay separate (see renderDecorations); the row starts
    // with the category's symbol instead.
    mark.symbolAt
      ? element('path', { class: `tl-symbol tl-cat-${mark.category}`, d: symbolPath(mark.category), transform: translate(mark.symbolAt.x, mark.symbolAt.y) })
      : renderMark(mark, layout.orientation),
    element('text', { class: 'tl-label', x: mark.textX, y: mark.textY, 'text-anchor': mark.anchor === 'end' ? 'end' : undefined }, escapeXml(mark.label)),
  ].join('');
  return element(
    'a',
    {
      href: options.href(mark.id),
      class: markClasses(mark),
      'aria-label': mark.accessibleName,
      'data-event': mark.id,
      'data-category': mark.category,
      'data-countries': mark.countries.join(' '),
    },
    inside,
  );
}

/** Vertical layout: marks in their lane columns and leader lines to their labels. */
function renderDecorations(layout: TimelineLayout): string {
  if (layout.orientation === 'horizontal') return '';
  const parts = layout.marks.map((mark) => {
    const leader = mark.leader ? element('path', { class: 'tl-leader', d: `M${round(mark.leader.x1)},${round(mark.leader.y1)}L${round(mark.leader.x2)},${round(mark.leader.y2)}` }) : '';
    return element('g', { class: markClasses(mark).replace('tl-event', 'tl-decoration'), 'data-event': mark.id }, leader + renderMark(mark, layout.orientation));
  });
  return element('g', { class: 'tl-decorations', 'aria-hidden': 'true' }, parts.join(''));
}

/** A description of the chart for its `<desc>`; `linksTo` says where the event links lead. */
export function describeTimeline(layout: TimelineLayout, linksTo = 'its entry in the list below'): string {
  const segments = layout.segments.map((segment) => segment.caption).join('; ');
  const direction = layout.orientation === 'horizontal' ? 'left to right, one lane per category' : 'top to bottom, each label starting with its category’s symbol';
  return (
    `${layout.marks.length} events, time running ${direction} (${segments}). ` +
    'A symbol marks an event dated to the day, a light bar one dated only to a month, part of a year or a year, ' +
    'and a solid bar with end marks an event spread over a range of dates. Dashed outlines mark approximate dates, ' +
    `dotted hollow marks and italic labels expected events. Each event is a link to ${linksTo}.`
  );
}

/** The chart as an SVG string. */
export function renderTimelineSvg(layout: TimelineLayout, options: TimelineSvgOptions): string {
  const titleId = `${options.idPrefix}-title`;
  const descId = `${options.idPrefix}-desc`;
  const content = [
    element('title', { id: titleId }, escapeXml(options.title)),
    element('desc', { id: descId }, escapeXml(options.description)),
    renderLaneBands(layout),
    renderAxis(layout),
    renderLaneHeaders(layout),
    renderDecorations(layout),
    element('g', { class: 'tl-events' }, layout.marks.map((mark) => renderEvent(mark, layout, options)).join('')),
  ].join('');
  return element(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      class: `timeline-svg timeline-${layout.orientation}`,
      viewBox: `0 0 ${round(layout.width)} ${round(layout.height)}`,
      width: layout.width,
      height: layout.height,
      role: 'group',
      'aria-labelledby': titleId,
      'aria-describedby': descId,
    },
    content,
  );
}

/** A legend swatch: a category symbol in a small SVG, for HTML legends. */
export function renderLegendSymbol(category: MarkLayout['category']): string {
  const size = 2 * SYMBOL_RADIUS + 4;
  return element(
    'svg',
    { xmlns: 'http://www.w3.org/2000/svg', class: 'tl-legend-symbol', viewBox: `0 0 ${size} ${size}`, width: size, height: size, 'aria-hidden': 'true', focusable: 'false' },
    element('path', { class: `tl-symbol tl-cat-${category}`, d: symbolPath(category), transform: translate(size / 2, size / 2) }),
  );
}

/** What the legend explains about how marks are drawn. */
export type LegendKey = 'point' | 'period' | 'range' | 'approximate' | 'expected';

/** A legend swatch for a way of drawing, in the neutral colour, for HTML legends. */
export function renderLegendKey(key: LegendKey): string {
  const width = 36;
  const height = 16;
  const point = key === 'point';
  const mark: MarkPosition = {
    category: 'state-diplomacy',
    kind: point ? 'point' : key === 'range' ? 'range' : 'period',
    timeFrom: point ? width / 2 : 4,
    timeTo: point ? width / 2 : width - 4,
    cross: height / 2,
  };
  const flag = key === 'approximate' || key === 'expected' ? ` is-${key}` : '';
  return element(
    'svg',
    { xmlns: 'http://www.w3.org/2000/svg', class: 'tl-legend-symbol', viewBox: `0 0 ${width} ${height}`, width, height, 'aria-hidden': 'true', focusable: 'false' },
    element('g', { class: `tl-key${flag}` }, renderMark(mark, 'horizontal', 'tl-neutral')),
  );
}
