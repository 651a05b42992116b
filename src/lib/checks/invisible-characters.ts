/**
 * Invisible characters in content. Bidirectional overrides can make a quote or a figure read
 * differently on the page than in the file ("Trojan Source"); zero-width characters make a quote
 * that looks right fail to match, or a name that looks alike differ. Neither has a use in this
 * site's text, so each is rejected with its code point, name and position.
 */
import type { CheckedEntry, ContentProblem } from '../integrity.ts';
import { walkStrings } from './walk.ts';

export const INVISIBLE_CHARACTERS: Readonly<Record<number, string>> = {
  0x200b: 'ZERO WIDTH SPACE',
  0x200c: 'ZERO WIDTH NON-JOINER',
  0x200d: 'ZERO WIDTH JOINER',
  0x2060: 'WORD JOINER',
  0xfeff: 'ZERO WIDTH NO-BREAK SPACE (byte order mark)',
  0x202a: 'LEFT-TO-RIGHT EMBEDDING',
  0x202b: 'RIGHT-TO-LEFT EMBEDDING',
  0x202c: 'POP DIRECTIONAL FORMATTING',
  0x202d: 'LEFT-TO-RIGHT OVERRIDE',
  0x202e: 'RIGHT-TO-LEFT OVERRIDE',
  0x2066: 'LEFT-TO-RIGHT ISOLATE',
  0x2067: 'RIGHT-TO-LEFT ISOLATE',
  0x2068: 'FIRST STRONG ISOLATE',
  0x2069: 'POP DIRECTIONAL ISOLATE',
};

const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u202a-\u202e\u2066-\u2069]/gu;

export interface InvisibleCharacter {
  /** e.g. "U+200B ZERO WIDTH SPACE". */
  label: string;
  /** 1-based line within the text. */
  line: number;
  /** 1-based column within that line. */
  column: number;
}

/** Every invisible character in `text`, with where it is. */
export function findInvisibleCharacters(text: string): InvisibleCharacter[] {
  const found: InvisibleCharacter[] = [];
  for (const match of text.matchAll(INVISIBLE)) {
    const before = text.slice(0, match.index);
    const codePoint = match[0].codePointAt(0)!;
    found.push({
      label: `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')} ${INVISIBLE_CHARACTERS[codePoint]}`,
      line: before.split('\n').length,
      column: match.index - before.lastIndexOf('\n'),
    });
  }
  return found;
}

const problems = new WeakSet<ContentProblem>();

/** Whether a problem is one of this module's (a follow-on problem on the same field can be dropped). */
export const isInvisibleCharacterProblem = (problem: ContentProblem): boolean => problems.has(problem);

const remember = (problem: ContentProblem): ContentProblem => {
  problems.add(problem);
  return problem;
};

const DELETE_IT = 'it looks like nothing but changes how the text reads or matches; delete it (retype the text around it if unsure).';

/** Problems for every invisible character in an entry's fields and Markdown body. */
export function invisibleCharacterProblems(entry: CheckedEntry): ContentProblem[] {
  const found: ContentProblem[] = [];
  walkStrings(entry.data, (text, field) => {
    for (const character of findInvisibleCharacters(text)) {
      const where = text.includes('\n') ? `line ${character.line}, column ${character.column}` : `character ${character.column}`;
      const quote = /(^|\.)quote$/.test(field) ? ' The quote cannot match the article while it is there.' : '';
      found.push(remember({ file: entry.filePath, field: field || '(entry)', message: `Invisible character ${character.label} at ${where}: ${DELETE_IT}${quote}` }));
    }
  });
  for (const character of findInvisibleCharacters(entry.body ?? '')) {
    found.push(
      remember({
        file: entry.filePath,
        field: `body, line ${character.line} below the frontmatter`,
        message: `Invisible character ${character.label} at column ${character.column}: ${DELETE_IT}`,
      }),
    );
  }
  return found;
}

/**
 * Drops problems that an invisible character on the same field already explains (a quote with a
 * zero-width space also "does not occur" in its article): one mistake, one message.
 */
export function withoutFollowOnProblems(all: readonly ContentProblem[]): ContentProblem[] {
  const explained = new Set(all.filter(isInvisibleCharacterProblem).map((problem) => `${problem.file}\u0000${problem.field}`));
  return all.filter((problem) => isInvisibleCharacterProblem(problem) || !explained.has(`${problem.file}\u0000${problem.field}`));
}
