/**
 * The site's name in page titles, the header, share cards and the feed. It carries no count of
 * the sources, which is an open set, and no source's thesis.
 */
export const SITE_NAME = 'North Korea and Southeast Asia: the sources compared';
