/**
 * The data package describes every download: its CSV fields are exactly the headers the CSV
 * writers produce, in order (checked on the real content), and it lists every file under /data/.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvParseRows } from 'd3';
import * as yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { claimsMatrixCsv } from '../../../src/lib/comparison/matrix-csv.ts';
import { countriesCsv, eventsCsv } from '../../../src/lib/data-export.ts';
import { COUNTRIES_CSV_FIELDS, dataPackage, EVENTS_CSV_FIELDS, matrixFields } from '../../../src/lib/datapackage.ts';
import { plainReference } from '../../../src/node/check-content.ts';
import { eventSchema } from '../../../src/schemas/event.ts';
import { ARTICLE_IDS, claim, SHORT_NAMES } from '../../fixtures/claims.ts';
import { realCountries } from '../../fixtures/countries.ts';
import { PROJECT_ROOT } from '../../support/site-copy.ts';

const header = (csv: string) => csvParseRows(csv)[0];
const names = (fields: readonly { name: string }[]) => fields.map((field) => field.name);
const articles = ARTICLE_IDS.map((id) => ({ id, shortName: SHORT_NAMES.get(id)! }));

describe('datapackage.json', () => {
  it('gives events.csv and countries.csv the fields their writers write, in order', () => {
    const folder = join(PROJECT_ROOT, 'content/events');
    const schema = eventSchema(plainReference);
    const events = readdirSync(folder)
      .filter((name) => name.endsWith('.yaml'))
      .map((name) => ({ id: name.replace(/\.yaml$/, ''), data: schema.parse(yaml.load(readFileSync(join(folder, name), 'utf8'))) }));
    expect(header(eventsCsv(events))).toEqual(names(EVENTS_CSV_FIELDS));
    expect(header(countriesCsv(realCountries()))).toEqual(names(COUNTRIES_CSV_FIELDS));
  });

  it('gives claims-matrix.csv one field per source, named and described by the content', () => {
    const fields = matrixFields([...articles, { id: 'sixth-article', shortName: 'Sixth' }]);
    expect(header(claimsMatrixCsv([claim('x', { [ARTICLE_IDS[0]]: 'asserts' })], [...ARTICLE_IDS, 'sixth-article'], (id) => id))).toEqual(names(fields));
    expect(fields.at(-1)!.description).toMatch(/^Stance of Sixth \(sixth-article\): one of asserts, contradicts, qualifies, silent, not-yet-compared;/);
  });

  it('describes every file under /data/ and counts the sources from content', () => {
    const descriptor = dataPackage({ articles, homepage: 'https://example.org/', methodUrl: 'https://example.org/method/#data' });
    expect(descriptor.resources.map((resource) => resource.path).sort()).toEqual(
      readdirSync(join(PROJECT_ROOT, 'src/pages/data'))
        .map((name) => name.replace(/\.ts$/, ''))
        .filter((name) => name !== 'datapackage.json')
        .sort(),
    );
    expect(descriptor.description).toContain('from 5 sources');
    for (const resource of descriptor.resources) expect(resource.name).toMatch(/^[a-z0-9-]+$/);
    for (const field of descriptor.resources.flatMap((resource) => ('schema' in resource ? resource.schema.fields : []))) {
      expect(field.description.length, field.name).toBeGreaterThan(10);
      expect(['string', 'integer', 'boolean', 'date']).toContain(field.type);
    }
  });
});
