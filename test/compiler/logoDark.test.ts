import { symlink } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileCourse } from '../../src/compiler/compileCourse.ts';
import { formatDiagnostic } from '../../src/compiler/diagnostics/formatDiagnostics.ts';
import { loadTheme } from '../../src/compiler/load/loadTheme.ts';
import { brandCss } from '../../src/shared/brandCss.ts';
import { defaultThemeFiles, fixture, useTempDir, writeTree } from './support/tempTree.ts';

const yaml = defaultThemeFiles['theme/theme.yaml'];
/** The default theme with a dark logo named right under the logo. */
const withDarkLogo = (name: string) => yaml.replace('  logo: logo.svg\n', `  logo: logo.svg\n  logoDark: ${name}\n`);
const lineOf = (text: string, needle: string) => text.split('\n').findIndex((line) => line.includes(needle)) + 1;
const DARK_LOGO =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><title>Dark</title><script>alert(1)</script><path d="M0 0h10v10z" fill="#121417"/></svg>';

describe('brand.logoDark', () => {
  const tmp = useTempDir();
  const load = () => loadTheme(join(tmp.path, 'theme'), (path) => relative(tmp.path, path));

  it('is sanitised like the logo and published beside it; the model and the stylesheet name it', async () => {
    const lesson = await fixture('valid/minimal.md');
    await writeTree(tmp.path, {
      ...defaultThemeFiles,
      'theme/theme.yaml': withDarkLogo('logo-dark.svg'),
      'theme/logo-dark.svg': DARK_LOGO,
      'lessons/02-mail/de.md': lesson,
      'lessons/02-mail/en.md': lesson,
    });
    const loaded = await load();
    expect(loaded.svgTexts.get('logo-dark.svg')).toBeDefined();
    expect(loaded.svgTexts.get('logo-dark.svg')).not.toContain('script');
    // The removed script is reported as the logo's would be (A007, a warning), at the SVG file.
    expect(loaded.diagnostics.map((d) => [d.file, d.code])).toEqual([['theme/logo-dark.svg', 'A007']]);

    const { course, files } = await compileCourse({ lessonsDir: join(tmp.path, 'lessons'), themeDir: join(tmp.path, 'theme'), cwd: tmp.path });
    expect(course?.brand.logoDark).toBe('brand/logo-dark.svg');
    const published = files.find((file) => file.fileName === 'brand/logo-dark.svg');
    expect(published?.source).toEqual({ text: loaded.svgTexts.get('logo-dark.svg') });
    // With a dark logo the dark-mode header sits on the dark primary; the light mode's is unchanged.
    const css = brandCss(course!.brand);
    expect(css).toContain('--w-color-header:#8cb8ee;--w-color-header-text:#121417;');
    expect(css).toMatch(/^html:root\{[^}]*--w-color-header:#1d4e89;--w-color-header-text:#ffffff;/);
  });

  it('without it, the dark-mode header keeps the light-mode header colours the logo was made for', async () => {
    const lesson = await fixture('valid/minimal.md');
    await writeTree(tmp.path, { ...defaultThemeFiles, 'lessons/02-mail/de.md': lesson, 'lessons/02-mail/en.md': lesson });
    const { course } = await compileCourse({ lessonsDir: join(tmp.path, 'lessons'), themeDir: join(tmp.path, 'theme'), cwd: tmp.path });
    expect(course?.brand).not.toHaveProperty('logoDark');
    const css = brandCss(course!.brand);
    expect(css).not.toContain('--w-color-header:#8cb8ee');
    for (const rule of css.split('\n').filter((line) => line.includes('dark'))) {
      expect(rule).toContain('--w-color-primary:#8cb8ee;');
      expect(rule).toContain('--w-color-header:#1d4e89;--w-color-header-text:#ffffff;');
    }
  });

  it('reports a missing dark logo as T002 at its line', async () => {
    const text = withDarkLogo('logo-dunkel.svg');
    await writeTree(tmp.path, { ...defaultThemeFiles, 'theme/theme.yaml': text });
    const { theme, diagnostics } = await load();
    expect(theme).toBeUndefined();
    expect(diagnostics.map(formatDiagnostic)).toEqual([
      `theme/theme.yaml:${lineOf(text, 'logoDark:')}:13 error T002 Theme file "logo-dunkel.svg" (brand.logoDark) not found.\n  hint: put the file into the theme folder, next to theme.yaml, and check the spelling and case of its name.`,
    ]);
  });

  it('refuses a dark logo over 200 KB (T003), one that is a symbolic link (T008), and one that is no SVG or PNG', async () => {
    const text = withDarkLogo('logo-dark.svg');
    const line = lineOf(text, 'logoDark:');
    const big = `<svg xmlns="http://www.w3.org/2000/svg"><!--${'x'.repeat(210 * 1024)}--></svg>`;
    await writeTree(tmp.path, { ...defaultThemeFiles, 'theme/theme.yaml': text, 'theme/logo-dark.svg': big });
    expect((await load()).diagnostics.map((d) => [d.code, d.line, d.col])).toEqual([['T003', line, 13]]);

    await writeTree(tmp.path, { 'theme/theme.yaml': withDarkLogo('linked.svg'), 'elsewhere.svg': DARK_LOGO });
    await symlink(join(tmp.path, 'elsewhere.svg'), join(tmp.path, 'theme/linked.svg'));
    const linked = (await load()).diagnostics;
    expect(linked.map((d) => [d.code, d.line, d.col])).toEqual([['T008', line, 13]]);
    expect(linked[0]?.message).toBe('Theme file "linked.svg" (brand.logoDark) is a symbolic link.');

    await writeTree(tmp.path, { 'theme/theme.yaml': withDarkLogo('logo-dark.gif'), 'theme/logo-dark.gif': 'GIF89a' });
    expect((await load()).diagnostics.map((d) => [d.code, d.line])).toEqual([['F003', line]]);
  });
});
