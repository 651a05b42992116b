/**
 * The home page's verdict summary: how many compared claims carry each verdict, as segments of
 * one stacked bar. Pure: counts in, segment positions out (rounded to 0.1 unit so the SVG is
 * stable byte for byte).
 */
import { VERDICTS, type Verdict } from '../schemas/claim.ts';

export interface VerdictSegment {
  verdict: Verdict;
  count: number;
  /** Left edge and width in bar units. */
  x: number;
  width: number;
  /** Share of all claims, whole per cent (the shares may not add up to 100 after rounding). */
  percent: number;
}

const round1 = (value: number): number => Math.round(value * 10) / 10;

/**
 * One segment per verdict with at least one claim, in the fixed verdict order, laid end to end
 * across `width`. The last segment ends exactly at `width`, whatever the rounding.
 */
export function verdictSegments(counts: Readonly<Record<Verdict, number>>, width = 100): VerdictSegment[] {
  const total = VERDICTS.reduce((sum, verdict) => sum + counts[verdict], 0);
  if (total === 0) return [];
  const present = VERDICTS.filter((verdict) => counts[verdict] > 0);
  let before = 0;
  return present.map((verdict, index) => {
    const x = round1((before / total) * width);
    before += counts[verdict];
    const end = index === present.length - 1 ? width : round1((before / total) * width);
    return { verdict, count: counts[verdict], x, width: round1(end - x), percent: Math.round((counts[verdict] / total) * 100) };
  });
}
