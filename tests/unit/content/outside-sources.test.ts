/**
 * Every statement of ours that rests on facts outside the five sources names a record a reader
 * can check, with the day we checked it. Content is read from disk with the stand-alone checker's
 * schemas, stand-in reference and list parser, as `npm run check` reads it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { parseEntryList } from '../../../src/lib/entry-list.ts';
import { reliesOnOutsideFacts } from '../../../src/lib/outside-sources.ts';
import { plainReference } from '../../../src/node/check-content.ts';
import { COLLECTION_SOURCES } from '../../../src/schemas/collections.ts';
import type { OutsideSource } from '../../../src/schemas/outside-source.ts';
import { PROJECT_ROOT } from '../../support/site-copy.ts';

interface Checked {
  id: string;
  texts: string[];
  outsideSources: OutsideSource[];
}

function yamlFiles(collection: 'claims' | 'events') {
  const source = COLLECTION_SOURCES[collection];
  const folder = join(PROJECT_ROOT, source.path);
  const schema = source.schema(plainReference);
  return readdirSync(folder)
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => ({ id: name.replace(/\.yaml$/, ''), data: schema.parse(yaml.load(readFileSync(join(folder, name), 'utf8'))) as Record<string, unknown> }));
}

const claims: Checked[] = yamlFiles('claims').map(({ id, data }) => ({
  id,
  texts: [data.note as string | undefined].filter((text): text is string => text !== undefined),
  outsideSources: data.outsideSources as OutsideSource[],
}));

const events: Checked[] = yamlFiles('events').map(({ id, data }) => ({
  id,
  texts: [data.title as string, data.summary as string, ...((data.accounts as { version: string }[]).map((account) => account.version))],
  outsideSources: data.outsideSources as OutsideSource[],
}));

const countrySchema = COLLECTION_SOURCES.countries.schema(plainReference);
const countries: Checked[] = parseEntryList(readFileSync(join(PROJECT_ROOT, COLLECTION_SOURCES.countries.path), 'utf8')).map((raw) => {
  const data = countrySchema.parse(raw) as Record<string, unknown> & { affinity?: { rationale: string }; enforcement?: { rationale: string }; disagreements: { views: { view: string }[] }[] };
  return {
    id: String(data.id),
    texts: [data.rationale as string | undefined, data.affinity?.rationale, data.enforcement?.rationale, ...data.disagreements.flatMap((item) => item.views.map((view) => view.view))].filter(
      (text): text is string => text !== undefined,
    ),
    outsideSources: data.outsideSources as OutsideSource[],
  };
});

/** Entries whose text says it relies on outside facts but which name no record with an address and the day checked. */
const withoutRecord = (entries: readonly Checked[]) =>
  entries
    .filter((entry) => entry.texts.some((text) => reliesOnOutsideFacts(text)))
    .filter((entry) => !entry.outsideSources.some((source) => source.url.startsWith('http') && /^\d{4}-\d{2}-\d{2}$/.test(source.checkedOn)))
    .map((entry) => entry.id);

describe('outside facts in content/', () => {
  it('finds notes that rely on outside facts (the check has something to check)', () => {
    expect(claims.filter((claim) => claim.texts.some((text) => reliesOnOutsideFacts(text))).length).toBeGreaterThanOrEqual(30);
  });

  it('gives every claim whose note relies on outside facts a record with a url and checkedOn', () => {
    expect(withoutRecord(claims)).toEqual([]);
  });

  it('gives every event whose title, summary or accounts rely on outside facts a record with a url and checkedOn', () => {
    expect(withoutRecord(events)).toEqual([]);
  });

  it('gives every country whose rationales rely on outside facts a record with a url and checkedOn', () => {
    expect(withoutRecord(countries)).toEqual([]);
  });

  it('never names the same page twice for one entry', () => {
    const repeated = [...claims, ...events, ...countries].filter((entry) => new Set(entry.outsideSources.map((source) => source.url)).size !== entry.outsideSources.length);
    expect(repeated.map((entry) => entry.id)).toEqual([]);
  });
});
