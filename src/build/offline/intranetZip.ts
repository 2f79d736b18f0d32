import { readFile } from 'node:fs/promises';
import markdownIt from 'markdown-it';
import type { CourseModel } from '../../shared/courseModel.ts';
import { readTree, writeDeterministicZip } from '../deterministicZip.ts';
import type { OutputSize } from '../buildReport.ts';
import { type DownloadFigures, offlineDownloads } from './offlineDownloads.ts';

const GUIDES = [
  { lang: 'de', source: '../../../docs/admin-guide.de.md', name: 'admin-guide.de.html' },
  { lang: 'en', source: '../../../docs/admin-guide.en.md', name: 'admin-guide.en.html' },
  { lang: 'en', source: '../../../docs/security-header.md', name: 'security-header.html' },
];

/** Links between the guides point at their pages in the zip: `security-header.md` → `security-header.html`. */
function linkPages(html: string): string {
  return GUIDES.reduce((text, guide) => text.replaceAll(`href="${guide.source.split('/').pop()}"`, `href="${guide.name}"`), html);
}

/**
 * `<course-id>-intranet.zip`: the bundle under `web/` plus the admin guide in German and English as
 * pages any browser opens. Deterministic, like the SCORM zips.
 */
export async function buildIntranetZip(input: {
  webDir: string;
  course: CourseModel;
  outFile: string;
  /** The bundle's files with their sizes, as the build measured them (for the guide's download table). */
  webSizes: readonly OutputSize[];
}): Promise<{ bytes: number; files: number }> {
  const entries = await readTree(input.webDir, 'web/');
  const md = markdownIt({ html: false });
  const downloads = await offlineDownloads(input.webDir, input.course.languages, input.webSizes);
  for (const guide of GUIDES) {
    const text = await readFile(new URL(guide.source, import.meta.url), 'utf8');
    const filled = text.replaceAll('<course-id>', input.course.id).replaceAll('<offline-downloads>', downloadTable(guide.lang, input.course, downloads));
    const body = linkPages(md.render(filled));
    entries.set(guide.name, new TextEncoder().encode(page(guide.lang, firstHeading(text), body)));
  }
  const bytes = await writeDeterministicZip(input.outFile, entries);
  return { bytes, files: entries.size };
}

/** What a learner's device downloads for offline use, as a Markdown table in the guide's language. */
function downloadTable(lang: string, course: CourseModel, downloads: Awaited<ReturnType<typeof offlineDownloads>>): string {
  const words =
    lang === 'de'
      ? { head: '| | Dateien | Größe | Komprimiert |', first: 'Erster Besuch auf', all: 'Alle Sprachen (was das Gerät behält)' }
      : { head: '| | Files | Size | Compressed |', first: 'First visit in', all: 'All languages (what the device keeps)' };
  const kb = (bytes: number) => `${new Intl.NumberFormat(lang, { maximumFractionDigits: 0 }).format(bytes / 1024)} KB`;
  const row = (name: string, figures: DownloadFigures) => `| ${name} | ${figures.files} | ${kb(figures.bytes)} | ${kb(figures.gzipBytes)} |`;
  const names = new Intl.DisplayNames([lang], { type: 'language' });
  return [
    words.head,
    '|---|---:|---:|---:|',
    ...course.languages.map((code) => row(`${words.first} ${names.of(code) ?? code}`, downloads.perLanguage[code]!)),
    row(words.all, downloads.all),
  ].join('\n');
}

function firstHeading(markdown: string): string {
  return /^# (.+)$/m.exec(markdown)?.[1] ?? 'Wachsam';
}

function page(lang: string, title: string, body: string): string {
  const escaped = title.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escaped}</title>
<style>
body { font-family: system-ui, sans-serif; line-height: 1.6; max-width: 46rem; margin: 2rem auto; padding: 0 1rem; color: #1b1f24; }
code { background: #f3f5f8; padding: 0 0.2em; }
h1, h2, h3 { line-height: 1.25; }
</style>
</head>
<body>
<main>
${body}</main>
</body>
</html>
`;
}
