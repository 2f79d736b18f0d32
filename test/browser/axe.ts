import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect } from './fixtures.ts';

/**
 * Runs axe-core (every WCAG rule it has) on the page as it is and fails with each violation's rule and
 * elements. Only violations are collected: building the passes and incomplete lists took about a
 * quarter of each scan's time and nothing reads them. Legacy mode runs axe in the page itself: the
 * course's pages have no frames, and the default mode opens a blank page for every scan to merge the
 * frames' results (about a third of each scan's CPU time).
 */
export async function expectNoAxeViolations(page: Page, what: string): Promise<void> {
  const results = await new AxeBuilder({ page })
    .setLegacyMode(true)
    .options({ resultTypes: ['violations'] })
    .analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    `axe violations on ${what}`,
  ).toEqual([]);
}
