/**
 * Horizontal main chart, for wide screens: time left to right on one linear axis, one labelled
 * lane per category. Each label is wrapped and set right beside its mark (right of it, else
 * left), so it sits at its own date without a leader; marks-with-labels are packed into their
 * lane (see packBlocks), so nothing overlaps.
 */
import { EVENT_CATEGORIES } from '../../schemas/event.ts';
import { EVENT_CATEGORY_LABELS } from '../format.ts';
import { linearAxis, panelCaption, yearDomain, type TimeAxis } from './axis.ts';
import { ROW_HEIGHT, baseMark, linesWidth, timeExtent, wrapLabel, type LaneLayout, type MarkLayout, type PanelLayout, type Prepared } from './model.ts';
import { packBlocks, type BlockOption } from './pack.ts';
import { SYMBOL_RADIUS } from './symbols.ts';

/**
 * Horizontal geometry, in CSS px: drawn at 1:1 for the site's widest column (72rem less padding),
 * and shown only where the column is at least HORIZONTAL_MIN_COLUMN wide, so its 12 px text is
 * never drawn below 11.5 px.
 */
export const HORIZONTAL = {
  width: 1088,
  marginX: 12,
  fontSize: 12,
  lineHeight: 15,
  /** Wrap width of an ordinary label and of a key event's title and annotation. */
  labelWidth: 190,
  keyWidth: 290,
  labelGap: 5,
  blockGap: 6,
  laneHeader: 20,
  laneGap: 6,
  panelGap: 20,
  context: { width: 1088, marginX: 12, columns: 4, fontSize: 12, lineHeight: 15, gap: 16 },
} as const;

interface Block {
  item: Prepared;
  lines: ReturnType<typeof wrapLabel>;
  labelWidth: number;
  height: number;
  timeFrom: number;
  timeTo: number;
  /** Label right of the mark, then left of it; only those inside the plot (or the first). */
  options: (BlockOption & { anchor: 'start' | 'end'; labelLeft: number })[];
}

function block(item: Prepared, axis: TimeAxis): Block {
  const { marginX, width, fontSize, lineHeight, labelWidth, keyWidth, labelGap } = HORIZONTAL;
  const lines = wrapLabel(item, item.event.data.key ? keyWidth : labelWidth, fontSize);
  const measured = linesWidth(lines, fontSize, item.event.data.key !== undefined);
  const { timeFrom, timeTo } = timeExtent(item, axis.position);
  const reach = item.kind === 'point' ? SYMBOL_RADIUS : 1;
  const markLeft = timeFrom - reach;
  const markRight = timeTo + reach;
  const right = { anchor: 'start' as const, labelLeft: markRight + labelGap, left: markLeft, right: markRight + labelGap + measured };
  const left = { anchor: 'end' as const, labelLeft: markLeft - labelGap - measured, left: markLeft - labelGap - measured, right: markRight };
  const inside = [right, left].filter((option) => option.left >= marginX && option.right <= width - marginX);
  return { item, lines, labelWidth: measured, height: ROW_HEIGHT + (lines.length - 1) * lineHeight, timeFrom, timeTo, options: inside.length > 0 ? inside : [right] };
}

/** Packs blocks from `top` and turns them into marks; returns the marks and the packed bottom. */
function placeBlocks(blocks: Block[], top: number): { marks: MarkLayout[]; bottom: number } {
  const { fontSize, lineHeight, blockGap } = HORIZONTAL;
  const places = packBlocks(blocks, top, blockGap);
  let bottom = top;
  const marks = blocks.map((entry, index): MarkLayout => {
    const { option: chosen, top: blockTop } = places[index]!;
    const option = entry.options[chosen]!;
    const cross = blockTop + ROW_HEIGHT / 2;
    const textX = option.anchor === 'start' ? option.labelLeft : option.labelLeft + entry.labelWidth;
    bottom = Math.max(bottom, blockTop + entry.height);
    return {
      ...baseMark(entry.item, 'main'),
      time: { from: entry.timeFrom, to: entry.timeTo, cross },
      lines: entry.lines.map((line, row) => ({ ...line, x: textX, y: cross + fontSize * 0.35 + row * lineHeight })),
      anchor: option.anchor,
      labelBox: { x: option.labelLeft, y: blockTop + 4, width: entry.labelWidth, height: entry.height - 8 },
      hitBox: { x: option.left, y: blockTop, width: option.right - option.left, height: entry.height },
    };
  });
  return { marks, bottom };
}

/** The main chart from `top`: caption, axis, then one lane per category. */
export function horizontalMain(items: Prepared[], top: number): { panel: PanelLayout; marks: MarkLayout[]; bottom: number } {
  const { width, marginX, laneHeader, laneGap } = HORIZONTAL;
  const domain = yearDomain(items.map((item) => item.interval));
  const axisAt = top + 36;
  const axis = linearAxis(domain.start, domain.end, marginX + SYMBOL_RADIUS, width - marginX - SYMBOL_RADIUS, 44);
  const lanes: LaneLayout[] = [];
  const marks: MarkLayout[] = [];
  let bottom = axisAt + 6;
  for (const category of EVENT_CATEGORIES) {
    const laneItems = items.filter((item) => item.event.data.category === category);
    if (laneItems.length === 0) continue;
    const laneTop = bottom;
    const placed = placeBlocks(
      laneItems.map((item) => block(item, axis)),
      laneTop + laneHeader,
    );
    marks.push(...placed.marks);
    const height = placed.bottom - laneTop + 4;
    lanes.push({
      category,
      label: EVENT_CATEGORY_LABELS[category],
      box: { x: marginX, y: laneTop, width: width - 2 * marginX, height },
      header: { x: marginX, y: laneTop + laneHeader / 2 + 2 },
    });
    bottom = laneTop + height + laneGap;
  }
  bottom -= laneGap;
  const panel: PanelLayout = {
    kind: 'main',
    caption: panelCaption('main', domain.start, domain.end),
    captionAt: { x: marginX, y: top + 12 },
    start: domain.start,
    end: domain.end,
    box: { x: 0, y: top, width, height: bottom - top },
    axis: { from: axis.from, to: axis.to, ticks: axis.ticks, at: axisAt, crossFrom: axisAt, crossTo: bottom },
    lanes,
  };
  return { panel, marks, bottom };
}
