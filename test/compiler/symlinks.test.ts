import { mkdir, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCourse } from '../../src/build/buildCourse.ts';
import { compileCourse, type CompiledCourse } from '../../src/compiler/compileCourse.ts';
import { defaultThemeFiles, fixture, useTempDir, writeTree } from './support/tempTree.ts';

/**
 * Issue 11: git keeps symbolic links, so a lesson or theme from a shared repository can point at any
 * file of the machine that builds the course; its bytes ended up in dist/web and all three zips.
 */
const themeFiles = defaultThemeFiles;
const defaultTheme = defaultThemeFiles['theme/theme.yaml'];
const SECRET = 'BEGIN OPENSSH PRIVATE KEY wachsam-secret-4711';
/** Valid as SVG and as "PNG" alike for the compiler, so only the link stops it. */
const secretSvg = `<svg xmlns="http://www.w3.org/2000/svg"><title>${SECRET}</title></svg>`;

/** Every text the compile produced: diagnostics, files and lesson text. */
async function everything(result: CompiledCourse): Promise<string> {
  const files = await Promise.all(result.files.map((file) => ('text' in file.source ? file.source.text : readFile(file.source.copyFrom, 'utf8'))));
  return [JSON.stringify(result.diagnostics), JSON.stringify(result.contents), JSON.stringify(result.course ?? null), ...files].join('\n');
}

describe('symbolic links and files that really lie elsewhere are refused', () => {
  const tmp = useTempDir();
  const compile = () => compileCourse({ lessonsDir: join(tmp.path, 'lessons'), themeDir: join(tmp.path, 'theme'), cwd: tmp.path });
  const errors = (result: CompiledCourse) => result.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.file}:${d.line}:${d.col} ${d.code}`);
  const outside = () => join(tmp.path, 'home/.ssh/id_rsa.svg');
  const lessonWithImage = async () => {
    await writeTree(tmp.path, { ...themeFiles, 'home/.ssh/id_rsa.svg': secretSvg });
    const lesson = await fixture('valid/image-with-alt.md');
    await writeTree(tmp.path, { 'lessons/02-email/de.md': lesson, 'lessons/02-email/en.md': lesson });
  };

  it('a lesson image that is a symbolic link to a file outside (A009 at the image in the Markdown)', async () => {
    await lessonWithImage();
    await mkdir(join(tmp.path, 'lessons/02-email/images'));
    await symlink(outside(), join(tmp.path, 'lessons/02-email/images/phishing-mail.svg'));
    const result = await compile();
    expect(errors(result)).toEqual(['lessons/02-email/de.md:16:34 A009', 'lessons/02-email/en.md:16:34 A009']);
    expect(result.diagnostics[0]!.message).toContain('symbolic link');
    expect(result.course).toBeUndefined();
    expect(await everything(result)).not.toContain(SECRET);
  });

  it('a lesson image that is a symbolic link to a file inside the lesson folder', async () => {
    await lessonWithImage();
    await writeTree(tmp.path, { 'lessons/02-email/real.svg': secretSvg });
    await mkdir(join(tmp.path, 'lessons/02-email/images'));
    await symlink('../real.svg', join(tmp.path, 'lessons/02-email/images/phishing-mail.svg'));
    expect(errors(await compile())).toEqual(['lessons/02-email/de.md:16:34 A009', 'lessons/02-email/en.md:16:34 A009']);
  });

  it('a lesson image below a linked folder', async () => {
    await lessonWithImage();
    await symlink(join(tmp.path, 'home/.ssh'), join(tmp.path, 'lessons/02-email/images'));
    const result = await compile();
    expect(errors(result)).toEqual(['lessons/02-email/de.md:16:34 A009', 'lessons/02-email/en.md:16:34 A009']);
    expect(await everything(result)).not.toContain(SECRET);
  });

  it('a PNG lesson image that is a symbolic link (copied files too, not only SVGs)', async () => {
    await lessonWithImage();
    const lesson = (await fixture('valid/image-with-alt.md')).replace('images/phishing-mail.svg', 'shot.png');
    await writeTree(tmp.path, { 'lessons/02-email/de.md': lesson, 'lessons/02-email/en.md': lesson, 'home/.env': SECRET });
    await symlink(join(tmp.path, 'home/.env'), join(tmp.path, 'lessons/02-email/shot.png'));
    const result = await compile();
    expect(errors(result)).toEqual(['lessons/02-email/de.md:16:34 A009', 'lessons/02-email/en.md:16:34 A009']);
    expect(await everything(result)).not.toContain(SECRET);
  });

  it('the theme logo, icon (in a linked folder) or a font as a symbolic link (T008 at its key)', async () => {
    await lessonWithImage();
    await writeTree(tmp.path, { 'lessons/02-email/images/phishing-mail.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>', 'home/font.woff2': SECRET });
    await rm(join(tmp.path, 'theme/logo.svg'));
    await symlink(outside(), join(tmp.path, 'theme/logo.svg'));
    await symlink(join(tmp.path, 'home/font.woff2'), join(tmp.path, 'theme/font.woff2'));
    await symlink(join(tmp.path, 'home/.ssh'), join(tmp.path, 'theme/brand'));
    const theme = defaultTheme
      .replace(/^ {2}icon: icon\.svg$/m, '  icon: brand/id_rsa.svg')
      .replace(/^ {2}fonts: \[\]$/m, '  fonts:\n    - family: Leak\n      file: font.woff2');
    await writeFile(join(tmp.path, 'theme/theme.yaml'), theme);
    const result = await compile();
    const lineOf = (key: string) => theme.split('\n').findIndex((line) => line.trimStart().startsWith(key)) + 1;
    const t008 = result.diagnostics.filter((d) => d.code === 'T008').map((d) => [d.file, d.line]);
    expect(theme).toContain('file: font.woff2');
    expect(t008).toEqual([
      ['theme/theme.yaml', lineOf('logo:')],
      ['theme/theme.yaml', lineOf('icon:')],
      ['theme/theme.yaml', lineOf('file: font.woff2')],
    ]);
    expect(result.course).toBeUndefined();
    expect(await everything(result)).not.toContain(SECRET);
  });

  it('a lesson file or a lesson folder that is a symbolic link (L008)', async () => {
    await lessonWithImage();
    await writeTree(tmp.path, {
      'lessons/02-email/images/phishing-mail.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
      'home/lesson.md': await fixture('valid/minimal.md'),
    });
    await mkdir(join(tmp.path, 'home/05-elsewhere'));
    await writeFile(join(tmp.path, 'home/05-elsewhere/en.md'), await fixture('valid/minimal.md'));
    await rm(join(tmp.path, 'lessons/02-email/en.md'));
    await symlink(join(tmp.path, 'home/lesson.md'), join(tmp.path, 'lessons/02-email/en.md'));
    await symlink(join(tmp.path, 'home/05-elsewhere'), join(tmp.path, 'lessons/05-elsewhere'));
    const result = await compile();
    expect(errors(result)).toEqual(['lessons/02-email/en.md:1:1 L008', 'lessons/05-elsewhere:1:1 L008']);
    expect(result.course).toBeUndefined();
  });

  it("theme.yaml or the theme's lessons folder as a symbolic link (T008, L008)", async () => {
    await lessonWithImage();
    await writeTree(tmp.path, { 'lessons/02-email/images/phishing-mail.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>', 'home/theme.yaml': defaultTheme });
    await mkdir(join(tmp.path, 'home/lessons/07-leak'), { recursive: true });
    await writeFile(join(tmp.path, 'home/lessons/07-leak/en.md'), (await fixture('valid/minimal.md')).replace('One paragraph of text.', SECRET));
    await symlink(join(tmp.path, 'home/lessons'), join(tmp.path, 'theme/lessons'));
    const result = await compile();
    expect(errors(result)).toEqual(['theme/lessons:1:1 L008']);
    expect(await everything(result)).not.toContain(SECRET);
    await rm(join(tmp.path, 'theme/theme.yaml'));
    await symlink(join(tmp.path, 'home/theme.yaml'), join(tmp.path, 'theme/theme.yaml'));
    expect(errors(await compile())).toEqual(['theme/theme.yaml:1:1 T008']);
  });

  it('a failed build leaves the earlier output as it was and writes the secret nowhere', async () => {
    await lessonWithImage();
    await mkdir(join(tmp.path, 'lessons/02-email/images'));
    await symlink(outside(), join(tmp.path, 'lessons/02-email/images/phishing-mail.svg'));
    const outDir = join(tmp.path, 'dist');
    await writeTree(outDir, { 'web/index.html': 'earlier build' });
    const log: string[] = [];
    const built = await buildCourse({
      lessonsDir: join(tmp.path, 'lessons'),
      themeDir: join(tmp.path, 'theme'),
      cwd: tmp.path,
      outDir,
      log: (line) => log.push(line),
    });
    expect(built.ok).toBe(false);
    expect(log.join('\n')).toContain('lessons/02-email/de.md:16:34 error A009');
    expect(log.join('\n')).not.toContain(SECRET);
    expect(await readdir(outDir, { recursive: true })).toEqual(expect.arrayContaining(['web', 'web/index.html']));
    expect(await readFile(join(outDir, 'web/index.html'), 'utf8')).toBe('earlier build');
    expect((await readdir(outDir, { recursive: true })).length).toBe(2);
  });
});
