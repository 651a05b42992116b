import type { APIRoute } from 'astro';
import { siteContent } from '../../data/content.ts';
import { mapOrder } from '../../lib/countries.ts';
import { countriesCsv } from '../../lib/data-export.ts';

export const GET: APIRoute = async () => {
  const { countries } = await siteContent();
  return new Response(`${countriesCsv(mapOrder(countries).map((country) => country.data))}\n`, { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
