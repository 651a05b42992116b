import type { APIRoute } from 'astro';
import { siteContent } from '../../data/content.ts';
import { countryRecord } from '../../lib/data-export.ts';
import { mapOrder } from '../../lib/countries.ts';

export const GET: APIRoute = async () => {
  const { countries } = await siteContent();
  const records = mapOrder(countries).map((country) => countryRecord(country.data));
  return new Response(`${JSON.stringify(records, null, 2)}\n`, { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
