import type { CompiledCourse } from '../compiler/course/assembleCourse.ts';
import { templateNote } from '../compiler/theme/templatePlaceholders.ts';
import type { CompletionModel, RaffleModel } from '../shared/courseModel.ts';
import type { BuildReport } from './buildReport.ts';

/**
 * The lines a build ends with: what was built, where, and whether the raffle is on. `template` is
 * given when the theme is the default theme itself: its placeholders are counted in one line.
 */
export function buildSummary(
  report: BuildReport,
  raffle: RaffleModel | undefined,
  ms: number,
  outDir: string,
  template?: CompiledCourse['templatePlaceholders'],
  completion?: CompletionModel,
): string {
  const web = report.files.filter((file) => file.path.startsWith('web/'));
  const zips = report.files.filter((file) => file.path.endsWith('.zip'));
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  const questions = report.lessons.reduce((sum, lesson) => sum + Math.max(0, ...Object.values(lesson.questions)), 0);
  return [
    '',
    `✔ ${report.course.title[report.course.languages[0]!]} (${report.course.id})`,
    `  lessons    ${report.lessons.length}, ${questions} questions, languages ${report.course.languages.join(', ')}`,
    `  warnings   ${warningsLine(report.warnings)}`,
    ...(template ? [`  template   ${templateNote(template)}`] : []),
    `  raffle     ${raffleLine(raffle)}`,
    // Said only when on: it is off unless the theme switches it on, and most courses never do.
    ...(completion
      ? [`  receipts   on: completion receipts go to ${completion.endpoint}; in the intranet bundle only (in an LMS, the LMS keeps the record)`]
      : []),
    `  web        ${outDir}/web: ${web.length} files, ${kb(sum(web, 'bytes'))} (${kb(sum(web, 'gzipBytes'))} gzipped)`,
    ...zips.map((zip) => `  zip        ${outDir}/${zip.path}: ${kb(zip.bytes)}`),
    `  report     ${outDir}/report.json`,
    `  time       ${(ms / 1000).toFixed(1)} s`,
  ].join('\n');
}

/**
 * Whether the raffle is on and how, so an admin can confirm it without passing the required checks:
 * mode, campaign, period, required lessons, where entries go and whether the SCORM packages carry it.
 */
function raffleLine(raffle: RaffleModel | undefined): string {
  if (!raffle) return 'off (theme.yaml has no raffle section)';
  const sendsTo =
    raffle.mode === 'phrase'
      ? 'learners write down the phrase'
      : raffle.endpoint
        ? `entries go to ${raffle.endpoint}`
        : `entries by e-mail to ${raffle.mailto}`;
  return [
    `on: ${raffle.mode} mode, campaign ${raffle.campaign}, ${raffle.start} to ${raffle.end}`,
    `required lessons ${raffle.requiredLessons.join(', ')}`,
    sendsTo,
    raffle.scorm ? 'in the intranet bundle and the SCORM packages' : 'in the intranet bundle only',
  ].join('; ');
}

/** The count, and how many of them are placeholders left from the default theme (T010). */
function warningsLine(warnings: BuildReport['warnings']): string {
  const placeholders = warnings.filter((warning) => warning.code === 'T010').length;
  return placeholders > 0 ? `${warnings.length}, ${placeholders} of them placeholder texts from the default theme (T010)` : String(warnings.length);
}

function sum(files: { bytes: number; gzipBytes: number }[], key: 'bytes' | 'gzipBytes'): number {
  return files.reduce((total, file) => total + file[key], 0);
}
