/** Share images: one for the home page, one per article and one per claim, rendered at build time. */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import type { APIRoute, GetStaticPaths } from 'astro';
import { siteContent } from '../../data/content.ts';
import { VERDICT_LABELS } from '../../lib/claims.ts';
import { countOf } from '../../lib/count-words.ts';
import { shareCardSvg, type ShareCard } from '../../lib/share-card.ts';
import { SITE_NAME } from '../../lib/site-name.ts';

const fontDir = join(dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');
const FONT_FILES = ['DejaVuSans.ttf', 'DejaVuSerif-Bold.ttf'].map((name) => join(fontDir, name));

export const getStaticPaths = (async () => {
  const { articles, claims } = await siteContent();
  const home: ShareCard = { kicker: 'North Korea and Southeast Asia, 2025', title: `Pyongyang courts Southeast Asia: ${countOf(articles.length, 'text')}, compared and checked`, footer: SITE_NAME };
  return [
    { params: { id: 'home' }, props: { card: home } },
    ...articles.map((article) => ({
      params: { id: article.id },
      props: { card: { kicker: `Source: ${article.data.outlet.name}`, title: article.data.title, footer: SITE_NAME } satisfies ShareCard },
    })),
    ...claims.map((claim) => ({
      params: { id: `claim-${claim.id}` },
      props: { card: { kicker: `Claim · ${VERDICT_LABELS[claim.data.verdict]}`, title: claim.data.claim, footer: SITE_NAME } satisfies ShareCard },
    })),
  ];
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const svg = shareCardSvg((props as { card: ShareCard }).card);
  const png = new Resvg(svg, { font: { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: 'DejaVu Sans' } }).render().asPng();
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
