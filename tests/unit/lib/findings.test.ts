import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseEntryList } from '../../../src/lib/entry-list.ts';
import { evidencePath, KEY_FINDINGS, missingEvidence } from '../../../src/lib/findings.ts';
import { PROJECT_ROOT } from '../../support/site-copy.ts';

describe('evidencePath', () => {
  it('points claims at the analysis, events at the timeline and countries at their pages', () => {
    expect(evidencePath({ kind: 'claim', id: 'x' })).toBe('analysis/#claim-x');
    expect(evidencePath({ kind: 'event', id: 'y' })).toBe('timeline/#event-y');
    expect(evidencePath({ kind: 'country', id: 'vnm' })).toBe('countries/vnm/');
  });
});

describe('missingEvidence', () => {
  it('reports pointers to entries that do not exist', () => {
    const known = { claim: new Set(['a']), event: new Set<string>(), country: new Set(['vnm']) };
    expect(missingEvidence([{ text: 't', evidence: [{ kind: 'claim', id: 'a' }, { kind: 'event', id: 'gone' }] }], known)).toEqual([{ kind: 'event', id: 'gone' }]);
  });
});

describe('KEY_FINDINGS', () => {
  const fileIds = (folder: string) => new Set(readdirSync(join(PROJECT_ROOT, 'content', folder)).map((name) => name.replace(/\.yaml$/, '')));
  const countryIds = new Set(parseEntryList(readFileSync(join(PROJECT_ROOT, 'content/countries.yaml'), 'utf8')).map((entry) => String(entry['id'])));

  it('has three to five findings, each backed by evidence that exists in the real content', () => {
    expect(KEY_FINDINGS.length).toBeGreaterThanOrEqual(3);
    expect(KEY_FINDINGS.length).toBeLessThanOrEqual(5);
    expect(KEY_FINDINGS.every((finding) => finding.evidence.length > 0)).toBe(true);
    expect(missingEvidence(KEY_FINDINGS, { claim: fileIds('claims'), event: fileIds('events'), country: countryIds })).toEqual([]);
  });
});
