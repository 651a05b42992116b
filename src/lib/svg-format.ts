/** Small formatting helpers shared by every build-time SVG (timeline, lineage, maps, share card). */

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Escapes text and attribute values. */
export const escapeXml = (text: string): string => text.replace(/[&<>"]/g, (character) => ESCAPES[character]!);

/** A coordinate rounded to 0.1 px, without a trailing ".0", so SVG output is stable. */
export const round = (value: number): string => String(Math.round(value * 10) / 10 + 0);
