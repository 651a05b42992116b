/**
 * The timeline layout's data model and the steps both orientations share: which events are drawn,
 * in which order, how each is drawn (point, period or range) and its label's wrapped lines.
 */
import type { EventCategory, EventData } from '../../schemas/event.ts';
import { eventInterval, formatEventDate, sortEvents, type Interval } from '../event-dates.ts';
import type { PanelKind, Tick } from './axis.ts';
import type { Box, MarkKind } from './pack.ts';
import { estimateTextWidth, wrapText } from './text.ts';

/** An event as the timeline needs it: any list of events will do (the site's, an article's). */
export interface TimelineEventInput {
  id: string;
  data: Pick<EventData, 'title' | 'date' | 'approximate' | 'status' | 'category'> & {
    countries: readonly { id: string }[];
    key?: { annotation: string } | undefined;
  };
}

export type Orientation = 'horizontal' | 'vertical';

/** One line of a label: the event's date (context strip), title, or a key event's annotation. */
export interface LabelLine {
  text: string;
  role: 'date' | 'title' | 'annotation';
  /** Where the line's text starts (or ends, for anchor "end") and its baseline. */
  x: number;
  y: number;
}

export interface LaneLayout {
  category: EventCategory;
  label: string;
  /** The lane's band, header included. */
  box: Box;
  /** Where the lane's name and symbol are drawn. */
  header: { x: number; y: number };
}

/** A panel's time axis: one linear scale. */
export interface PanelAxis {
  /** Pixel extent along the time axis. */
  from: number;
  to: number;
  ticks: Tick[];
  /** Position of the axis line across the time axis (y when horizontal, x when vertical). */
  at: number;
  /** The plot's extent across the time axis, for gridlines. */
  crossFrom: number;
  crossTo: number;
}

/**
 * A panel: the context strip (earlier history as an ordered list of dated items, no axis) or the
 * main chart (one linear time axis).
 */
export interface PanelLayout {
  kind: PanelKind;
  caption: string;
  captionAt: { x: number; y: number };
  /** First day drawn and the day after the last. */
  start: Date;
  end: Date;
  /** The panel's area, caption included. */
  box: Box;
  /** The main chart's axis; the context strip has none. */
  axis?: PanelAxis;
  /** Horizontal main chart: one lane per category; none elsewhere, where labels carry the category's symbol. */
  lanes: LaneLayout[];
}

export interface MarkLayout {
  id: string;
  title: string;
  /** The key event's annotation, drawn under its title. */
  annotation?: string;
  dateLabel: string;
  /** Title and date, for the link's accessible name. */
  accessibleName: string;
  category: EventCategory;
  countries: string[];
  kind: MarkKind;
  approximate: boolean;
  expected: boolean;
  panel: PanelKind;
  /**
   * Main chart: position of the event along the time axis, start and end of its interval (equal
   * for a point), and the cross-axis centre line of the mark. The context strip lists its events
   * in order with their dates written out, and draws no time mark.
   */
  time?: { from: number; to: number; cross: number };
  /** The wrapped label, every word of the title (and annotation) kept. */
  lines: LabelLine[];
  anchor: 'start' | 'end';
  labelBox: Box;
  /** The link's hit area: at least ROW_HEIGHT high, never overlapping another's. */
  hitBox: Box;
  /** Vertical layout and context strip: the category symbol at the start of the label. */
  symbolAt?: { x: number; y: number };
  /** Vertical layout: a line from the mark, at a point within its dates, to its label. */
  leader?: { x1: number; y1: number; x2: number; y2: number };
}

export interface TimelineLayout {
  orientation: Orientation;
  width: number;
  height: number;
  /** Context strip first (when any event is earlier than its end), then the main chart. */
  panels: PanelLayout[];
  /** In chronological order (date, then id): also the keyboard and reading order. */
  marks: MarkLayout[];
  /** First and last year any drawn event touches. */
  years: { first: number; last: number };
}

/** Height of one label row: at least the 24 × 24 px minimum target size, with room to spare. */
export const ROW_HEIGHT = 28;
/** Spans are never drawn narrower than this, so a month in the compressed past stays visible. */
export const MIN_SPAN = 3;

export interface Prepared {
  event: TimelineEventInput;
  interval: Interval;
  kind: MarkKind;
  dateLabel: string;
}

function markKind(event: TimelineEventInput): MarkKind {
  const { precision } = event.data.date;
  if (precision === 'day') return 'point';
  return precision === 'range' ? 'range' : 'period';
}

/** The events to draw, in chronological order; only those starting on or after `since` if given. */
export function prepare(events: readonly TimelineEventInput[], since: Date | undefined): Prepared[] {
  return sortEvents(events)
    .map((event) => ({ event, interval: eventInterval(event.data.date), kind: markKind(event), dateLabel: formatEventDate(event.data) }))
    .filter(({ interval }) => !since || interval.start >= since);
}

/** Where a mark sits along the time axis: a point at its day, a span widened to MIN_SPAN if needed. */
export function timeExtent(item: Prepared, position: (date: Date) => number): { timeFrom: number; timeTo: number } {
  const from = position(item.interval.start);
  if (item.kind === 'point') return { timeFrom: from, timeTo: from };
  const to = position(item.interval.end);
  if (to - from >= MIN_SPAN) return { timeFrom: from, timeTo: to };
  const middle = (from + to) / 2;
  return { timeFrom: middle - MIN_SPAN / 2, timeTo: middle + MIN_SPAN / 2 };
}

/** Label text wrapped to `maxWidth`: the title (bold for a key event), then the annotation. */
export function wrapLabel(item: Prepared, maxWidth: number, fontSize: number, withDate = false): { text: string; role: LabelLine['role'] }[] {
  const annotation = item.event.data.key?.annotation;
  const date = withDate ? wrapText(item.dateLabel, maxWidth, fontSize).map((text) => ({ text, role: 'date' as const })) : [];
  const title = wrapText(item.event.data.title, maxWidth, fontSize, annotation !== undefined).map((text) => ({ text, role: 'title' as const }));
  const note = annotation ? wrapText(annotation, maxWidth, fontSize).map((text) => ({ text, role: 'annotation' as const })) : [];
  return [...date, ...title, ...note];
}

/** The widest of the lines, as drawn (a key event's title is bold). */
export function linesWidth(lines: readonly { text: string; role: LabelLine['role'] }[], fontSize: number, key: boolean): number {
  return Math.max(...lines.map((line) => estimateTextWidth(line.text, fontSize, key && line.role === 'title')));
}

/** The fields of a mark that do not depend on where it is placed. */
export function baseMark(item: Prepared, panel: PanelKind): Pick<MarkLayout, 'id' | 'title' | 'annotation' | 'dateLabel' | 'accessibleName' | 'category' | 'countries' | 'kind' | 'approximate' | 'expected' | 'panel'> {
  const { event } = item;
  const annotation = event.data.key?.annotation;
  return {
    id: event.id,
    title: event.data.title,
    ...(annotation ? { annotation } : {}),
    dateLabel: item.dateLabel,
    accessibleName: `${event.data.title}, ${item.dateLabel}`,
    category: event.data.category,
    countries: event.data.countries.map((country) => country.id),
    kind: item.kind,
    approximate: event.data.approximate,
    expected: event.data.status === 'expected',
    panel,
  };
}
