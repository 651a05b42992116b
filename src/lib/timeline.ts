/**
 * Timeline layout: events in, positions, ticks, lanes and labels out. Pure (no DOM, no I/O) and
 * deterministic, so the same content always gives the same SVG.
 *
 * The axis is piecewise linear with visible breaks. The story spans 1945–2026, but all but eight
 * of its events fall in 2018–2026 and more than half in 2024–2025; one linear scale would squeeze
 * those into a few pixels, and a log or "fisheye" scale would distort durations everywhere without
 * saying so. Instead the axis has three stretches (AXIS_STRETCHES), each an honest linear d3 UTC
 * scale with its own ticks: the sparse past before 2018 compressed into a narrow strip, 2018–2023
 * (the summits, Malaysia's rupture, the pandemic years) at a middle scale, and 2024 onwards — the
 * courtship the sources are about — expanded. A gap with a zigzag marks each break and the
 * captions say which stretch is compressed or expanded. The first break is at 2018 rather than
 * 2019 so that the 2018 Singapore summit and the 2018–2019 shuttle diplomacy are drawn at the same
 * scale as the summitry that followed.
 *
 * Two orientations share that axis: horizontal (time left to right, one labelled lane per
 * category, labels packed into rows) for wide screens, and vertical (time top to bottom, marks in
 * as few narrow tracks as overlaps need, labels stacked one per row, each starting with its
 * category's symbol and joined to its mark by a leader line) for narrow ones. Geometry is in CSS
 * pixels at 1:1, so the target sizes computed here are the sizes readers get.
 */
import { scaleUtc, symbol, symbolCircle, symbolCross, symbolDiamond, symbolSquare, symbolStar, symbolTriangle, type SymbolType } from 'd3';
import { EVENT_CATEGORIES, type EventCategory, type EventData } from '../schemas/event.ts';
import { eventInterval, formatEventDate, sortEvents, type Interval } from './event-dates.ts';
import { EVENT_CATEGORY_LABELS } from './format.ts';

/**
 * The stretches of the piecewise axis (see the module comment): each runs until the start of
 * `until` and gets `share` of the axis length. Stretches outside the years the events cover are
 * left out.
 */
export const AXIS_STRETCHES = [
  { until: 2018, share: 0.18, adjective: 'compressed' },
  { until: 2024, share: 0.3, adjective: '' },
  { until: 2100, share: 0.52, adjective: 'expanded' },
] as const;
/** Height of one label row: at least the 24 × 24 px minimum target size, with room to spare. */
export const ROW_HEIGHT = 28;
/** Label font size in px. */
export const LABEL_FONT_SIZE = 12;
/** Outer radius of the category symbols marking single days. */
export const SYMBOL_RADIUS = 6;
/** Spans are never drawn narrower than this, so a month in the compressed past stays visible. */
export const MIN_SPAN = 3;

/** The compact (home-page) chart draws the courtship years only, on one linear axis. */
export const COMPACT_SINCE = new Date(Date.UTC(2024, 0, 1));

export type Orientation = 'horizontal' | 'vertical';

/** An event as the timeline needs it. */
export interface TimelineEventInput {
  id: string;
  data: Pick<EventData, 'title' | 'date' | 'approximate' | 'status' | 'category'> & { countries: readonly { id: string }[] };
}

/** How a mark is drawn: a point for a day, a period for a month, season or year, a bar for a range. */
export type MarkKind = 'point' | 'period' | 'range';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Tick {
  date: Date;
  /** Position along the time axis (x when horizontal, y when vertical). */
  position: number;
  label: string;
}

export interface PlacedSegment {
  start: Date;
  end: Date;
  /** Pixel extent along the time axis. */
  from: number;
  to: number;
  caption: string;
  ticks: Tick[];
}

export interface LaneLayout {
  category: EventCategory;
  label: string;
  /** The lane's band, header included. */
  box: Box;
  /** Where the lane's name and symbol are drawn. */
  header: { x: number; y: number };
  /** Number of label rows. */
  rows: number;
}

export interface MarkLayout {
  id: string;
  title: string;
  /** The label drawn next to the mark: the title, shortened with "…" when it would not fit. */
  label: string;
  dateLabel: string;
  /** Title and date, for the link's accessible name. */
  accessibleName: string;
  category: EventCategory;
  countries: string[];
  kind: MarkKind;
  approximate: boolean;
  expected: boolean;
  /** Position of the event along the time axis: start and end of its interval (equal for a point). */
  timeFrom: number;
  timeTo: number;
  /** Cross-axis centre line of the mark. */
  cross: number;
  /** The label's box and where its text starts; anchor "end" means the text ends at textX. */
  labelBox: Box;
  textX: number;
  textY: number;
  anchor: 'start' | 'end';
  /** The link's hit area: at least ROW_HEIGHT high, never overlapping another mark's. */
  hitBox: Box;
  /** Vertical layout: the category symbol at the start of the label row. */
  symbolAt?: { x: number; y: number };
  /** Vertical layout: a line from the mark to its label. */
  leader?: { x1: number; y1: number; x2: number; y2: number };
}

export interface TimelineLayout {
  orientation: Orientation;
  width: number;
  height: number;
  /** Position of the axis line across the time axis (y when horizontal, x when vertical). */
  axisAt: number;
  segments: PlacedSegment[];
  /** Gaps between segments, drawn as a zigzag break. */
  breaks: { from: number; to: number }[];
  /** One lane per category (horizontal); none when vertical, where each label carries its category's symbol. */
  lanes: LaneLayout[];
  /** In chronological order (date, then id): also the keyboard and reading order. */
  marks: MarkLayout[];
  /** The extent of the plot across the time axis, for gridlines. */
  plot: { crossFrom: number; crossTo: number };
  /** First and last year any drawn event touches. */
  years: { first: number; last: number };
}

export interface LayoutOptions {
  orientation: Orientation;
  /** Only events starting on or after this date, drawn on one linear axis (the compact chart). */
  since?: Date;
}

/** Shapes that tell the categories apart without colour. */
export const CATEGORY_SYMBOLS: Record<EventCategory, SymbolType> = {
  'party-channel': symbolStar,
  'state-diplomacy': symbolCircle,
  'sanctions-enforcement': symbolSquare,
  'illicit-finance-cyber': symbolDiamond,
  'military-arms': symbolTriangle,
  'economy-trade': symbolCross,
};

/**
 * d3 symbol area per squared outer radius, so that every shape reaches the same radius whatever
 * its type (d3 sizes symbols by area, which makes a star far larger than a square).
 */
const AREA_PER_RADIUS_SQUARED: Record<EventCategory, number> = {
  'party-channel': 1.122,
  'state-diplomacy': Math.PI,
  'sanctions-enforcement': 4,
  'illicit-finance-cyber': 1.145,
  'military-arms': 1.3,
  'economy-trade': 2.245,
};

/** SVG path of a category's symbol centred on 0,0 and reaching `radius` px, rounded to 0.1 px. */
export function symbolPath(category: EventCategory, radius = SYMBOL_RADIUS): string {
  return symbol(CATEGORY_SYMBOLS[category], AREA_PER_RADIUS_SQUARED[category] * radius * radius).digits(1)() ?? '';
}

/* ----------------------------------------------------------------------------------------------
 * Text measurement without a DOM: Helvetica/Arial advance widths (in 1/1000 em, as in PDF font
 * metrics), enlarged by TEXT_WIDTH_MARGIN because common system fonts such as DejaVu Sans run
 * wider; estimates err on the long side, so labels apart on paper are apart on screen.
 * -------------------------------------------------------------------------------------------- */
const ADVANCE_GROUPS: [number, string][] = [
  [191, "'"],
  [222, 'ijl’‘'],
  [278, ' .,:;!/fIt[]'],
  [333, '-()r"“”'],
  [500, 'cksvxyzJ'],
  [556, 'abdeghnopqu0123456789$L–?'],
  [611, 'FTZ'],
  [667, 'ABEKPSVXY&'],
  [722, 'CDHNRUw'],
  [778, 'GOQ'],
  [833, 'mM'],
  [889, '%'],
  [944, 'W'],
  [1000, '…@'],
];
const ADVANCES = new Map(ADVANCE_GROUPS.flatMap(([width, characters]) => [...characters].map((character) => [character, width] as const)));
const TEXT_WIDTH_MARGIN = 1.12;

/** Estimated rendered width of `text` in px at `fontSize`. */
export function estimateTextWidth(text: string, fontSize = LABEL_FONT_SIZE): number {
  let thousandths = 0;
  for (const character of text) thousandths += ADVANCES.get(character) ?? 600;
  return (thousandths / 1000) * fontSize * TEXT_WIDTH_MARGIN;
}

/** The text, or its longest word-boundary prefix followed by "…", that fits in `maxWidth` px. */
export function fitText(text: string, maxWidth: number, fontSize = LABEL_FONT_SIZE): string {
  if (estimateTextWidth(text, fontSize) <= maxWidth) return text;
  const words = text.split(' ');
  for (let count = words.length - 1; count > 0; count -= 1) {
    const candidate = `${words.slice(0, count).join(' ').replace(/[,;:.–—-]+$/, '')}…`;
    if (estimateTextWidth(candidate, fontSize) <= maxWidth) return candidate;
  }
  // A single word too long to fit: cut it by characters.
  let cut = text;
  while (cut.length > 1 && estimateTextWidth(`${cut}…`, fontSize) > maxWidth) cut = cut.slice(0, -1);
  return `${cut}…`;
}

/* ---------------------------------------------------------------------------------------------
 * The piecewise axis.
 * ------------------------------------------------------------------------------------------- */

const utcYear = (year: number) => new Date(Date.UTC(year, 0, 1));

/** Tick steps in years, smallest first; the axis uses the smallest that leaves `minSpacing` px between ticks. */
const TICK_STEPS = [1, 2, 5, 10, 20, 25, 50];

function segmentTicks(start: Date, end: Date, from: number, to: number, minSpacing: number): Tick[] {
  const scale = scaleUtc().domain([start, end]).range([from, to]);
  const years = end.getUTCFullYear() - start.getUTCFullYear();
  const pxPerYear = Math.abs(to - from) / Math.max(years, 1);
  const step = TICK_STEPS.find((candidate) => candidate * pxPerYear >= minSpacing) ?? TICK_STEPS.at(-1)!;
  const ticks: Tick[] = [];
  const first = Math.ceil(start.getUTCFullYear() / step) * step;
  // The segment's end is excluded: it is the next segment's start (or the end of time drawn).
  for (let year = first; utcYear(year) < end; year += step) {
    const date = utcYear(year);
    ticks.push({ date, position: scale(date), label: String(year) });
  }
  return ticks;
}

interface AxisPlan {
  segments: PlacedSegment[];
  breaks: { from: number; to: number }[];
  /** Position of a date along the time axis. */
  position: (date: Date) => number;
}

/**
 * Splits [from, to] px into the stretches of AXIS_STRETCHES that hold events, each with its own
 * linear d3 UTC scale and a gap between them; with a single stretch the axis is plainly linear.
 */
export function planAxis(intervals: readonly Interval[], from: number, to: number, options: { gap: number; minTickSpacing: number }): AxisPlan {
  const firstYear = Math.min(...intervals.map((interval) => interval.start.getUTCFullYear()));
  const lastDate = new Date(Math.max(...intervals.map((interval) => interval.end.getTime())));
  // End on a year boundary so the last tick interval is whole.
  const endYear = lastDate.getUTCMonth() === 0 && lastDate.getUTCDate() === 1 ? lastDate.getUTCFullYear() : lastDate.getUTCFullYear() + 1;

  const stretches = AXIS_STRETCHES.map((stretch, index) => ({
    ...stretch,
    startYear: Math.max(index === 0 ? -Infinity : AXIS_STRETCHES[index - 1]!.until, firstYear),
    endYear: Math.min(stretch.until, endYear),
  })).filter((stretch) => stretch.startYear < stretch.endYear);
  const single = stretches.length === 1;
  // The first stretch starts on a round decade when it covers the long past.
  const first = stretches[0]!;
  if (!single) first.startYear = Math.floor(first.startYear / 10) * 10;

  const totalShare = stretches.reduce((sum, stretch) => sum + stretch.share, 0);
  const usable = to - from - options.gap * (stretches.length - 1);
  let cursor = from;
  const segments: PlacedSegment[] = stretches.map((stretch) => {
    const start = utcYear(stretch.startYear);
    const end = utcYear(stretch.endYear);
    const length = (usable * stretch.share) / totalShare;
    const segment: PlacedSegment = {
      start,
      end,
      from: cursor,
      to: cursor + length,
      caption: `${stretch.startYear}–${stretch.endYear - 1}${single || !stretch.adjective ? '' : `, ${stretch.adjective}`}`,
      ticks: segmentTicks(start, end, cursor, cursor + length, options.minTickSpacing),
    };
    cursor += length + options.gap;
    return segment;
  });
  const scales = segments.map((segment) => ({ segment, scale: scaleUtc().domain([segment.start, segment.end]).range([segment.from, segment.to]).clamp(true) }));
  const breaks = segments.slice(1).map((segment, index) => ({ from: segments[index]!.to, to: segment.from }));
  const position = (date: Date) => (scales.find(({ segment }) => date < segment.end) ?? scales.at(-1)!).scale(date);
  return { segments, breaks, position };
}

/* ---------------------------------------------------------------------------------------------
 * Marks and labels.
 * ------------------------------------------------------------------------------------------- */

function markKind(event: TimelineEventInput): MarkKind {
  const { precision } = event.data.date;
  if (precision === 'day') return 'point';
  return precision === 'range' ? 'range' : 'period';
}

interface Prepared {
  event: TimelineEventInput;
  interval: Interval;
  kind: MarkKind;
  dateLabel: string;
}

function prepare(events: readonly TimelineEventInput[], since: Date | undefined): Prepared[] {
  return sortEvents(events)
    .map((event) => ({ event, interval: eventInterval(event.data.date), kind: markKind(event), dateLabel: formatEventDate(event.data) }))
    .filter(({ interval }) => !since || interval.start >= since);
}

/** Where a mark sits along the time axis: a point at its day, a span widened to MIN_SPAN if needed. */
function timeExtent(item: Prepared, position: (date: Date) => number): { timeFrom: number; timeTo: number } {
  const from = position(item.interval.start);
  if (item.kind === 'point') return { timeFrom: from, timeTo: from };
  const to = position(item.interval.end);
  if (to - from >= MIN_SPAN) return { timeFrom: from, timeTo: to };
  const middle = (from + to) / 2;
  return { timeFrom: middle - MIN_SPAN / 2, timeTo: middle + MIN_SPAN / 2 };
}

function baseMark(item: Prepared, label: string): Omit<MarkLayout, 'timeFrom' | 'timeTo' | 'cross' | 'labelBox' | 'textX' | 'textY' | 'anchor' | 'hitBox'> {
  const { event } = item;
  return {
    id: event.id,
    title: event.data.title,
    label,
    dateLabel: item.dateLabel,
    accessibleName: `${event.data.title}, ${item.dateLabel}`,
    category: event.data.category,
    countries: event.data.countries.map((country) => country.id),
    kind: item.kind,
    approximate: event.data.approximate,
    expected: event.data.status === 'expected',
  };
}

const LABEL_GAP = 5;
const ROW_GAP = 8;
const LANE_HEADER = 22;
const LANE_GAP = 6;

interface Placement {
  label: string;
  labelWidth: number;
  labelLeft: number;
  anchor: 'start' | 'end';
  timeFrom: number;
  timeTo: number;
  /** The extent of mark and label together along the time axis. */
  left: number;
  right: number;
}

/** The two ways to place a mark's label, right of the mark first; only those inside the plot. */
function placements(item: Prepared, position: (date: Date) => number, bounds: { left: number; right: number; maxLabelWidth: number }): Placement[] {
  const { timeFrom, timeTo } = timeExtent(item, position);
  const label = fitText(item.event.data.title, bounds.maxLabelWidth);
  const labelWidth = estimateTextWidth(label);
  const markLeft = timeFrom - (item.kind === 'point' ? SYMBOL_RADIUS : 1);
  const markRight = timeTo + (item.kind === 'point' ? SYMBOL_RADIUS : 1);
  const right: Placement = { label, labelWidth, labelLeft: markRight + LABEL_GAP, anchor: 'start', timeFrom, timeTo, left: markLeft, right: markRight + LABEL_GAP + labelWidth };
  const left: Placement = { label, labelWidth, labelLeft: markLeft - LABEL_GAP - labelWidth, anchor: 'end', timeFrom, timeTo, left: markLeft - LABEL_GAP - labelWidth, right: markRight };
  const inside = [right, left].filter((placement) => placement.left >= bounds.left && placement.right <= bounds.right);
  return inside.length > 0 ? inside : [right];
}

/**
 * Packs a lane's events into rows, in chronological order: each goes into the first row where its
 * mark and label (right of the mark, else left of it) keep ROW_GAP px from everything already
 * there. Deterministic, and no two placements in a row overlap, so no two labels ever do.
 */
function packLane(
  items: readonly Prepared[],
  position: (date: Date) => number,
  bounds: { left: number; right: number; maxLabelWidth: number },
): { placed: { item: Prepared; placement: Placement; row: number }[]; count: number } {
  const rows: Placement[][] = [];
  const fits = (row: Placement[], candidate: Placement) =>
    row.every((other) => candidate.right + ROW_GAP <= other.left || other.right + ROW_GAP <= candidate.left);
  const placed = items.map((item) => {
    const options = placements(item, position, bounds);
    for (const [index, row] of rows.entries()) {
      const placement = options.find((option) => fits(row, option));
      if (placement) {
        row.push(placement);
        return { item, placement, row: index };
      }
    }
    rows.push([options[0]!]);
    return { item, placement: options[0]!, row: rows.length - 1 };
  });
  return { placed, count: rows.length };
}

/** Horizontal geometry. */
export const HORIZONTAL = { width: 960, marginX: 12, axisTop: 48, breakGap: 28, maxLabelWidth: 200 } as const;

/**
 * Horizontal layout: one lane per category with a header naming it; each lane's events are packed
 * into rows (see packLane), so no two marks-with-labels share space.
 */
function layoutHorizontal(items: Prepared[]): Omit<TimelineLayout, 'years'> {
  const { width, marginX, axisTop, breakGap, maxLabelWidth } = HORIZONTAL;
  const plotFrom = marginX + SYMBOL_RADIUS;
  const plotTo = width - marginX - SYMBOL_RADIUS;
  const axis = planAxis(
    items.map((item) => item.interval),
    plotFrom,
    plotTo,
    { gap: breakGap, minTickSpacing: 44 },
  );

  const lanes: LaneLayout[] = [];
  const marks = new Map<string, MarkLayout>();
  let laneTop = axisTop;
  for (const category of EVENT_CATEGORIES) {
    const laneItems = items.filter((item) => item.event.data.category === category);
    if (laneItems.length === 0) continue;
    const rows = packLane(laneItems, axis.position, { left: marginX, right: width - marginX, maxLabelWidth });
    const rowsTop = laneTop + LANE_HEADER;
    for (const { item, placement, row } of rows.placed) {
      const rowTop = rowsTop + row * ROW_HEIGHT;
      const cross = rowTop + ROW_HEIGHT / 2;
      marks.set(item.event.id, {
        ...baseMark(item, placement.label),
        timeFrom: placement.timeFrom,
        timeTo: placement.timeTo,
        cross,
        labelBox: { x: placement.labelLeft, y: rowTop + 4, width: placement.labelWidth, height: ROW_HEIGHT - 8 },
        textX: placement.anchor === 'start' ? placement.labelLeft : placement.labelLeft + placement.labelWidth,
        textY: cross + LABEL_FONT_SIZE * 0.35,
        anchor: placement.anchor,
        hitBox: { x: placement.left, y: rowTop, width: placement.right - placement.left, height: ROW_HEIGHT },
      });
    }
    const height = LANE_HEADER + rows.count * ROW_HEIGHT;
    lanes.push({
      category,
      label: EVENT_CATEGORY_LABELS[category],
      box: { x: marginX, y: laneTop, width: width - 2 * marginX, height },
      header: { x: marginX, y: laneTop + LANE_HEADER / 2 + 2 },
      rows: rows.count,
    });
    laneTop += height + LANE_GAP;
  }

  return {
    orientation: 'horizontal',
    width,
    height: laneTop + 4,
    axisAt: axisTop - 8,
    segments: axis.segments,
    breaks: axis.breaks,
    lanes,
    marks: items.map((item) => marks.get(item.event.id)!),
    plot: { crossFrom: axisTop - 8, crossTo: laneTop - LANE_GAP },
  };
}

/** Vertical geometry: fits a 320 px screen (296 px of content) at 1:1. */
export const VERTICAL = { width: 296, top: 16, axisX: 38, trackWidth: 8, breakGap: 28, rowShare: 1.25 } as const;
/** Symbols in the narrow tracks of the vertical layout. */
export const VERTICAL_SYMBOL_RADIUS = 4;

/**
 * Stacks labels in one column near their marks: ideal positions pushed down to clear the previous
 * label, then pulled back up from the bottom so a dense cluster at the end stays in the plot.
 */
export function stackLabels(ideal: readonly number[], rowHeight: number, top: number, bottom: number): number[] {
  const positions = [...ideal];
  const last = positions.length - 1;
  for (let index = 0; index <= last; index += 1) {
    positions[index] = Math.max(positions[index]!, index > 0 ? positions[index - 1]! + rowHeight : top);
  }
  // Pull back from the bottom, but never above the room the labels before need.
  for (let index = last; index >= 0; index -= 1) {
    const limit = index === last ? bottom - rowHeight : positions[index + 1]! - rowHeight;
    positions[index] = Math.max(Math.min(positions[index]!, limit), top + index * rowHeight);
  }
  // When they cannot all fit, the last ones run past the bottom rather than overlap.
  for (let index = 1; index <= last; index += 1) {
    positions[index] = Math.max(positions[index]!, positions[index - 1]! + rowHeight);
  }
  return positions;
}

/**
 * Assigns each extent [from, to] a track, in order: the track of an earlier extent drawn at the
 * same place (within 1 px at both ends, so identical periods share one bar and its leader lines
 * show how many events it holds), else the first track where it keeps `padding` from the others.
 */
export function assignTracks(extents: readonly { from: number; to: number; kind: MarkKind }[], padding: number): number[] {
  const tracks: { from: number; to: number; kind: MarkKind }[][] = [];
  const samePlace = (a: (typeof extents)[number], b: (typeof extents)[number]) => a.kind === b.kind && Math.abs(a.from - b.from) < 1 && Math.abs(a.to - b.to) < 1;
  return extents.map((extent) => {
    let track = tracks.findIndex((members) => members.some((member) => samePlace(member, extent)));
    if (track === -1) track = tracks.findIndex((members) => members.every((member) => member.to + padding <= extent.from || extent.to + padding <= member.from));
    if (track === -1) track = tracks.push([]) - 1;
    tracks[track]!.push(extent);
    return track;
  });
}

/**
 * Vertical layout, list-like: labels stacked one per row in chronological order, each starting
 * with its category's symbol; the marks sit on the time axis at the left in as many narrow tracks
 * as overlapping events need, joined to their labels by leader lines.
 */
function layoutVertical(items: Prepared[]): Omit<TimelineLayout, 'years'> {
  const { width, top, axisX, trackWidth, breakGap, rowShare } = VERTICAL;
  const plotTop = top;
  const plotLength = Math.ceil(items.length * ROW_HEIGHT * rowShare);
  const plotBottom = plotTop + plotLength;
  const axis = planAxis(
    items.map((item) => item.interval),
    plotTop + VERTICAL_SYMBOL_RADIUS,
    plotBottom,
    { gap: breakGap, minTickSpacing: 36 },
  );
  const extents = items.map((item) => timeExtent(item, axis.position));
  const reach = (item: Prepared) => (item.kind === 'point' ? VERTICAL_SYMBOL_RADIUS : 0);
  const tracks = assignTracks(
    extents.map((extent, index) => ({ from: extent.timeFrom - reach(items[index]!), to: extent.timeTo + reach(items[index]!), kind: items[index]!.kind })),
    2,
  );
  const tracksFrom = axisX + 4;
  const trackCount = Math.max(...tracks) + 1;
  const tracksTo = tracksFrom + trackCount * trackWidth;
  const labelX = tracksTo + 14;
  const textX = labelX + 2 * SYMBOL_RADIUS + 4;
  const maxLabelWidth = width - textX - 2;

  const tops = stackLabels(
    extents.map((extent) => extent.timeFrom - ROW_HEIGHT / 2),
    ROW_HEIGHT,
    plotTop,
    plotBottom + ROW_HEIGHT / 2,
  );
  const marks = items.map((item, index): MarkLayout => {
    const { timeFrom, timeTo } = extents[index]!;
    const label = fitText(item.event.data.title, maxLabelWidth);
    const labelWidth = estimateTextWidth(label);
    const rowTop = tops[index]!;
    const centre = rowTop + ROW_HEIGHT / 2;
    const cross = tracksFrom + tracks[index]! * trackWidth + trackWidth / 2;
    return {
      ...baseMark(item, label),
      timeFrom,
      timeTo,
      cross,
      labelBox: { x: textX, y: rowTop + 4, width: labelWidth, height: ROW_HEIGHT - 8 },
      textX,
      textY: centre + LABEL_FONT_SIZE * 0.35,
      anchor: 'start',
      hitBox: { x: labelX - 2, y: rowTop, width: width - labelX + 2, height: ROW_HEIGHT },
      symbolAt: { x: labelX + SYMBOL_RADIUS, y: centre },
      leader: { x1: cross + trackWidth / 2, y1: timeFrom, x2: labelX - 3, y2: centre },
    };
  });
  const lastRowBottom = Math.max(plotBottom, ...tops.map((rowTop) => rowTop + ROW_HEIGHT));
  return {
    orientation: 'vertical',
    width,
    height: Math.ceil(lastRowBottom + 8),
    axisAt: axisX,
    segments: axis.segments,
    breaks: axis.breaks,
    lanes: [],
    marks,
    plot: { crossFrom: axisX, crossTo: tracksTo },
  };
}

/** Lays out the events for one orientation; marks come back in chronological order. */
export function layoutTimeline(events: readonly TimelineEventInput[], options: LayoutOptions): TimelineLayout {
  const items = prepare(events, options.since);
  if (items.length === 0) throw new Error('The timeline needs at least one event to draw.');
  const layout = options.orientation === 'horizontal' ? layoutHorizontal(items) : layoutVertical(items);
  const years = {
    first: Math.min(...items.map((item) => item.interval.start.getUTCFullYear())),
    last: Math.max(...items.map((item) => new Date(item.interval.end.getTime() - 1).getUTCFullYear())),
  };
  return { ...layout, years };
}

/** Whether two boxes share any area (touching edges do not count). */
export function boxesOverlap(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}
