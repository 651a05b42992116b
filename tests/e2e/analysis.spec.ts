/**
 * The analysis page, the claim pages, the article pages' comparison boxes and the machine-readable
 * claims: the matrix has one row per claim file and one column per article headed by its short
 * name, fits its column, keeps its header in view, the filters work and are harmless without
 * JavaScript, old anchors and every link into the claims land on an existing claim, and the
 * JSON-LD and /data/claims.json parse.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';

const CLAIM_IDS = readdirSync(fileURLToPath(new URL('../../content/claims', import.meta.url)))
  .filter((name) => name.endsWith('.yaml'))
  .map((name) => name.replace(/\.yaml$/, ''))
  .sort();
const ARTICLE_IDS = readdirSync(fileURLToPath(new URL('../../content/articles', import.meta.url)))
  .filter((name) => name.endsWith('.md'))
  .map((name) => name.replace(/\.md$/, ''));

interface ClaimsDocument {
  articles: { id: string; shortName: string }[];
  claims: { id: string; claim: string; topic: string; verdict: string; erroneousSources: string[]; pending: string[]; stances: { article: string; stance: string; passage: string | null; quote: string | null }[] }[];
}

async function claimsDocument(page: Page): Promise<ClaimsDocument> {
  const response = await page.request.get('/data/claims.json');
  expect(response.ok()).toBe(true);
  return (await response.json()) as ClaimsDocument;
}

test('the matrix has one row per claim and one column per article, headed by its short name', async ({ page }) => {
  const document = await claimsDocument(page);
  await page.goto('/analysis/');
  const matrix = page.locator('table.matrix');
  const rowIds = await matrix.locator('tbody tr[data-claim]').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-claim')));
  expect([...rowIds].sort()).toEqual(CLAIM_IDS);
  const columnIds = await matrix.locator('thead th[data-article]').evaluateAll((cells) => cells.map((cell) => cell.getAttribute('data-article')));
  expect([...columnIds].sort()).toEqual([...ARTICLE_IDS].sort());
  const headers = await matrix.locator('thead th[data-article]').allInnerTexts();
  expect(headers.map((text) => text.trim())).toEqual(columnIds.map((id) => document.articles.find((article) => article.id === id)!.shortName));
  for (const row of await matrix.locator('tbody tr[data-claim]').all()) {
    await expect(row.locator('td.stance-cell')).toHaveCount(ARTICLE_IDS.length);
  }
  // Stance is written out for assistive technology, not left to shape and colour: every cell names one.
  const cellTexts = await matrix.locator('td.stance-cell').allTextContents();
  for (const text of cellTexts) expect(text).toMatch(/^(Asserts|Contradicts|Qualifies|Silent|Not yet compared)(, in error)?$/);
  // A ring for every erring source, nowhere else.
  const rings = document.claims.reduce((sum, claim) => sum + claim.erroneousSources.length, 0);
  await expect(matrix.locator('.stance-glyph.glyph-errs')).toHaveCount(rings);
});

test('the page fits: under 8,000 px at 1280 px, and the matrix is never wider than its column', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/analysis/');
  expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThan(8000);
  for (const width of [320, 390, 768, 1280, 1920]) {
    await page.setViewportSize({ width, height: 900 });
    const fit = await page.locator('table.matrix').evaluate((table) => {
      const frame = table.parentElement!.getBoundingClientRect();
      const clipped = [...table.querySelectorAll('th, td')].filter((cell) => cell.scrollWidth > cell.clientWidth + 1).length;
      return { table: table.getBoundingClientRect().width, frame: frame.width, clipped, page: document.documentElement.scrollWidth };
    });
    expect(fit.table, `matrix width at ${width}`).toBeLessThanOrEqual(fit.frame + 1);
    expect(fit.clipped, `clipped cells at ${width}`).toBe(0);
    expect(fit.page, `page width at ${width}`).toBeLessThanOrEqual(width);
  }
});

test('at 1280 × 800 the whole matrix takes about two screens: one line per claim, nothing clipped, the full claim kept', async ({ page }) => {
  const document = await claimsDocument(page);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/analysis/');
  const matrix = page.locator('table.matrix');
  const layout = await matrix.evaluate((table) => {
    const rows = [...table.querySelectorAll<HTMLElement>('tbody tr')];
    const claimLinks = [...table.querySelectorAll<HTMLElement>('tbody th.claim-col a')];
    return {
      height: table.getBoundingClientRect().height,
      top: table.getBoundingClientRect().top + window.scrollY,
      tallestRow: Math.max(...rows.map((row) => row.getBoundingClientRect().height)),
      // A label that wraps has more than one line box.
      wrapped: claimLinks.filter((link) => link.getClientRects().length > 1 || link.getBoundingClientRect().height > 26).map((link) => link.textContent),
      clipped: [...table.querySelectorAll('th, td, a')].filter((cell) => cell.scrollWidth > cell.clientWidth + 1 || cell.scrollHeight > cell.clientHeight + 1).length,
    };
  });
  expect(layout.height, 'matrix height').toBeLessThanOrEqual(1600);
  expect(layout.top, 'matrix starts within the first screen').toBeLessThan(800);
  expect(layout.tallestRow, 'tallest row').toBeLessThanOrEqual(28);
  expect(layout.wrapped, 'labels on more than one line').toEqual([]);
  expect(layout.clipped, 'clipped cells').toBe(0);
  // The label names the claim in the row; the full claim is the link's title (its description).
  for (const claim of document.claims) {
    const link = matrix.locator(`#claim-${claim.id} th.claim-col a`);
    await expect(link).toHaveAttribute('title', claim.claim);
    await expect(link).toHaveAccessibleDescription(claim.claim);
  }
});

test('the header of source names stays in view while the matrix scrolls', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/analysis/');
  const lastRow = page.locator('table.matrix tbody tr[data-claim]').last();
  await lastRow.scrollIntoViewIfNeeded();
  await expect(page.locator('table.matrix thead th[data-article]').first()).toBeInViewport();
});

test('each claim row links to its own page, which names a verdict and every source', async ({ page }) => {
  await page.goto('/analysis/');
  const firstRow = page.locator('table.matrix tbody tr[data-claim]').first();
  const id = await firstRow.getAttribute('data-claim');
  await firstRow.getByRole('link').click();
  await expect(page).toHaveURL(new RegExp(`/claims/${id}/$`));
  await expect(page.locator('.verdict-line')).toContainText(/Consistent|Disputed|Error in a source|Unverifiable/);
  await expect(page.locator('.stance-list li')).toHaveCount(ARTICLE_IDS.length);
});

test('old /analysis/#claim-<id> links still land on the claim, which links on to its page', async ({ page }) => {
  for (const claimId of CLAIM_IDS) {
    await page.goto(`/analysis/#claim-${claimId}`);
    const row = page.locator(`#claim-${claimId}`);
    await expect(row).toHaveCount(1);
    await expect(row.locator(`a[href="/claims/${claimId}/"]`)).toHaveCount(1);
  }
  await expect(page.locator(`#claim-${CLAIM_IDS.at(-1)}`)).toBeInViewport();
  // The row lands below the sticky header of source names, not under it.
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`/analysis/#claim-${CLAIM_IDS[0]}`);
  const [rowTop, headerBottom] = await page.evaluate((id) => [
    document.getElementById(`claim-${id}`)!.getBoundingClientRect().top,
    document.querySelector('table.matrix thead')!.getBoundingClientRect().bottom,
  ], CLAIM_IDS[0]);
  expect(rowTop).toBeGreaterThanOrEqual(headerBottom - 1);
});

test('the filters narrow by verdict, topic and source, and can show everything again', async ({ page }) => {
  const document = await claimsDocument(page);
  const errors = document.claims.filter((claim) => claim.verdict === 'error-in-source').map((claim) => claim.id);
  expect(errors.length).toBeGreaterThan(0);
  await page.goto('/analysis/');
  const filter = page.locator('verdict-filter');
  await expect(filter).toBeVisible();
  const visibleRows = page.locator('table.matrix tbody tr[data-claim]:visible');
  const visibleIds = () => visibleRows.evaluateAll((rows) => rows.map((row) => row.getAttribute('data-claim')!).sort());
  await filter.locator('select[name="verdict"]').selectOption('error-in-source');
  await expect(visibleRows).toHaveCount(errors.length);
  expect(await visibleIds()).toEqual([...errors].sort());
  await expect(filter.getByRole('status')).toHaveText(`Showing ${errors.length} of ${CLAIM_IDS.length} claims.`);
  const rogue = 'rogue-state-alliance-asean';
  await filter.locator('select[name="source"]').selectOption(rogue);
  const rogueErrors = document.claims.filter((claim) => claim.verdict === 'error-in-source' && claim.stances.some((entry) => entry.article === rogue && entry.stance !== 'silent'));
  expect(await visibleIds()).toEqual(rogueErrors.map((claim) => claim.id).sort());
  await filter.locator('select[name="verdict"]').selectOption('all');
  await filter.locator('select[name="source"]').selectOption('all');
  await filter.locator('select[name="topic"]').selectOption('figures');
  const figures = document.claims.filter((claim) => claim.topic === 'figures').map((claim) => claim.id);
  expect(await visibleIds()).toEqual(figures.sort());
  await expect(page.locator('table.matrix tbody[data-topic="tiering"]')).toBeHidden();
  await filter.locator('select[name="topic"]').selectOption('all');
  await expect(visibleRows).toHaveCount(CLAIM_IDS.length);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the filter stays hidden and every claim is shown', async ({ page }) => {
    await page.goto('/analysis/');
    await expect(page.locator('verdict-filter')).toBeHidden();
    await expect(page.locator('table.matrix tbody tr[data-claim]:visible')).toHaveCount(CLAIM_IDS.length);
  });
});

test('every claim link from an article page lands on an existing claim page', async ({ page }) => {
  let boxLinks = 0;
  for (const article of ARTICLE_IDS) {
    await page.goto(`/articles/${article}/`);
    const box = page.getByRole('region', { name: 'How this source compares' });
    await expect(box).toBeVisible();
    const hrefs = [
      ...(await box.locator('a[href^="/claims/"]').evaluateAll((links) => links.map((link) => link.getAttribute('href')!))),
      ...(await page.locator('.prose a.claim-marker').evaluateAll((links) => links.map((link) => link.getAttribute('href')!))),
    ];
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) {
      const id = /^\/claims\/([a-z0-9-]+)\/$/.exec(href)?.[1];
      expect(id && CLAIM_IDS.includes(id), `${article} links to ${href}`).toBe(true);
    }
    boxLinks += await box.locator('li').count();
  }
  expect(boxLinks).toBeGreaterThan(0);
});

test('an article page marks its cited passages and lists where it stands apart', async ({ page }) => {
  const document = await claimsDocument(page);
  const article = 'rogue-state-alliance-asean';
  const cited = document.claims.filter((claim) => claim.stances.some((entry) => entry.article === article && (entry.passage !== null || entry.quote !== null)));
  await page.goto(`/articles/${article}/`);
  const markerLinks = await page.locator('.prose a.claim-marker').evaluateAll((links) => links.map((link) => link.getAttribute('href')!.split('/')[2]));
  expect([...markerLinks].sort()).toEqual(cited.map((claim) => claim.id).sort());
  await expect(page.locator('.prose mark.claim-passage', { hasText: 'Nguyen Phu Trong' })).toHaveCount(1);
  const box = page.getByRole('region', { name: 'How this source compares' });
  for (const claim of document.claims.filter((entry) => entry.erroneousSources.includes(article))) {
    await expect(box.locator(`a[href="/claims/${claim.id}/"]`)).toContainText(/./);
  }
  await expect(box.getByText('Error in this source').first()).toBeVisible();
});

test('the ClaimReview JSON-LD of the analysis page parses and covers every error in a source', async ({ page }) => {
  const document = await claimsDocument(page);
  const expected = document.claims.flatMap((claim) => claim.erroneousSources.map((source) => `${claim.id}/#review-${source}`));
  await page.goto('/analysis/');
  const scripts = await page.locator('script[type="application/ld+json"]').allTextContents();
  expect(scripts).toHaveLength(1);
  const jsonLd = JSON.parse(scripts[0]!) as { '@context': string; '@graph': { '@type': string; '@id': string; url: string; claimReviewed: string; reviewRating: { alternateName: string } }[] };
  expect(jsonLd['@context']).toBe('https://schema.org');
  expect(jsonLd['@graph'].map((review) => review['@id'].split('/claims/')[1]).sort()).toEqual(expected.sort());
  for (const review of jsonLd['@graph']) {
    expect(review['@type']).toBe('ClaimReview');
    expect(review.claimReviewed.length).toBeGreaterThan(0);
    expect(review.reviewRating.alternateName).toBe('Error in a source');
    expect(new URL(review.url).pathname).toMatch(/^\/claims\/[a-z0-9-]+\/$/);
  }
});

test('every claim page carries its own valid ClaimReview JSON-LD, its stances and prev/next within its topic', async ({ page }) => {
  // 56 pages in one test: give it the time a loaded two-core machine needs.
  test.setTimeout(120_000);
  const document = await claimsDocument(page);
  for (const claim of document.claims) {
    await page.goto(`/claims/${claim.id}/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Claim: ${claim.claim}`);
    const scripts = await page.locator('script[type="application/ld+json"]').allTextContents();
    expect(scripts).toHaveLength(1);
    const jsonLd = JSON.parse(scripts[0]!) as { '@context': string; '@graph': { '@type': string; url: string; claimReviewed: string; reviewRating: { alternateName: string }; itemReviewed: { '@type': string } }[] };
    expect(jsonLd['@context']).toBe('https://schema.org');
    expect(jsonLd['@graph'].length).toBe(Math.max(1, claim.erroneousSources.length));
    for (const review of jsonLd['@graph']) {
      expect(review['@type']).toBe('ClaimReview');
      expect(new URL(review.url).pathname).toBe(`/claims/${claim.id}/`);
      expect(review.claimReviewed).toBe(claim.claim);
      expect(review.reviewRating.alternateName).toMatch(/^(Consistent|Disputed|Error in a source|Unverifiable)$/);
      expect(review.itemReviewed['@type']).toBe('Claim');
    }
    for (const entry of claim.stances) {
      const item = page.locator(`.stance-list li[data-article="${entry.article}"]`);
      await expect(item).toHaveAttribute('data-state', entry.stance);
      if (entry.passage) await expect(item.locator('a[data-citation="passage"]')).toHaveText(entry.passage);
      if (entry.quote) await expect(item.locator('q[data-citation="quote"]')).toHaveText(entry.quote);
    }
    await expect(page.locator('meta[property="og:image"]')).toHaveAttribute('content', new RegExp(`/og/claim-${claim.id}\\.png$`));
  }
  const image = await page.request.get(`/og/claim-${document.claims[0]!.id}.png`);
  expect(image.headers()['content-type']).toBe('image/png');
});

test('/data/claims.json lists every claim with a stance for every article, nothing pending', async ({ page }) => {
  const document = await claimsDocument(page);
  expect(document.claims.map((claim) => claim.id).sort()).toEqual(CLAIM_IDS);
  expect(document.articles.map((article) => article.id).sort()).toEqual([...ARTICLE_IDS].sort());
  for (const claim of document.claims) {
    expect(claim.stances.map((entry) => entry.article).sort()).toEqual([...ARTICLE_IDS].sort());
    expect(claim.pending).toEqual([]);
  }
});
