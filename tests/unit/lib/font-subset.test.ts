import { describe, expect, it } from 'vitest';
import { assignCharacters, featuresFor, formatUnicodeRange, parseUnicodeRange, parseUpstreamFaces, PRINTABLE_ASCII } from '../../../src/lib/font-subset.ts';

const UPSTREAM = `
/* source-sans-3-vietnamese-wght-normal */
@font-face {
  font-family: 'Source Sans 3 Variable';
  font-style: normal;
  src: url(./files/source-sans-3-vietnamese-wght-normal.woff2) format('woff2-variations');
  unicode-range: U+0102-0103,U+1EA0-1EF9;
}
/* source-sans-3-latin-wght-italic */
@font-face {
  font-family: 'Source Sans 3 Variable';
  font-style: italic;
  src: url(./files/source-sans-3-latin-wght-italic.woff2) format('woff2-variations');
  unicode-range: U+0000-00FF;
}
/* source-sans-3-latin-wght-normal */
@font-face {
  font-family: 'Source Sans 3 Variable';
  font-style: normal;
  src: url(./files/source-sans-3-latin-wght-normal.woff2) format('woff2-variations');
  unicode-range: U+0000-00FF,U+2013-2014,U+2019;
}`;

describe('parseUnicodeRange', () => {
  it('reads single code points and ranges', () => {
    expect(parseUnicodeRange('U+0000-00FF, U+0131,U+2013-2014')).toEqual([
      [0, 255],
      [0x131, 0x131],
      [0x2013, 0x2014],
    ]);
  });

  it('rejects what is not a range, with the item named', () => {
    expect(() => parseUnicodeRange('U+00FF,0041')).toThrow('"0041" is not a unicode-range item');
    expect(() => parseUnicodeRange('U+00FF-0041')).toThrow('ends before it starts');
  });
});

describe('formatUnicodeRange', () => {
  it('merges neighbours, sorts and removes repeats', () => {
    expect(formatUnicodeRange([0x43, 0x41, 0x42, 0x2019, 0x41, 0x1ec7])).toBe('U+0041-0043,U+1EC7,U+2019');
  });

  it('round-trips with the parser', () => {
    const points = [...'Hello — “world”'].map((character) => character.codePointAt(0)!);
    const ranges = parseUnicodeRange(formatUnicodeRange(points));
    expect(points.every((point) => ranges.some(([start, end]) => point >= start && point <= end))).toBe(true);
  });
});

describe('parseUpstreamFaces', () => {
  it('keeps the upright faces with their subset names, files and ranges', () => {
    const faces = parseUpstreamFaces(UPSTREAM);
    expect(faces.map((face) => face.subset)).toEqual(['vietnamese', 'latin']);
    expect(faces[1]).toEqual({ subset: 'latin', file: 'source-sans-3-latin-wght-normal.woff2', ranges: [[0, 255], [0x2013, 0x2014], [0x2019, 0x2019]] });
  });

  it('finds nothing in a stylesheet without font faces', () => {
    expect(parseUpstreamFaces('body { color: red }')).toEqual([]);
  });
});

describe('assignCharacters', () => {
  const faces = parseUpstreamFaces(UPSTREAM);

  it('gives each character to the first face that covers it, in upstream order', () => {
    const assigned = assignCharacters('Hà Nội — Lào', faces);
    expect([...assigned.keys()]).toEqual(['vietnamese', 'latin']);
    expect(assigned.get('vietnamese')).toEqual([0x1ed9]);
    expect(String.fromCodePoint(...assigned.get('latin')!)).toBe(' HLNioà—');
  });

  it('leaves out characters no face has (drawn by a system font anyway) and unused faces', () => {
    const assigned = assignCharacters('✓ A', faces);
    expect([...assigned.keys()]).toEqual(['latin']);
    expect(assigned.get('latin')).toEqual([0x20, 0x41]);
  });
});

describe('featuresFor', () => {
  it('keeps kerning and tabular figures for plain text', () => {
    expect(featuresFor([0x41, 0x1ed9])).toEqual(['kern', 'tnum']);
  });

  it('adds mark positioning where the text has combining marks', () => {
    expect(featuresFor([0x61, 0x301])).toEqual(['kern', 'tnum', 'ccmp', 'mark', 'mkmk']);
  });
});

describe('PRINTABLE_ASCII', () => {
  it('is space to tilde', () => {
    expect(PRINTABLE_ASCII).toHaveLength(95);
    expect(PRINTABLE_ASCII.at(0)).toBe(' ');
    expect(PRINTABLE_ASCII.at(-1)).toBe('~');
  });
});
