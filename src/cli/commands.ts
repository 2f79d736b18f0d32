import { parseArgs } from 'node:util';
import { debugRequested, parseWholeNumber } from './runCli.ts';

/** What `npm run <command> -- --help` and a mistyped command print. */
export const usage = `Usage:
  npm run build -- [--lessons DIR] [--theme DIR] [--out DIR] [--web-only]
                                                               compile lessons and build the course
                                                               (--web-only: the web bundle, no zips)
  npm run check -- [--lessons DIR] [--theme DIR]               validate lessons only
  npm run new-theme -- NAME                                    copy the default theme to themes/NAME
  npm run dev -- [--lessons DIR] [--theme DIR] [--port N] [--host ADDR]   preview with live reload
  npm run verify-certificate -- CODE --name "NAME" [--theme DIR] [--date YYYY-MM-DD] [--version V]
                                                               check a certificate's verification code

Defaults: --lessons lessons  --theme themes/default  --out dist
Add --debug (or set WACHSAM_DEBUG=1) to see the details of an unexpected failure.`;

/**
 * The course commands (`build`, `check`, `new-theme`, `dev`) with their arguments, without the process
 * around them: returns the exit code and throws on failure. `cli.ts` runs it as the command line; tests
 * call it in their own process, so vite and the compiler load once per test file, not once per command.
 */
export async function runCommand(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  // Each command loads only what it uses (the build's tools take seconds to load), so `check`,
  // `new-theme` and a mistyped command answer at once.
  if (command === 'new-theme') {
    const { newTheme } = await import('./newTheme.ts');
    const result = await newTheme(rest[0]);
    for (const line of result.lines) (result.ok ? console.log : console.error)(line);
    return result.ok ? 0 : 1;
  }
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: command === 'verify-certificate',
    options: {
      name: { type: 'string' },
      date: { type: 'string' },
      version: { type: 'string' },
      lessons: { type: 'string', default: 'lessons' },
      theme: { type: 'string', default: 'themes/default' },
      out: { type: 'string', default: 'dist' },
      'web-only': { type: 'boolean', default: false },
      port: { type: 'string' },
      host: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  if (command === 'verify-certificate' && !values.help) {
    if (positionals.length !== 1 || values.name === undefined) {
      console.error('error: give one code and --name, e.g. npm run verify-certificate -- 7KQ2M-XD4TA --name "Erika Mustermann"');
      return 1;
    }
    const { verifyCertificate } = await import('./verifyCertificate.ts');
    const verdict = await verifyCertificate({
      code: positionals[0]!,
      name: values.name,
      themeDir: values.theme,
      ...(values.date === undefined ? {} : { date: values.date }),
      ...(values.version === undefined ? {} : { version: values.version }),
    });
    for (const line of verdict.lines) (verdict.ok ? console.log : console.error)(line);
    return verdict.ok ? 0 : 1;
  }
  if (values.help || (command !== 'build' && command !== 'check' && command !== 'dev')) {
    console.log(usage);
    return values.help ? 0 : 1;
  }
  if (command === 'dev') {
    if (values.host !== undefined) await (await import('./probeHost.ts')).probeHost(values.host);
    const { startPreview } = await import('../build/vite/previewServer.ts');
    await startPreview({
      // Without --lessons/--theme, WACHSAM_LESSONS and WACHSAM_THEME still choose the folders.
      ...(rest.includes('--lessons') ? { lessonsDir: values.lessons } : {}),
      ...(rest.includes('--theme') ? { themeDir: values.theme } : {}),
      ...(values.port === undefined ? {} : { port: parseWholeNumber(values.port, 'port', 0, 65535) }),
      ...(values.host === undefined ? {} : { host: values.host }),
      debug: debugRequested(),
    });
    return 0;
  }
  const options = { lessonsDir: values.lessons, themeDir: values.theme, authorChecks: true };
  if (command === 'check') {
    const [{ compileCourse }, { hasErrors }, { formatDiagnostic, formatTally }, { formatReadability }, { formatCourseFigures }, { templateNote }] =
      await Promise.all([
        import('../compiler/compileCourse.ts'),
        import('../compiler/diagnostics/diagnostics.ts'),
        import('../compiler/diagnostics/formatDiagnostics.ts'),
        import('../compiler/checks/formatReadability.ts'),
        import('../compiler/checks/courseFigures.ts'),
        import('../compiler/theme/templatePlaceholders.ts'),
      ]);
    const compiled = await compileCourse(options);
    for (const diagnostic of compiled.diagnostics) console.log(formatDiagnostic(diagnostic));
    if (compiled.skipped) console.log(`note: ${compiled.skipped}`);
    if (compiled.templatePlaceholders) console.log(`note: ${templateNote(compiled.templatePlaceholders)}`);
    if (compiled.readability.length > 0) console.log(`\n${formatReadability(compiled.readability)}\n`);
    if (compiled.figures.length > 0) console.log(`${formatCourseFigures(compiled.figures)}\n`);
    console.log(formatTally(compiled.diagnostics, compiled.lessonCount));
    return hasErrors(compiled.diagnostics) ? 1 : 0;
  }
  const { buildCourse } = await import('../build/buildCourse.ts');
  const result = await buildCourse({ ...options, outDir: values.out, webOnly: values['web-only'] });
  return result.ok ? 0 : 1;
}

/** What a failing command says it was doing: "The build failed: …". */
export const tasks: Record<string, string> = {
  build: 'The build',
  check: 'The check',
  'new-theme': 'Creating the theme',
  dev: 'The preview',
  'verify-certificate': 'Checking the certificate',
};
