import type { APIRoute } from 'astro';
import { siteContent } from '../../data/content.ts';
import { eventRecords } from '../../lib/data-export.ts';

export const GET: APIRoute = async () => {
  const { events } = await siteContent();
  return new Response(`${JSON.stringify(eventRecords(events), null, 2)}\n`, { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
