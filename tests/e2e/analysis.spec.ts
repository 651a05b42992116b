/**
 * The analysis page, the article pages' comparison boxes and the machine-readable claims: the
 * matrix has one row per claim file and one column per article, the verdict filter works and is
 * harmless without JavaScript, every link into the analysis lands on an existing claim, and the
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
  articles: { id: string }[];
  claims: { id: string; verdict: string; erroneousSources: string[]; stances: { article: string; stance: string; passage: string | null; quote: string | null }[] }[];
}

async function claimsDocument(page: Page): Promise<ClaimsDocument> {
  const response = await page.request.get('/data/claims.json');
  expect(response.ok()).toBe(true);
  return (await response.json()) as ClaimsDocument;
}

test('the matrix has one row per claim and one column per article', async ({ page }) => {
  await page.goto('/analysis/');
  const matrix = page.locator('table.matrix');
  const rowIds = await matrix.locator('tbody tr[data-claim]').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-claim')));
  expect([...rowIds].sort()).toEqual(CLAIM_IDS);
  const columnIds = await matrix.locator('thead th[data-article]').evaluateAll((cells) => cells.map((cell) => cell.getAttribute('data-article')));
  expect([...columnIds].sort()).toEqual([...ARTICLE_IDS].sort());
  for (const row of await matrix.locator('tbody tr[data-claim]').all()) {
    await expect(row.locator('td.stance-cell')).toHaveCount(ARTICLE_IDS.length);
  }
  // Stance is written out, not left to colour: every cell names one of the four stances.
  const cellTexts = await matrix.locator('td.stance-cell').allInnerTexts();
  for (const text of cellTexts) expect(text).toMatch(/(Asserts|Contradicts|Qualifies|Silent)/);
});

test('each claim row links to its explanation, which names a verdict and every source', async ({ page }) => {
  await page.goto('/analysis/');
  const firstRow = page.locator('table.matrix tbody tr[data-claim]').first();
  const id = await firstRow.getAttribute('data-claim');
  await firstRow.getByRole('link').click();
  await expect(page).toHaveURL(new RegExp(`#claim-${id}$`));
  const explanation = page.locator(`#claim-${id}`);
  await expect(explanation).toBeInViewport();
  await expect(explanation.locator('.verdict-line')).toContainText(/Consistent|Disputed|Error in a source|Unverifiable/);
  // Every source is accounted for: quoted with its stance, or listed as silent.
  const labels = await page.locator('table.matrix thead th[data-article]').allInnerTexts();
  expect(labels).toHaveLength(ARTICLE_IDS.length);
  for (const label of labels) await expect(explanation.locator('.stances')).toContainText(label);
  for (const claimId of CLAIM_IDS) await expect(page.locator(`article#claim-${claimId}`)).toHaveCount(1);
});

test('the verdict filter shows only the chosen verdict and can show everything again', async ({ page }) => {
  const document = await claimsDocument(page);
  const errors = document.claims.filter((claim) => claim.verdict === 'error-in-source').map((claim) => claim.id);
  expect(errors.length).toBeGreaterThan(0);
  await page.goto('/analysis/');
  const filter = page.locator('verdict-filter');
  await expect(filter).toBeVisible();
  await filter.getByRole('radio', { name: /Error in a source/ }).check();
  const visibleRows = page.locator('table.matrix tbody tr[data-claim]:visible');
  await expect(visibleRows).toHaveCount(errors.length);
  const visibleIds = await visibleRows.evaluateAll((rows) => rows.map((row) => row.getAttribute('data-claim')));
  expect([...visibleIds].sort()).toEqual([...errors].sort());
  await expect(page.locator('article.claim:visible')).toHaveCount(errors.length);
  await expect(filter.getByRole('status')).toHaveText(`Showing ${errors.length} of ${CLAIM_IDS.length} claims.`);
  await filter.getByRole('radio', { name: /^All/ }).check();
  await expect(visibleRows).toHaveCount(CLAIM_IDS.length);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the filter stays hidden and every claim is shown', async ({ page }) => {
    await page.goto('/analysis/');
    await expect(page.locator('verdict-filter')).toBeHidden();
    await expect(page.locator('table.matrix tbody tr[data-claim]:visible')).toHaveCount(CLAIM_IDS.length);
    await expect(page.locator('article.claim:visible')).toHaveCount(CLAIM_IDS.length);
  });
});

test('every link from an article page into the analysis lands on an existing claim', async ({ page }) => {
  await page.goto('/analysis/');
  const anchors = new Set(await page.locator('article.claim').evaluateAll((claims) => claims.map((claim) => claim.id)));
  let boxLinks = 0;
  for (const article of ARTICLE_IDS) {
    await page.goto(`/articles/${article}/`);
    const box = page.getByRole('region', { name: 'How this source compares' });
    await expect(box).toBeVisible();
    const hrefs = [
      ...(await box.locator('a[href*="/analysis/#"]').evaluateAll((links) => links.map((link) => link.getAttribute('href')!))),
      ...(await page.locator('.prose a.claim-marker').evaluateAll((links) => links.map((link) => link.getAttribute('href')!))),
    ];
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) {
      const [path, hash] = href.split('#');
      expect(path).toBe('/analysis/');
      expect(anchors.has(hash!), `${article} links to #${hash}`).toBe(true);
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
  const markerLinks = await page.locator('.prose a.claim-marker').evaluateAll((links) => links.map((link) => link.getAttribute('href')!.split('#claim-')[1]));
  expect([...markerLinks].sort()).toEqual(cited.map((claim) => claim.id).sort());
  await expect(page.locator('.prose mark.claim-passage', { hasText: 'Nguyen Phu Trong' })).toHaveCount(1);
  const box = page.getByRole('region', { name: 'How this source compares' });
  for (const claim of document.claims.filter((entry) => entry.erroneousSources.includes(article))) {
    await expect(box.locator(`a[href$="#claim-${claim.id}"]`)).toContainText(/./);
  }
  await expect(box.getByText('Error in this source').first()).toBeVisible();
});

test('the ClaimReview JSON-LD parses and covers every error in a source', async ({ page }) => {
  const document = await claimsDocument(page);
  const expected = document.claims.flatMap((claim) => claim.erroneousSources.map((source) => `${claim.id}-${source}`));
  await page.goto('/analysis/');
  const scripts = await page.locator('script[type="application/ld+json"]').allTextContents();
  expect(scripts).toHaveLength(1);
  const jsonLd = JSON.parse(scripts[0]!) as { '@context': string; '@graph': { '@type': string; '@id': string; url: string; claimReviewed: string; reviewRating: { alternateName: string } }[] };
  expect(jsonLd['@context']).toBe('https://schema.org');
  expect(jsonLd['@graph'].map((review) => review['@id'].split('#claim-')[1]).sort()).toEqual(expected.sort());
  for (const review of jsonLd['@graph']) {
    expect(review['@type']).toBe('ClaimReview');
    expect(review.claimReviewed.length).toBeGreaterThan(0);
    expect(review.reviewRating.alternateName).toBe('Error in a source');
    await expect(page.locator(`#${review.url.split('#')[1]}`)).toHaveCount(1);
  }
});

test('/data/claims.json lists every claim with a stance for every article', async ({ page }) => {
  const document = await claimsDocument(page);
  expect(document.claims.map((claim) => claim.id).sort()).toEqual(CLAIM_IDS);
  expect(document.articles.map((article) => article.id).sort()).toEqual([...ARTICLE_IDS].sort());
  for (const claim of document.claims) expect(claim.stances.map((entry) => entry.article).sort()).toEqual([...ARTICLE_IDS].sort());
});
