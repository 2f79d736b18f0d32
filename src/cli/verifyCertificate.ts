import { relative } from 'node:path';
import { normalName, readCode } from '../shared/certificate/certificateCode.ts';
import { dayAfter, FIRST_DAY, isDay, matchingDay } from '../shared/certificate/matchingDay.ts';
import { formatDiagnostic } from '../compiler/diagnostics/formatDiagnostics.ts';
import { hasErrors } from '../compiler/diagnostics/diagnostics.ts';
import { loadTheme } from '../compiler/load/loadTheme.ts';
import { wachsamVersion } from '../compiler/load/wachsamVersion.ts';

export interface VerifyRequest {
  code: string;
  name: string;
  themeDir: string;
  /** The completion date printed on the certificate (YYYY-MM-DD); without it every day of the search range is tried. */
  date?: string;
  /** The edition printed on the certificate; @default the theme's course.version (or Wachsam's release). */
  version?: string;
  /** Now: the last day tried is the day after (a learner's calendar may be a day ahead of this machine's). @default the clock's now */
  until?: Date;
}

export interface Verdict {
  ok: boolean;
  lines: string[];
}

/**
 * `npm run verify-certificate -- <code> --name "<name>"`: whether the code printed on a certificate
 * belongs to that name, a completion date and this course's id and edition. The code holds no secret
 * (a static bundle cannot keep one), so this catches a changed name, date or edition and a mistyped
 * code; it cannot tell who took the course (docs/admin-guide: "What the code proves").
 */
export async function verifyCertificate(request: VerifyRequest): Promise<Verdict> {
  const code = readCode(request.code);
  if (!code) {
    return {
      ok: false,
      lines: [
        `error: "${request.code}" is not a verification code.`,
        '  hint: a code has ten letters and digits, such as 7KQ2M-XD4TA; copy it from the certificate.',
      ],
    };
  }
  if (!normalName(request.name))
    return { ok: false, lines: ['error: --name is empty.', '  hint: give the name exactly as the certificate shows it, in quotes.'] };
  if (request.date !== undefined && !isDay(request.date)) {
    return { ok: false, lines: [`error: --date "${request.date}" is not a date.`, '  hint: write it as YYYY-MM-DD, e.g. 2026-12-01.'] };
  }
  const themed = await loadTheme(request.themeDir, (path) => relative(process.cwd(), path).split('\\').join('/') || '.');
  if (!themed.theme || hasErrors(themed.diagnostics)) {
    return {
      ok: false,
      lines: [...themed.diagnostics.map(formatDiagnostic), `error: the theme in ${request.themeDir} has errors; its course id and edition are needed.`],
    };
  }
  const courseId = themed.theme.course.id;
  const version = request.version ?? themed.theme.course.version ?? (await wachsamVersion());
  const [first, last] = request.date ? [request.date, request.date] : [FIRST_DAY, dayAfter(request.until ?? new Date())];
  const match = matchingDay(code, { courseId, version, name: request.name }, first, last);
  const course = `course "${courseId}", edition ${version}`;
  if (match) {
    return {
      ok: true,
      lines: [
        `valid: ${code} belongs to "${request.name.trim()}", completed on ${match}, ${course}.`,
        '  This shows that name, date and edition are the ones the course used when it made the certificate.',
        '  It does not show who took the course: the code holds no secret (see the admin guide).',
      ],
    };
  }
  const range = request.date ? `on ${request.date}` : `on any day from ${first} to ${last}`;
  return {
    ok: false,
    lines: [
      `not valid: ${code} does not belong to "${request.name.trim()}" in ${course}, ${range}.`,
      '  hint: type the name exactly as printed (case and spaces do not matter, accents do); if the certificate names',
      '  another edition, add --version with it; a theme other than themes/default needs --theme.',
    ],
  };
}
