/** The /data/ downloads parse and hold exactly what the collections hold. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvParse } from 'd3';
import { expect, test } from '@playwright/test';
import { parseEntryList } from '../../src/lib/entry-list.ts';
import { PROJECT_ROOT } from '../support/site-copy.ts';

const fileIds = (folder: string) =>
  readdirSync(join(PROJECT_ROOT, 'content', folder))
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => name.replace(/\.yaml$/, ''))
    .sort();
const countryIds = parseEntryList(readFileSync(join(PROJECT_ROOT, 'content/countries.yaml'), 'utf8'))
  .map((entry) => String(entry['id']))
  .sort();

test('events.json and events.csv list every event once, with its citations', async ({ request }) => {
  const json = (await (await request.get('/data/events.json')).json()) as { id: string; sources: { article: string; passage: string | null; quote: string | null; speaker: string | null }[] }[];
  expect(json.map((event) => event.id).sort()).toEqual(fileIds('events'));
  expect(json.every((event) => event.sources.length > 0)).toBe(true);
  // Each citation is a passage or a quote, never both, with the same keys on every record.
  for (const source of json.flatMap((event) => event.sources)) {
    expect(Object.keys(source).sort()).toEqual(['article', 'passage', 'quote', 'speaker']);
    expect((source.passage === null) !== (source.quote === null)).toBe(true);
  }
  const csv = csvParse(await (await request.get('/data/events.csv')).text());
  expect(csv.map((row) => row['id']).sort()).toEqual(fileIds('events'));
  expect(csv.columns).toEqual(['id', 'title', 'summary', 'date_label', 'date_precision', 'start', 'end', 'approximate', 'status', 'category', 'countries', 'sources', 'disagreements']);
});

test('countries.json and countries.csv list every country, tiers for Southeast Asia only', async ({ request }) => {
  const json = (await (await request.get('/data/countries.json')).json()) as { id: string; region: string; tier: string | null }[];
  expect(json.map((country) => country.id).sort()).toEqual(countryIds);
  expect(json.filter((country) => country.region === 'Southeast Asia').every((country) => country.tier !== null)).toBe(true);
  expect(json.filter((country) => country.region !== 'Southeast Asia').every((country) => country.tier === null)).toBe(true);
  const csv = csvParse(await (await request.get('/data/countries.csv')).text());
  expect(csv.map((row) => row['id']).sort()).toEqual(countryIds);
});

test('claims.json lists every claim', async ({ request }) => {
  const json = (await (await request.get('/data/claims.json')).json()) as { id: string }[] | { claims: { id: string }[] };
  const claims = Array.isArray(json) ? json : json.claims;
  expect(claims.map((claim) => claim.id).sort()).toEqual(fileIds('claims'));
});

test('each download is linked from the page that shows the data', async ({ page }) => {
  await page.goto('/timeline/');
  await expect(page.getByRole('link', { name: 'events.csv' })).toHaveAttribute('href', '/data/events.csv');
  await page.goto('/map/');
  await expect(page.getByRole('link', { name: 'countries.json' })).toHaveAttribute('href', '/data/countries.json');
  await page.goto('/method/');
  await expect(page.locator('#data')).toBeVisible();
  await expect(page.getByRole('link', { name: 'claims.json' }).first()).toBeVisible();
});
