/**
 * Small multiples of how each source fares: one panel per source, one bar per measure
 * (`TALLY_MEASURES`) on a scale shared by every panel so panels compare at a glance. Build-time
 * SVG strings with rounded coordinates and stable ids; every bar carries its number as text, so
 * nothing depends on reading a bar's length. Pure.
 */
import { scaleLinear } from 'd3';
import { escapeXml, round } from '../svg-format.ts';
import { TALLY_MEASURES, type SourceTally } from './source-tally.ts';

export const PANEL = { width: 260, labelWidth: 96, barHeight: 14, gap: 8, top: 8, right: 36 } as const;

/** The shared scale's upper end: the largest count of any measure in any panel (at least 1). */
export const sharedMaximum = (tallies: readonly SourceTally[]): number =>
  Math.max(1, ...tallies.flatMap((tally) => TALLY_MEASURES.map((measure) => tally[measure.key])));

/** The panel's SVG for one source; `title` names it for assistive technology. */
export function sourcePanelSvg(tally: SourceTally, title: string, maximum: number): string {
  const x = scaleLinear().domain([0, maximum]).range([0, PANEL.width - PANEL.labelWidth - PANEL.right]);
  const row = PANEL.barHeight + PANEL.gap;
  const height = PANEL.top * 2 + TALLY_MEASURES.length * row - PANEL.gap;
  const id = `fares-${tally.articleId}`;
  const bars = TALLY_MEASURES.map((measure, index) => {
    const value = tally[measure.key];
    const y = PANEL.top + index * row;
    const width = x(value);
    const text = y + PANEL.barHeight / 2;
    return [
      `<g class="measure measure-${measure.key}">`,
      `<text x="${PANEL.labelWidth - 6}" y="${round(text)}" text-anchor="end" dominant-baseline="central">${escapeXml(measure.label)}</text>`,
      `<rect x="${PANEL.labelWidth}" y="${round(y)}" width="${round(width)}" height="${PANEL.barHeight}" rx="2"/>`,
      `<text class="value" x="${round(PANEL.labelWidth + width + 4)}" y="${round(text)}" dominant-baseline="central">${value}</text>`,
      '</g>',
    ].join('');
  });
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" class="fares-panel" viewBox="0 0 ${PANEL.width} ${round(height)}" role="img" aria-labelledby="${id}-title">`,
    `<title id="${id}-title">${escapeXml(`${title}: ${TALLY_MEASURES.map((measure) => `${measure.label.toLowerCase()} ${tally[measure.key]}`).join(', ')}`)}</title>`,
    `<line class="baseline" x1="${PANEL.labelWidth}" x2="${PANEL.labelWidth}" y1="${PANEL.top - 2}" y2="${round(height - PANEL.top + 2)}"/>`,
    ...bars,
    '</svg>',
  ].join('\n');
}
