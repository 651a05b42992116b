/**
 * Timeline layout → SVG markup. Pure: a string out, coordinates rounded to 0.1 px and ids derived
 * from the caller's prefix, so snapshots are stable. Colours and line styles come from CSS classes
 * (src/styles/timeline.css), which keeps the markup free of inline styles and follows the
 * light/dark theme.
 */
import type { LabelLine, MarkLayout, PanelAxis, PanelLayout, TimelineLayout } from './model.ts';
import { SYMBOL_RADIUS, symbolPath } from './symbols.ts';
import { VERTICAL } from './vertical.ts';
import { escapeXml, round } from '../svg-format.ts';

export interface TimelineSvgOptions {
  /** Prefix for element ids, unique within the page ("timeline-horizontal"). */
  idPrefix: string;
  /** Accessible title of the chart. */
  title: string;
  /** Longer description: what is drawn and how to read it. */
  description: string;
  /** Where each event's link points ("#event-<id>" or the timeline page's anchor). */
  href: (eventId: string) => string;
  /**
   * Whether to write what the timeline page's script reads (default true): each mark's category
   * and date, and its event id on the marks drawn outside the link. A chart without that script
   * (an article's rail) leaves them out; the event id and countries on each link stay.
   */
  scriptData?: boolean;
}


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

/** A panel's frame: caption, then the context strip's band, or lane bands, gridlines, ticks, axis and lane headers. */
function renderPanel(panel: PanelLayout, layout: TimelineLayout): string {
  const parts: string[] = [];
  if (panel.kind === 'context') parts.push(element('rect', { class: 'tl-context-band', ...panel.box, rx: 4 }));
  parts.push(element('text', { class: 'tl-caption', x: panel.captionAt.x, y: panel.captionAt.y }, escapeXml(panel.caption)));
  parts.push(...panel.lanes.map((lane, index) => element('rect', { class: `tl-lane${index % 2 === 1 ? ' tl-lane-alt' : ''}`, ...lane.box })));
  if (panel.axis) parts.push(renderAxis(panel.axis, layout.orientation));
  for (const lane of panel.lanes) {
    parts.push(
      element('path', { class: `tl-symbol tl-cat-${lane.category}`, d: symbolPath(lane.category), transform: translate(lane.header.x + SYMBOL_RADIUS + 2, lane.header.y - 4) }),
      element('text', { class: 'tl-lane-label', x: lane.header.x + 2 * SYMBOL_RADIUS + 8, y: lane.header.y }, escapeXml(lane.label)),
    );
  }
  return element('g', { class: `tl-panel tl-panel-${panel.kind}`, 'aria-hidden': 'true' }, parts.join(''));
}

function renderAxis(axis: PanelAxis, orientation: TimelineLayout['orientation']): string {
  const at = projector(orientation);
  const parts: string[] = [];
  for (const tick of axis.ticks) {
    const from = at(tick.position, axis.crossFrom);
    const to = at(tick.position, axis.crossTo);
    parts.push(element('line', { class: 'tl-grid', x1: from.x, y1: from.y, x2: to.x, y2: to.y }));
    parts.push(
      orientation === 'horizontal'
        ? element('text', { class: 'tl-tick', x: tick.position, y: axis.at - 8, 'text-anchor': 'middle' }, tick.label)
        : element('text', { class: 'tl-tick', x: axis.at - 6, y: tick.position + 4, 'text-anchor': 'end' }, tick.label),
    );
  }
  const start = at(axis.from, axis.at);
  const end = at(axis.to, axis.at);
  parts.push(element('line', { class: 'tl-axis-line', x1: start.x, y1: start.y, x2: end.x, y2: end.y }));
  return parts.join('');
}

/** The mark itself: a symbol for a day, a light bar for a period, a solid capped bar for a range. */
function renderMark(mark: MarkPosition, orientation: TimelineLayout['orientation'], colour = `tl-cat-${mark.category}`): string {
  const at = projector(orientation);
  const { from: timeFrom, to: timeTo, cross } = mark.time;
  const radius = orientation === 'horizontal' ? SYMBOL_RADIUS : VERTICAL.symbolRadius;
  if (mark.kind === 'point') {
    const centre = at(timeFrom, cross);
    return element('path', { class: `tl-symbol ${colour}`, d: symbolPath(mark.category, radius), transform: translate(centre.x, centre.y) });
  }
  const thickness = mark.kind === 'period' ? 10 : 6;
  const from = at(timeFrom, cross - thickness / 2);
  const to = at(timeTo, cross + thickness / 2);
  const bar = element('rect', {
    class: `tl-${mark.kind} ${colour}`,
    x: from.x,
    y: from.y,
    width: to.x - from.x,
    height: to.y - from.y,
    rx: 2,
  });
  if (mark.kind === 'period') return bar;
  const capFrom = at(timeFrom, cross - 7);
  const capTo = at(timeTo, cross + 7);
  const caps =
    orientation === 'horizontal'
      ? `M${round(capFrom.x)},${round(capFrom.y)}V${round(capTo.y)}M${round(capTo.x)},${round(capFrom.y)}V${round(capTo.y)}`
      : `M${round(capFrom.x)},${round(capFrom.y)}H${round(capTo.x)}M${round(capFrom.x)},${round(capTo.y)}H${round(capTo.x)}`;
  return bar + element('path', { class: `tl-cap ${colour}`, d: caps });
}

/** What drawing a mark needs. */
type MarkPosition = Pick<MarkLayout, 'category' | 'kind'> & { time: NonNullable<MarkLayout['time']> };

function markClasses(mark: MarkLayout): string {
  return ['tl-event', `tl-cat-${mark.category}`, mark.annotation ? 'is-key' : '', mark.approximate ? 'is-approximate' : '', mark.expected ? 'is-expected' : ''].filter(Boolean).join(' ');
}

/**
 * Lines of one role as a `<text>`: one line as the text itself, more as `<tspan>`s, the first at
 * its position and each next one by its step down from the line before (`dy`, from the rounded
 * positions, so every line lands where an absolute `y` would put it, in fewer bytes).
 */
const tenth = (value: number) => Math.round(value * 10) / 10;

function renderLines(lines: LabelLine[], className: string, anchor: MarkLayout['anchor'], id?: string): string {
  if (lines.length === 0) return '';
  const textAnchor = anchor === 'end' ? 'end' : undefined;
  if (lines.length === 1) return element('text', { id, class: className, x: lines[0]!.x, y: lines[0]!.y, 'text-anchor': textAnchor }, escapeXml(lines[0]!.text));
  const spans = lines
    .map((line, index) => element('tspan', index === 0 ? { x: line.x, y: line.y } : { x: line.x, dy: tenth(line.y) - tenth(lines[index - 1]!.y) }, escapeXml(line.text)))
    .join('');
  return element('text', { id, class: className, 'text-anchor': textAnchor }, spans);
}

function renderEvent(mark: MarkLayout, layout: TimelineLayout, options: TimelineSvgOptions): string {
  const scriptData = options.scriptData ?? true;
  const noteId = mark.annotation ? `${options.idPrefix}-note-${mark.id}` : undefined;
  const inside = [
    element('rect', { class: 'tl-hit', ...mark.hitBox, rx: 3 }),
    // In the vertical layout the mark sits on the axis, away from its label, and is drawn outside
    // the link so that link areas stay separate (see renderDecorations); the label starts with
    // the category's symbol instead.
    mark.symbolAt
      ? element('path', { class: `tl-symbol tl-cat-${mark.category}`, d: symbolPath(mark.category), transform: translate(mark.symbolAt.x, mark.symbolAt.y) })
      : mark.time ? renderMark({ ...mark, time: mark.time }, layout.orientation) : '',
    renderLines(mark.lines.filter((line) => line.role === 'date'), 'tl-date', mark.anchor),
    renderLines(mark.lines.filter((line) => line.role === 'title'), 'tl-label', mark.anchor),
    renderLines(mark.lines.filter((line) => line.role === 'annotation'), 'tl-annotation', mark.anchor, noteId),
  ].join('');
  return element(
    'a',
    {
      href: options.href(mark.id),
      class: markClasses(mark),
      'aria-label': mark.accessibleName,
      'aria-describedby': noteId,
      'data-event': mark.id,
      'data-category': scriptData ? mark.category : undefined,
      'data-countries': mark.countries.join(' '),
      'data-date': scriptData ? mark.dateLabel : undefined,
    },
    inside,
  );
}

/** Vertical layout: marks in their lane columns and leader lines to their labels. */
function renderDecorations(layout: TimelineLayout, scriptData: boolean): string {
  if (layout.orientation === 'horizontal') return '';
  const parts = layout.marks.flatMap((mark) => {
    if (!mark.time) return [];
    const leader = mark.leader ? element('path', { class: 'tl-leader', d: `M${round(mark.leader.x1)},${round(mark.leader.y1)}L${round(mark.leader.x2)},${round(mark.leader.y2)}` }) : '';
    return [element('g', { class: markClasses(mark).replace('tl-event', 'tl-decoration'), 'data-event': scriptData ? mark.id : undefined }, leader + renderMark({ ...mark, time: mark.time }, layout.orientation))];
  });
  return element('g', { class: 'tl-decorations', 'aria-hidden': 'true' }, parts.join(''));
}

/** A description of the chart for its `<desc>`; `linksTo` says where the event links lead. */
export function describeTimeline(layout: TimelineLayout, linksTo = 'its entry in the list below'): string {
  const panels = layout.panels.map((panel) =>
    panel.kind === 'context'
      ? `a context strip listing the earlier history in order, ${panel.start.getUTCFullYear()}–${panel.end.getUTCFullYear() - 1}`
      : `the main chart, ${panel.start.getUTCFullYear()}–${panel.end.getUTCFullYear() - 1} on one even time scale`,
  );
  const direction = layout.orientation === 'horizontal' ? 'left to right, the main chart in one lane per category' : 'top to bottom, each label starting with its category’s symbol';
  const keys = layout.marks.filter((mark) => mark.annotation).length;
  return (
    `${layout.marks.length} events: ${panels.join(', then ')}, time running ${direction}. ` +
    'A symbol marks an event dated to the day, a light bar one dated only to a month, part of a year or a year, ' +
    'and a solid bar with end marks an event spread over a range of dates. Dashed outlines mark approximate dates, ' +
    `dotted hollow marks and italic labels expected events.${keys > 0 ? ` ${keys} key events carry a note in full sentences under their bold title.` : ''} ` +
    `Each event is a link to ${linksTo}.`
  );
}

/** The chart as an SVG string. */
export function renderTimelineSvg(layout: TimelineLayout, options: TimelineSvgOptions): string {
  const titleId = `${options.idPrefix}-title`;
  const descId = `${options.idPrefix}-desc`;
  const content = [
    element('title', { id: titleId }, escapeXml(options.title)),
    element('desc', { id: descId }, escapeXml(options.description)),
    ...layout.panels.map((panel) => renderPanel(panel, layout)),
    renderDecorations(layout, options.scriptData ?? true),
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
    time: { from: point ? width / 2 : 4, to: point ? width / 2 : width - 4, cross: height / 2 },
  };
  const flag = key === 'approximate' || key === 'expected' ? ` is-${key}` : '';
  return element(
    'svg',
    { xmlns: 'http://www.w3.org/2000/svg', class: 'tl-legend-symbol', viewBox: `0 0 ${width} ${height}`, width, height, 'aria-hidden': 'true', focusable: 'false' },
    element('g', { class: `tl-key${flag}` }, renderMark(mark, 'horizontal', 'tl-neutral')),
  );
}
