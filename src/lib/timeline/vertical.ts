/**
 * Vertical main chart, for phones: time top to bottom on one linear axis, drawn at 1:1 for a
 * 320 px screen so its text keeps its real size. Labels are wrapped and stacked one under another
 * in chronological order, each starting with its category's symbol; the marks sit on the axis at
 * the left, in as many narrow tracks as overlapping events need, each joined to its label by a
 * leader line.
 */
import { linearAxis, panelCaption, yearDomain } from './axis.ts';
import { ROW_HEIGHT, baseMark, linesWidth, timeExtent, wrapLabel, type MarkLayout, type PanelLayout, type Prepared } from './model.ts';
import { assignTracks, stackBlocks } from './pack.ts';
import { SYMBOL_RADIUS } from './symbols.ts';

/** Vertical geometry: fits a 320 px screen (296 px of content) at 1:1. */
export const VERTICAL = {
  width: 296,
  fontSize: 13,
  lineHeight: 16,
  axisX: 36,
  /** Room for the tracks of marks; tracks narrow when more are needed than fit at full width. */
  tracksWidth: 32,
  trackWidth: 8,
  symbolRadius: 4,
  panelGap: 20,
  context: { width: 296, marginX: 8, columns: 1, fontSize: 13, lineHeight: 16, gap: 8 },
} as const;

/** The main chart from `top`: caption, then marks on the axis and labels stacked beside them. */
export function verticalMain(items: Prepared[], top: number): { panel: PanelLayout; marks: MarkLayout[]; bottom: number } {
  const { width, fontSize, lineHeight, axisX, tracksWidth, symbolRadius } = VERTICAL;
  const tracksFrom = axisX + 4;
  const labelX = tracksFrom + tracksWidth + 10;
  const textX = labelX + 2 * SYMBOL_RADIUS + 4;
  const maxLabelWidth = width - textX - 2;

  const labels = items.map((item) => wrapLabel(item, maxLabelWidth, fontSize));
  const heights = labels.map((lines) => ROW_HEIGHT + (lines.length - 1) * lineHeight);
  const plotTop = top + 30;
  const plotBottom = plotTop + Math.ceil(heights.reduce((sum, height) => sum + height, 0));
  const domain = yearDomain(items.map((item) => item.interval));
  const axis = linearAxis(domain.start, domain.end, plotTop + symbolRadius, plotBottom, 40);
  const extents = items.map((item) => timeExtent(item, axis.position));
  const reach = (item: Prepared) => (item.kind === 'point' ? symbolRadius : 0);
  const tracks = assignTracks(
    extents.map((extent, index) => ({ from: extent.timeFrom - reach(items[index]!), to: extent.timeTo + reach(items[index]!), kind: items[index]!.kind })),
    2,
  );
  const trackWidth = Math.min(VERTICAL.trackWidth, tracksWidth / (Math.max(...tracks) + 1));
  const tops = stackBlocks(
    extents.map((extent) => extent.timeFrom - ROW_HEIGHT / 2),
    heights,
    plotTop,
    plotBottom + ROW_HEIGHT / 2,
  );

  const marks = items.map((item, index): MarkLayout => {
    const { timeFrom, timeTo } = extents[index]!;
    const lines = labels[index]!;
    const labelWidth = linesWidth(lines, fontSize, item.event.data.key !== undefined);
    const rowTop = tops[index]!;
    const centre = rowTop + ROW_HEIGHT / 2;
    const cross = tracksFrom + tracks[index]! * trackWidth + trackWidth / 2;
    return {
      ...baseMark(item, 'main'),
      time: { from: timeFrom, to: timeTo, cross },
      lines: lines.map((line, row) => ({ ...line, x: textX, y: centre + fontSize * 0.35 + row * lineHeight })),
      anchor: 'start',
      labelBox: { x: textX, y: rowTop + 4, width: labelWidth, height: heights[index]! - 8 },
      hitBox: { x: labelX - 2, y: rowTop, width: width - labelX + 2, height: heights[index]! },
      symbolAt: { x: labelX + SYMBOL_RADIUS, y: centre },
      // From the point of the mark nearest the label, so the leader lands within the event's dates.
      leader: { x1: cross + trackWidth / 2, y1: Math.min(Math.max(centre, timeFrom), timeTo), x2: labelX - 3, y2: centre },
    };
  });
  const bottom = Math.max(plotBottom, ...marks.map((mark) => mark.hitBox.y + mark.hitBox.height));
  const panel: PanelLayout = {
    kind: 'main',
    caption: panelCaption('main', domain.start, domain.end),
    captionAt: { x: 2, y: top + 14 },
    start: domain.start,
    end: domain.end,
    box: { x: 0, y: top, width, height: bottom - top },
    axis: { from: axis.from, to: axis.to, ticks: axis.ticks, at: axisX, crossFrom: axisX, crossTo: tracksFrom + tracksWidth },
    lanes: [],
  };
  return { panel, marks, bottom };
}
