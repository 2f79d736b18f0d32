import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { compileCourse } from '../../src/compiler/compileCourse.ts';
import { parseLesson } from '../../src/compiler/lesson/parseLesson.ts';
import { loadTheme } from '../../src/compiler/load/loadTheme.ts';
import { placeholderValues } from '../../src/compiler/theme/themeValues.ts';
import type { LessonContent } from '../../src/shared/courseModel.ts';
import { defaultThemeFiles, useTempDir, writeTree } from './support/tempTree.ts';

/**
 * Issue 14: the course lessons speak of local facts (whom to tell about an incident, the approved
 * file exchange, the confidential-waste bins …) that an organisation fills in through its theme.
 * Every lesson is compiled with the example theme's facts (its course list names only four lessons,
 * so the lessons are parsed here one by one) and with the default theme's.
 */
const LESSONS = 'lessons';
const LANGUAGES = ['de', 'en'] as const;

/** Each fact and the lessons that must show its value. */
const FACT_LESSONS: Record<string, string[]> = {
  reportIncident: ['01-security-role', '03-social-engineering', '05-malware', '07-data-protection', '08-mobile-devices', '11-ai', '12-workplace-incidents'],
  outOfHours: ['05-malware', '08-mobile-devices', '12-workplace-incidents'],
  fileExchange: ['07-data-protection', '10-cloud-shadow-it'],
  messenger: ['10-cloud-shadow-it'],
  aiTool: ['11-ai'],
  passwordManager: ['04-passwords'],
  securityRules: ['01-security-role'],
  reception: ['03-social-engineering', '12-workplace-incidents'],
  confidentialWaste: ['07-data-protection', '12-workplace-incidents'],
  deputyAccess: ['04-passwords', '12-workplace-incidents'],
};

/** Everything a learner reads in a lesson, as text: pages, questions, answers, feedback. */
function lessonText(content: LessonContent): string {
  const html = [
    ...content.pages.map((page) => page.html),
    ...content.questions.flatMap((question) => [
      question.prompt,
      question.stem,
      question.explanation,
      ...question.answers.flatMap((answer) => [answer.html, answer.feedback]),
    ]),
  ].join('\n');
  return (
    html
      .replace(/<[^>]*>/g, '')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, '&')
      // Phone numbers in filled values are kept on one line with a no-break space and hyphen.
      .replace(/\u00a0/g, ' ')
      .replace(/\u2011/g, '-')
  );
}

/** A Markdown link in a value reads as its link text. */
const asRead = (value: string) => value.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');

async function compileAll(themeDir: string) {
  const loaded = await loadTheme(themeDir, (path) => path);
  expect(loaded.diagnostics).toEqual([]);
  const values = placeholderValues(loaded.theme!, LANGUAGES);
  const lessons = readdirSync(LESSONS).flatMap((id) =>
    LANGUAGES.map((lang) => {
      const file = join(LESSONS, id, `${lang}.md`);
      const parsed = parseLesson(readFileSync(file, 'utf8'), file, { id, lang, assetBase: `content/${id}`, variables: values[lang] });
      return { id, lang, parsed, text: lessonText(parsed.content) };
    }),
  );
  return { values, lessons };
}

describe('local facts in the course lessons', () => {
  let example: Awaited<ReturnType<typeof compileAll>>;
  let fallback: Awaited<ReturnType<typeof compileAll>>;
  beforeAll(async () => {
    example = await compileAll('themes/stadt-musterhausen');
    fallback = await compileAll('themes/default');
  });

  it('compiles every lesson without errors with both themes', () => {
    for (const { lessons } of [example, fallback]) {
      expect(lessons.flatMap(({ parsed }) => parsed.diagnostics.filter((d) => d.severity === 'error'))).toEqual([]);
    }
  });

  it.each(Object.entries(FACT_LESSONS))('shows the example value of %s in its lessons, in both languages', (fact, ids) => {
    for (const lang of LANGUAGES) {
      const value = example.values[lang]![fact];
      expect(value, `${fact} is defined in the example theme`).toBeDefined();
      // Each fact has a value of its own: a lesson that still showed a default would not pass.
      expect(value).not.toBe(fallback.values[lang]![fact]);
      for (const id of ids) {
        const lesson = example.lessons.find((candidate) => candidate.id === id && candidate.lang === lang)!;
        expect(lesson.text, `${id}/${lang}.md shows ${fact}`).toContain(asRead(value!));
      }
    }
  });

  it('renders a Markdown link inside a value as a link', () => {
    const de = example.lessons.find((lesson) => lesson.id === '01-security-role' && lesson.lang === 'de')!;
    expect(de.parsed.content.pages.map((page) => page.html).join('')).toContain(
      '<a href="https://intranet.musterhausen.example.org/sicherheit">Informationssicherheit</a>',
    );
  });

  it('fills every placeholder with the default theme', () => {
    for (const { id, lang, parsed, text } of fallback.lessons) {
      expect(text, `${id}/${lang}.md`).not.toContain('{{');
      expect(JSON.stringify(parsed.frontmatter), `${id}/${lang}.md frontmatter`).not.toContain('{{');
    }
  });

  it('never reports an incident that is not a mail on the phishing route', () => {
    for (const { id, lang, parsed } of example.lessons) {
      if (!parsed.localised) continue;
      const route = example.values[lang]!.reportPhishing!;
      for (const line of lessonText(parsed.content)
        .split('\n')
        .filter((candidate) => candidate.includes(asRead(route)))) {
        expect(line, `${id}/${lang}.md`).toMatch(/Mail|mail/);
      }
    }
  });
});

describe('a theme made before the lessons used these facts', () => {
  const tmp = useTempDir();

  it('still builds: every fact it leaves out reads as the default theme says it', async () => {
    // The default theme without the new facts: only the three the lessons used before.
    const yaml = defaultThemeFiles['theme/theme.yaml'];
    const start = yaml.indexOf('  variables:');
    const end = yaml.indexOf('\nbrand:');
    const old = `${yaml.slice(0, start)}  variables:\n    reportPhishing: an phishing@example.org\n    serviceDesk: der IT-Service-Desk\n    minPasswordLength: 12\n${yaml.slice(end)}`;
    await writeTree(tmp.path, { ...defaultThemeFiles, 'theme/theme.yaml': old });
    const compiled = await compileCourse({ lessonsDir: 'lessons', themeDir: join(tmp.path, 'theme'), cwd: tmp.path });
    expect(compiled.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const text = compiled.contents.map((content) => lessonText(content)).join('\n');
    expect(text).toContain('die Stelle, die Ihre Organisation für Sicherheitsvorfälle benannt hat');
    expect(text).toContain('an phishing@example.org');
    expect(text).not.toContain('{{');
  });
});

describe('which lessons the about page lists as adapted', () => {
  const tmp = useTempDir();

  it('none with the default theme: a fact at its default value is not a change', async () => {
    const compiled = await compileCourse({ lessonsDir: 'lessons', themeDir: 'themes/default' });
    expect(compiled.course!.lessons.filter((lesson) => lesson.localised).map((lesson) => lesson.id)).toEqual([]);
  });

  it('those that use a fact the theme changed, and only those', async () => {
    const yaml = defaultThemeFiles['theme/theme.yaml'];
    const changed = yaml.replace(/^( +passwordManager:\n +de: ).*\n( +en: ).*$/m, '$1KeePassXC\n$2KeePassXC');
    expect(changed).not.toBe(yaml);
    await writeTree(tmp.path, { ...defaultThemeFiles, 'theme/theme.yaml': changed });
    const compiled = await compileCourse({ lessonsDir: 'lessons', themeDir: join(tmp.path, 'theme'), cwd: tmp.path });
    expect(compiled.course!.lessons.filter((lesson) => lesson.localised).map((lesson) => lesson.id)).toEqual(FACT_LESSONS.passwordManager);
  });
});
