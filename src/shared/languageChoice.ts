/**
 * Picks the language: `?lang=` first, then the learner's last choice, then the browser's languages,
 * then the course's default (its first language).
 *
 * The one copy of this rule: the player calls it, and the deep-link preload script carries its source
 * (`chooseLanguage.toString()`, see build/vite/preloadSnippet.ts). So it must stay self-contained: no
 * imports, no other functions, no named inner functions (tsx would wrap them in a helper the page lacks),
 * and syntax every browser the player supports runs.
 */
export function chooseLanguage(courseLanguages: readonly string[], fromUrl: string | null, stored: string | null, browserLanguages: readonly string[]): string {
  const wanted = [fromUrl, stored, ...browserLanguages.map((tag) => tag.slice(0, 2).toLowerCase())];
  return wanted.find((lang): lang is string => !!lang && courseLanguages.includes(lang)) ?? courseLanguages[0]!;
}
