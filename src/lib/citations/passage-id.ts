/**
 * Stable fragment ids for cited words on article pages (`/articles/<slug>/#<id>`): the same words
 * always get the same id, whatever cites them and in whatever order the page is built.
 */
import { normaliseText } from './normalise.ts';

/** FNV-1a over UTF-16 code units: short, deterministic, no dependency. */
function hash(text: string): string {
  let value = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    value ^= text.charCodeAt(index);
    value = Math.imul(value, 0x01000193) >>> 0;
  }
  return value.toString(36);
}

/** E.g. "cited-first-time-in-18-years-1x8k2q": the first words for readability, a hash for uniqueness. */
export function citedWordsId(words: string): string {
  const text = normaliseText(words);
  const slug = text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .split('-')
    .slice(0, 6)
    .join('-');
  return `cited-${slug ? `${slug}-` : ''}${hash(text)}`;
}
