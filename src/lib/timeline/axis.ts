/**
 * The time axis and the split into panels. The story spans 1945–2026, but most events fall in
 * 2023–2026 and half of them in 2024–2025: one linear scale from 1945 would squeeze the courtship
 * into a few pixels, and a broken or log scale would distort durations without saying so. So the
 * main chart draws the courtship years, from CONTEXT_BEFORE on, on one plain linear d3 UTC scale,
 * and the earlier history goes into a separate context strip (context.ts). An event belongs to
 * the panel its start falls in, and the main axis runs to its last event's end, so no bar is ever
 * drawn across the two. The split is 2023 because the sources date the turn to late 2023, when
 * North Korea began closing missions elsewhere, and 2024, when exchanges with Vietnam resumed.
 */
import { scaleUtc } from 'd3';
import type { Interval } from '../event-dates.ts';

/** Events starting before this date go into the context strip. */
export const CONTEXT_BEFORE = new Date(Date.UTC(2023, 0, 1));

export type PanelKind = 'context' | 'main';

export interface Tick {
  date: Date;
  /** Position along the time axis (x when horizontal, y when vertical). */
  position: number;
  label: string;
}

export interface TimeAxis {
  start: Date;
  end: Date;
  /** Pixel extent along the time axis. */
  from: number;
  to: number;
  ticks: Tick[];
  /** Position of a date along the time axis (clamped to the axis). */
  position: (date: Date) => number;
}

const utcYear = (year: number) => new Date(Date.UTC(year, 0, 1));

/** Tick steps in years, smallest first; the axis uses the smallest that leaves `minSpacing` px between ticks. */
const TICK_STEPS = [1, 2, 5, 10, 20, 25, 50];

/**
 * The whole years that cover `intervals`: from the first start's year (rounded down to
 * `roundTo` years) to the year boundary at or after the last end.
 */
export function yearDomain(intervals: readonly Interval[], roundTo = 1): { start: Date; end: Date } {
  const firstYear = Math.min(...intervals.map((interval) => interval.start.getUTCFullYear()));
  const last = new Date(Math.max(...intervals.map((interval) => interval.end.getTime())));
  const endYear = last.getUTCMonth() === 0 && last.getUTCDate() === 1 ? last.getUTCFullYear() : last.getUTCFullYear() + 1;
  return { start: utcYear(Math.floor(firstYear / roundTo) * roundTo), end: utcYear(endYear) };
}

/** One linear time axis over [start, end) drawn from `from` to `to` px, with year ticks. */
export function linearAxis(start: Date, end: Date, from: number, to: number, minTickSpacing: number): TimeAxis {
  const scale = scaleUtc().domain([start, end]).range([from, to]).clamp(true);
  const years = end.getUTCFullYear() - start.getUTCFullYear();
  const pxPerYear = Math.abs(to - from) / Math.max(years, 1);
  const step = TICK_STEPS.find((candidate) => candidate * pxPerYear >= minTickSpacing) ?? TICK_STEPS.at(-1)!;
  const ticks: Tick[] = [];
  // The end itself gets a tick when it is a multiple of the step, closing the axis.
  for (let year = Math.ceil(start.getUTCFullYear() / step) * step; utcYear(year) <= end; year += step) {
    const date = utcYear(year);
    ticks.push({ date, position: scale(date), label: String(year) });
  }
  return { start, end, from, to, ticks, position: (date) => scale(date) };
}

/** Which panel an event goes in: by its start, so no event crosses from one panel to the other. */
export function panelOf(interval: Interval, contextBefore = CONTEXT_BEFORE): PanelKind {
  return interval.start < contextBefore ? 'context' : 'main';
}

/** A panel's caption: which years it shows, and for the context strip that it is a list, not a scale. */
export function panelCaption(kind: PanelKind, start: Date, end: Date): string {
  const years = `${start.getUTCFullYear()}–${end.getUTCFullYear() - 1}`;
  return kind === 'context' ? `Earlier history, ${years}, not to scale` : `${years}, to scale`;
}
