/**
 * The one normalisation citations are matched under, on both the check side (Markdown) and the
 * build side (rendered HTML): runs of white space become one space, typographic quotes and
 * apostrophes become straight ones. Nothing else is forgiven — a changed letter, dash or number
 * fails, so what a citation says is what the reader sees.
 */

const STRAIGHT: Readonly<Record<string, string>> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201A': "'",
  '\u201B': "'",
  '\u2032': "'",
  '\u201C': '"',
  '\u201D': '"',
  '\u201E': '"',
  '\u201F': '"',
  '\u2033': '"',
};

/** Normalised text and, for each of its characters, the offset in `raw` it came from. */
export interface NormalisedText {
  text: string;
  offsets: number[];
}

/** Normalises `raw`, trimming it, and keeps the way back to raw offsets (to wrap a match in HTML). */
export function normaliseWithOffsets(raw: string): NormalisedText {
  let text = '';
  const offsets: number[] = [];
  for (let index = 0; index < raw.length; index += 1) {
    const char = STRAIGHT[raw[index]!] ?? raw[index]!;
    if (/\s/.test(char)) {
      if (text === '' || text.endsWith(' ')) continue;
      text += ' ';
    } else {
      text += char;
    }
    offsets.push(index);
  }
  if (text.endsWith(' ')) {
    text = text.slice(0, -1);
    offsets.pop();
  }
  return { text, offsets };
}

/** Folds white space and typographic quotes so that visually equal text compares equal. */
export const normaliseText = (raw: string): string => normaliseWithOffsets(raw).text;
