import { describe, expect, it } from 'vitest';
import { EntryListError, parseEntryList, parseOrderedEntryList } from '../../../src/lib/entry-list.ts';

const failure = (text: string) => {
  try {
    parseEntryList(text);
  } catch (error) {
    return error instanceof EntryListError ? { field: error.field, message: error.message } : error;
  }
  return undefined;
};

describe('parseEntryList', () => {
  it('returns the entries of a YAML list', () => {
    expect(parseEntryList('- id: vnm\n- id: lao\n')).toEqual([{ id: 'vnm' }, { id: 'lao' }]);
  });

  it('names the second use of an id', () => {
    expect(failure('- id: vnm\n- id: lao\n- id: vnm\n')).toEqual({ field: '[2].id', message: 'Another entry already uses the id "vnm"; give each entry its own id.' });
  });

  it('asks for a list when the file holds something else', () => {
    expect(failure('id: vnm\n')).toEqual({ field: '(file)', message: 'Write the file as a YAML list of entries, each starting with "- id:".' });
  });

  it('reports a YAML syntax error on the file with its first line', () => {
    expect(failure('- id: [vnm\n')).toMatchObject({ field: '(file)', message: expect.stringMatching(/^The YAML cannot be read: /) });
  });
});

describe('parseOrderedEntryList', () => {
  it('adds each entry’s place in the file, overriding a position an editor wrote', () => {
    const entries = parseOrderedEntryList('- id: newest\n- id: older\n  position: 7\n');
    expect(entries).toEqual([
      { id: 'newest', position: 0 },
      { id: 'older', position: 1 },
    ]);
  });

  it('keeps the list checks of parseEntryList', () => {
    expect(() => parseOrderedEntryList('- id: same\n- id: same\n')).toThrow(EntryListError);
  });
});
