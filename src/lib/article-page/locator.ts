/**
 * The article's own locator map: the site's tier-map layout (same projection, frames and
 * geometry, at locator size) drawn as an SVG string with only this article's countries filled,
 * each in its tier's colour (context states in the context colour) and each a link to its
 * country page. Other land is plain background.
 */
import type { MapCountryLayout, TierMapLayout } from '../tier-map.ts';
import { countryChartLabel } from '../tiers.ts';
import { escapeXml, round } from '../svg-format.ts';
import type { Tier } from '../../schemas/country.ts';

export interface LocatorCountry {
  id: string;
  name: string;
  tier?: Tier | undefined;
  /**
   * Stable ids of this article's passages that the country's entry cites, for linked reading:
   * carried by the list under the map only, which lights the map's shape through its country id.
   */
  passages?: readonly string[];
}

export interface LocatorOptions {
  idPrefix: string;
  title: string;
  href: (countryId: string) => string;
}

const tierClass = (tier: Tier | undefined) => `al-tier-${tier ?? 'context'}`;

function renderCountry(shape: MapCountryLayout, country: LocatorCountry, options: LocatorOptions): string {
  const fill = tierClass(country.tier);
  const parts: string[] = [];
  if (shape.d) parts.push(`<path class="al-shape ${fill}" d="${shape.d}"/>`);
  const { marker } = shape;
  if (marker && marker.bearing === undefined) {
    parts.push(`<circle class="al-hit" cx="${round(marker.x)}" cy="${round(marker.y)}" r="${round(marker.hitRadius)}"/>`);
    parts.push(`<circle class="al-marker ${fill}" cx="${round(marker.x)}" cy="${round(marker.y)}" r="${round(Math.max(marker.radius, 3))}"/>`);
  }
  if (marker && marker.bearing !== undefined) {
    parts.push(`<circle class="al-hit" cx="${round(marker.x)}" cy="${round(marker.y)}" r="${round(marker.hitRadius)}"/>`);
    parts.push(`<path class="al-arrow" d="M0,5V-5M-3,-2L0,-5L3,-2" transform="translate(${round(marker.x)} ${round(marker.y)}) rotate(${marker.bearing})"/>`);
  }
  return (
    `<a href="${escapeXml(options.href(country.id))}" class="al-country" data-country="${escapeXml(country.id)}" aria-label="${escapeXml(countryChartLabel(country))}">` +
    `${parts.join('')}</a>`
  );
}

/** The countries of `shown` that the layout has, in the layout's drawing order. */
export function locatorShapes(layout: TierMapLayout, shown: readonly LocatorCountry[]): { shape: MapCountryLayout; country: LocatorCountry }[] {
  const byId = new Map(shown.map((country) => [country.id, country]));
  return layout.countries.flatMap((shape) => {
    const country = byId.get(shape.id);
    return country ? [{ shape, country }] : [];
  });
}

export function renderArticleLocator(layout: TierMapLayout, shown: readonly LocatorCountry[], options: LocatorOptions): string {
  const missing = shown.filter((country) => !layout.countries.some((shape) => shape.id === country.id));
  if (missing.length > 0) throw new Error(`The map layout has no shape for ${missing.map((country) => country.id).join(', ')}.`);
  const shownIds = new Set(shown.map((country) => country.id));
  const others = layout.countries.filter((shape) => !shownIds.has(shape.id)).map((shape) => shape.d).join('');
  const { inset } = layout;
  const titleId = `${options.idPrefix}-title`;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="article-locator" viewBox="0 0 ${layout.width} ${layout.height}" width="${layout.width}" height="${layout.height}" role="group" aria-labelledby="${titleId}">` +
    `<title id="${titleId}">${escapeXml(options.title)}</title>` +
    `<rect class="al-sea" width="${layout.width}" height="${layout.height}"/>` +
    `<rect class="al-sea al-inset" x="${inset.x0}" y="${inset.y0}" width="${round(inset.x1 - inset.x0)}" height="${round(inset.y1 - inset.y0)}"/>` +
    `<path class="al-land" d="${layout.background}${others}"/>` +
    locatorShapes(layout, shown).map(({ shape, country }) => renderCountry(shape, country, options)).join('') +
    `</svg>`
  );
}
