/**
 * The context strip: the earlier history as an ordered list of dated items, set apart above the
 * main chart. Those events are few and spread over decades, so they are listed in order with their
 * dates written out instead of being drawn on a scale of their own — no bar ever crosses from one
 * scale to another. Items fill a grid row by row (reading order = chronological order); each
 * starts with its category's symbol.
 */
import { panelCaption, yearDomain } from './axis.ts';
import { ROW_HEIGHT, baseMark, linesWidth, wrapLabel, type MarkLayout, type PanelLayout, type Prepared } from './model.ts';
import { SYMBOL_RADIUS } from './symbols.ts';

export interface ContextGeometry {
  width: number;
  marginX: number;
  columns: number;
  fontSize: number;
  lineHeight: number;
  /** Space between columns and between rows. */
  gap: number;
}

/** The strip from `top`: caption, then the items in `columns` columns. */
export function contextStrip(items: Prepared[], top: number, geometry: ContextGeometry): { panel: PanelLayout; marks: MarkLayout[]; bottom: number } {
  const { width, marginX, columns, fontSize, lineHeight, gap } = geometry;
  const columnWidth = (width - 2 * marginX - (columns - 1) * gap) / columns;
  const textOffset = 2 * SYMBOL_RADIUS + 6;
  const marks: MarkLayout[] = [];
  let rowTop = top + 26;
  for (let first = 0; first < items.length; first += columns) {
    const row = items.slice(first, first + columns).map((item) => ({ item, lines: wrapLabel(item, columnWidth - textOffset, fontSize, true) }));
    const rowHeight = Math.max(...row.map(({ lines }) => ROW_HEIGHT + (lines.length - 1) * lineHeight));
    row.forEach(({ item, lines }, column) => {
      const x = marginX + column * (columnWidth + gap);
      const centre = rowTop + ROW_HEIGHT / 2;
      const height = ROW_HEIGHT + (lines.length - 1) * lineHeight;
      marks.push({
        ...baseMark(item, 'context'),
        lines: lines.map((line, index) => ({ ...line, x: x + textOffset, y: centre + fontSize * 0.35 + index * lineHeight })),
        anchor: 'start',
        labelBox: { x: x + textOffset, y: rowTop + 4, width: linesWidth(lines, fontSize, item.event.data.key !== undefined), height: height - 8 },
        hitBox: { x, y: rowTop, width: columnWidth, height },
        symbolAt: { x: x + SYMBOL_RADIUS + 1, y: centre },
      });
    });
    rowTop += rowHeight + gap / 2;
  }
  const bottom = rowTop - gap / 2 + 4;
  const domain = yearDomain(items.map((item) => item.interval));
  const panel: PanelLayout = {
    kind: 'context',
    caption: panelCaption('context', domain.start, domain.end),
    captionAt: { x: marginX, y: top + 14 },
    start: domain.start,
    end: domain.end,
    box: { x: marginX - 6, y: top, width: width - 2 * marginX + 12, height: bottom - top },
    lanes: [],
  };
  return { panel, marks, bottom };
}
