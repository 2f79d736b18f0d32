import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { verifyCertificate } from '../../src/cli/verifyCertificate.ts';
import { certificateCode } from '../../src/shared/certificate/certificateCode.ts';
import { filledThemeFiles, filledThemeYaml, useTempDir, writeTree } from '../compiler/support/tempTree.ts';

const RELEASE = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;
const NAME = 'Zoë Müller-Lüdenscheidt';

describe('npm run verify-certificate', () => {
  const tmp = useTempDir();
  const theme = async (yaml = filledThemeYaml) => {
    await writeTree(tmp.path, { ...filledThemeFiles, 'theme/theme.yaml': yaml });
    return join(tmp.path, 'theme');
  };
  const codeOf = (completedOn: string, version = RELEASE, name = NAME) => certificateCode({ courseId: 'wachsam', version, completedOn, name });

  it('finds the completion date of a valid code, and says what it proves and what not', async () => {
    const verdict = await verifyCertificate({ code: codeOf('2026-03-15').toLowerCase(), name: `  ${NAME.toUpperCase()}`, themeDir: await theme() });
    expect(verdict.ok).toBe(true);
    expect(verdict.lines[0]).toBe(
      `valid: ${codeOf('2026-03-15')} belongs to "${NAME.toUpperCase()}", completed on 2026-03-15, course "wachsam", edition ${RELEASE}.`,
    );
    expect(verdict.lines.join('\n')).toContain('It does not show who took the course');
  });

  it('refuses another name, another date, another edition, and a date after the search range', async () => {
    const themeDir = await theme();
    const code = codeOf('2026-03-15');
    const refused = [
      { code, name: 'Zoe Müller-Lüdenscheidt', themeDir },
      { code, name: NAME, themeDir, date: '2026-03-16' },
      { code: codeOf('2026-03-15', '2025.9'), name: NAME, themeDir },
      { code, name: NAME, themeDir, until: new Date('2026-03-13T12:00:00Z') },
    ];
    for (const request of refused) {
      const verdict = await verifyCertificate(request);
      expect(verdict.ok, JSON.stringify(request)).toBe(false);
      expect(verdict.lines[0]).toMatch(/^not valid: /);
    }
    expect((await verifyCertificate({ code: codeOf('2026-03-15', '2025.9'), name: NAME, themeDir, version: '2025.9' })).ok).toBe(true);
    expect((await verifyCertificate({ code, name: NAME, themeDir, date: '2026-03-15' })).ok).toBe(true);
  });

  it("takes the edition from the theme's course.version", async () => {
    const themeDir = await theme(filledThemeYaml.replace(/^course:\n/m, 'course:\n  version: "2026.1"\n'));
    expect((await verifyCertificate({ code: codeOf('2026-11-30', '2026.1'), name: NAME, themeDir })).ok).toBe(true);
    expect((await verifyCertificate({ code: codeOf('2026-11-30'), name: NAME, themeDir })).ok).toBe(false);
  });

  it('explains a malformed code, an empty name, a date that is none, and a broken theme', async () => {
    const themeDir = await theme();
    const first = async (request: Parameters<typeof verifyCertificate>[0]) => (await verifyCertificate(request)).lines[0];
    expect(await first({ code: '12345', name: NAME, themeDir })).toBe('error: "12345" is not a verification code.');
    expect(await first({ code: codeOf('2026-03-15'), name: '  ', themeDir })).toBe('error: --name is empty.');
    expect(await first({ code: codeOf('2026-03-15'), name: NAME, themeDir, date: '2026-02-30' })).toBe('error: --date "2026-02-30" is not a date.');
    const broken = await verifyCertificate({
      code: codeOf('2026-03-15'),
      name: NAME,
      themeDir: await theme(filledThemeYaml.replace(/^course:\n/m, 'course:\n  verison: "1"\n')),
    });
    expect(broken.ok).toBe(false);
    expect(broken.lines[0]).toMatch(/theme\.yaml:\d+:3 error F001 /);
  });
});
