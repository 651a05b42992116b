/**
 * A country's numeric code must have a shape in the map the site draws (Natural Earth 1:50m via
 * world-atlas, keyed by ISO numeric code). A real ISO code can still lack one (Gibraltar, Tuvalu:
 * too small for that scale), and the map would then stop the build without naming the entry.
 */

/** The problem with a country's code, or undefined when the map has its shape. */
export function mapShapeProblem(country: { id: string; name: string; numeric: string }, mapCodes: ReadonlySet<string>): string | undefined {
  if (mapCodes.has(country.numeric)) return undefined;
  return `The map has no shape for ${country.name} (code "${country.numeric}"): the Natural Earth 1:50m map the site draws leaves out states this small. Leave the entry out, or ask a developer to mark it on the map another way.`;
}
