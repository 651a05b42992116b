/** One representative page per page type, as a path from the site root: screenshots, layout figures and benchmarks use the same pages. */
export const PAGE_TYPES = [
  ['home', '/'],
  ['articles', '/articles/'],
  ['article', '/articles/dw-north-korea-eyes-southeast-asia/'],
  ['timeline', '/timeline/'],
  ['map', '/map/'],
  ['country', '/countries/vnm/'],
  ['analysis', '/analysis/'],
  ['claim', '/claims/north-koreas-traditional-alliances-are-strained/'],
  ['method', '/method/'],
  ['corrections', '/corrections/'],
  ['search', '/search/'],
  ['404', '/404.html'],
] as const;
