import { relative } from 'node:path';
import { certificateCode, normalName, readCode } from '../shared/certificate/certificateCode.ts';
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
  /** The last day tried: @default tomorrow (a learner's calendar may be a day ahead of this machine's). */
  until?: Date;
}

export interface Verdict {
  ok: boolean;
  lines: string[];
}

/** The first day tried without --date: certificates exist since Wachsam 0.1 (2026); a margin for clocks set wrong. */
const FIRST_DAY = '2020-01-01';

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
  const days = request.date ? [request.date] : daysBetween(FIRST_DAY, request.until ?? tomorrow());
  const match = days.find((completedOn) => certificateCode({ courseId, version, completedOn, name: request.name }) === code);
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
  const range = request.date ? `on ${request.date}` : `on any day from ${FIRST_DAY} to ${days[days.length - 1]}`;
  return {
    ok: false,
    lines: [
      `not valid: ${code} does not belong to "${request.name.trim()}" in ${course}, ${range}.`,
      '  hint: type the name exactly as printed (case and spaces do not matter, accents do); if the certificate names',
      '  another edition, add --version with it; a theme other than themes/default needs --theme.',
    ],
  };
}

function isDay(text: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(text) && new Date(`${text}T00:00:00Z`).toISOString().startsWith(text);
}

function tomorrow(): Date {
  return new Date(Date.now() + 24 * 60 * 60 * 1000);
}

/** Every day from `first` to `last`, as YYYY-MM-DD (UTC calendar). */
function daysBetween(first: string, last: Date): string[] {
  const days: string[] = [];
  for (let day = new Date(`${first}T00:00:00Z`); day <= last; day = new Date(day.getTime() + 24 * 60 * 60 * 1000)) {
    days.push(day.toISOString().slice(0, 10));
  }
  return days;
}
