import { describe, expect, it } from 'vitest';
import {
  findInvisibleCharacters,
  invisibleCharacterProblems,
  isInvisibleCharacterProblem,
  withoutFollowOnProblems,
} from '../../../../src/lib/checks/invisible-characters.ts';

describe('findInvisibleCharacters', () => {
  it.each([
    ['\u200b', 'U+200B ZERO WIDTH SPACE'],
    ['\u200c', 'U+200C ZERO WIDTH NON-JOINER'],
    ['\u200d', 'U+200D ZERO WIDTH JOINER'],
    ['\u2060', 'U+2060 WORD JOINER'],
    ['\ufeff', 'U+FEFF ZERO WIDTH NO-BREAK SPACE (byte order mark)'],
    ['\u202a', 'U+202A LEFT-TO-RIGHT EMBEDDING'],
    ['\u202e', 'U+202E RIGHT-TO-LEFT OVERRIDE'],
    ['\u2066', 'U+2066 LEFT-TO-RIGHT ISOLATE'],
    ['\u2069', 'U+2069 POP DIRECTIONAL ISOLATE'],
  ])('names %j by code point and name, with line and column', (character, label) => {
    expect(findInvisibleCharacters(`first line\nab${character}c`)).toEqual([{ label, line: 2, column: 3 }]);
  });

  it('finds nothing in ordinary text, curly quotes, dashes and non-Latin scripts included', () => {
    expect(findInvisibleCharacters('“Tô Lâm” — 조선 · 18 years\u00a0ago')).toEqual([]);
  });
});

describe('invisibleCharacterProblems', () => {
  it('reports each one in a field with its path, and in the body with its line below the frontmatter', () => {
    const entry = {
      id: 'visit',
      filePath: 'content/events/visit.yaml',
      data: { title: 'To\u202eLam', sources: [{ article: { id: 'dw', collection: 'articles' }, quote: 'first\u200b time' }] },
      body: 'One.\n\nTwo\u2066.',
    };
    expect(invisibleCharacterProblems(entry).map((problem) => `${problem.field}: ${problem.message}`)).toEqual([
      'title: Invisible character U+202E RIGHT-TO-LEFT OVERRIDE at character 3: it looks like nothing but changes how the text reads or matches; delete it (retype the text around it if unsure).',
      'sources[0].quote: Invisible character U+200B ZERO WIDTH SPACE at character 6: it looks like nothing but changes how the text reads or matches; delete it (retype the text around it if unsure). The quote cannot match the article while it is there.',
      'body, line 3 below the frontmatter: Invisible character U+2066 LEFT-TO-RIGHT ISOLATE at column 4: it looks like nothing but changes how the text reads or matches; delete it (retype the text around it if unsure).',
    ]);
  });
});

describe('withoutFollowOnProblems', () => {
  it('drops a problem on a field an invisible character already explains, and keeps the rest', () => {
    const [invisible] = invisibleCharacterProblems({ id: 'x', filePath: 'f.yaml', data: { quote: 'a\u200bb' } });
    const followOn = { file: 'f.yaml', field: 'quote', message: 'The phrase "a​b" does not occur in article "dw".' };
    const unrelated = { file: 'f.yaml', field: 'title', message: 'Write the title.' };
    expect(isInvisibleCharacterProblem(invisible!)).toBe(true);
    expect(isInvisibleCharacterProblem(followOn)).toBe(false);
    expect(withoutFollowOnProblems([followOn, invisible!, unrelated])).toEqual([invisible, unrelated]);
  });
});
