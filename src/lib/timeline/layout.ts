/**
 * Timeline layout: any list of events in, panels, ticks, lanes, marks and wrapped labels out.
 * Pure (no DOM, no I/O) and deterministic, so the same events always give the same SVG; the
 * site's timeline, the home page's compact chart and each article's own timeline all use it.
 *
 * Two panels (see axis.ts): a context strip listing the earlier history in order, then the main
 * chart for the courtship years on one linear time axis. Two orientations: horizontal (lanes by
 * category, labels beside their marks) for wide screens and vertical (labels stacked, joined to
 * their marks by leader lines) for phones. Geometry is in CSS pixels at 1:1, so the sizes
 * computed here (text, 24 px targets) are the sizes readers get.
 */
import { CONTEXT_BEFORE, panelOf, type PanelKind } from './axis.ts';
import { contextStrip } from './context.ts';
import { HORIZONTAL, horizontalMain } from './horizontal.ts';
import { prepare, type MarkLayout, type Prepared, type Orientation, type PanelLayout, type TimelineEventInput, type TimelineLayout } from './model.ts';
import { VERTICAL, verticalMain } from './vertical.ts';

export { CONTEXT_BEFORE } from './axis.ts';
export { HORIZONTAL } from './horizontal.ts';
export { ROW_HEIGHT, MIN_SPAN } from './model.ts';
export type { LabelLine, LaneLayout, MarkLayout, Orientation, PanelLayout, TimelineEventInput, TimelineLayout } from './model.ts';
export { VERTICAL } from './vertical.ts';

/** The compact (home-page) chart draws the courtship years only, in the main chart alone. */
export const COMPACT_SINCE = new Date(Date.UTC(2024, 0, 1));

export interface LayoutOptions {
  orientation: Orientation;
  /** Only events starting on or after this date (the compact chart). */
  since?: Date;
  /** Events starting before this date go into the context strip (default CONTEXT_BEFORE). */
  contextBefore?: Date;
}

/** Lays out the events for one orientation; marks come back in chronological order. */
export function layoutTimeline(events: readonly TimelineEventInput[], options: LayoutOptions): TimelineLayout {
  const items = prepare(events, options.since);
  if (items.length === 0) throw new Error('The timeline needs at least one event to draw.');
  const horizontal = options.orientation === 'horizontal';
  const gap = horizontal ? HORIZONTAL.panelGap : VERTICAL.panelGap;
  const drawPanel = (kind: PanelKind, panelItems: Prepared[], top: number) => {
    if (kind === 'main') return (horizontal ? horizontalMain : verticalMain)(panelItems, top);
    return contextStrip(panelItems, top, horizontal ? HORIZONTAL.context : VERTICAL.context);
  };

  const panels: PanelLayout[] = [];
  const marks: MarkLayout[] = [];
  let top = 0;
  for (const kind of ['context', 'main'] as PanelKind[]) {
    const panelItems = items.filter((item) => panelOf(item.interval, options.contextBefore ?? CONTEXT_BEFORE) === kind);
    if (panelItems.length === 0) continue;
    if (panels.length > 0) top += gap;
    const drawn = drawPanel(kind, panelItems, top);
    panels.push(drawn.panel);
    marks.push(...drawn.marks);
    top = drawn.bottom;
  }
  // Chronological order overall: the context strip's events all start before the main chart's.
  const order = new Map(items.map((item, index) => [item.event.id, index]));
  marks.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
  return {
    orientation: options.orientation,
    width: horizontal ? HORIZONTAL.width : VERTICAL.width,
    height: Math.ceil(top + 8),
    panels,
    marks,
    years: {
      first: Math.min(...items.map((item) => item.interval.start.getUTCFullYear())),
      last: Math.max(...items.map((item) => new Date(item.interval.end.getTime() - 1).getUTCFullYear())),
    },
  };
}
