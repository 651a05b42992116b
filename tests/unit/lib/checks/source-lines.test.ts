import { describe, expect, it } from 'vitest';
import { parseFieldPath, yamlLineFinder } from '../../../../src/lib/checks/source-lines.ts';

describe('parseFieldPath', () => {
  it('reads fields as messages write them', () => {
    expect(parseFieldPath('sources[0].quote')).toEqual(['sources', 0, 'quote']);
    expect(parseFieldPath('[17].id')).toEqual([17, 'id']);
    expect(parseFieldPath('title')).toEqual(['title']);
  });
});

describe('yamlLineFinder', () => {
  const text = ['title: A visit', 'date:', '  precision: day', '  value: "2025-10-10"', 'countries: [vnm, vnm]', 'sources:', '  - article: dw', '    quote: first time'].join('\n');
  const lineOf = yamlLineFinder(text);

  it('gives the line of a field, a nested field and a list item', () => {
    expect(lineOf(['title'])).toBe(1);
    expect(lineOf(['date', 'value'])).toBe(4);
    expect(lineOf(['countries', 1])).toBe(5);
    expect(lineOf(['sources', 0, 'quote'])).toBe(8);
  });

  it('falls back to the nearest part that exists, and adds an offset for frontmatter', () => {
    expect(lineOf(['summary'])).toBe(1);
    expect(lineOf(['date', 'part'])).toBe(2);
    expect(yamlLineFinder(text, 1)(['date', 'value'])).toBe(5);
  });

  it('finds entries of a YAML list by index', () => {
    expect(yamlLineFinder('- id: vnm\n  numeric: "704"\n- id: lao\n  numeric: "418"\n')([1, 'numeric'])).toBe(4);
  });
});
