import type { APIRoute } from 'astro';
import { siteContent } from '../../data/content.ts';
import { eventsCsv } from '../../lib/data-export.ts';

export const GET: APIRoute = async () => {
  const { events } = await siteContent();
  return new Response(`${eventsCsv(events)}\n`, { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
