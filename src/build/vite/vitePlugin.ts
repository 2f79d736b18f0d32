import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import type { ServerResponse } from 'node:http';
import { compileCourse, type CompiledCourse, type CompileOptions, type OutputFile } from '../../compiler/compileCourse.ts';
import { hasErrors } from '../../compiler/diagnostics/diagnostics.ts';
import { formatDiagnostic, formatTally } from '../../compiler/diagnostics/formatDiagnostics.ts';
import { oneLine } from '../../compiler/lesson/parseLesson.ts';
import { preloadSnippet } from './preloadSnippet.ts';
import { COMPLETION_CSS, FORM_CSS } from '../../shared/formCss.ts';
import { RAFFLE_CSS } from '../../shared/raffleCss.ts';
import { brandCss } from '../../shared/brandCss.ts';
import { contentSecurityPolicy } from '../../shared/contentSecurityPolicy.ts';
import { type CourseShell, lessonIndexFileName, registrationScript, splitCourse } from '../../shared/courseModel.ts';
import { buildStringTables } from '../../shared/strings/stringTables.ts';
import { uiStringsFor, uiStringsKey } from '../../shared/strings/uiStrings.ts';
import type { BuildTarget } from './viteConfig.ts';

export const COURSE_MODULE = 'virtual:wachsam/course';
const RESOLVED = `\0${COURSE_MODULE}`;

/**
 * Hands the compiled course to the player as a virtual module and writes the lesson files.
 * Given a compiled course (the CLI's build) it uses that; given folders (the dev server) it
 * compiles them itself, recompiles on every change and keeps serving the last good course.
 * The dev server never dies of a lesson: errors, even the compiler's own, become messages in the
 * terminal and the browser overlay, and the next save compiles again.
 */
export function wachsamPlugin(
  /** A compiled course and the build target it is for (the LMS's strings go into SCORM builds only), or folders to compile (dev). */
  input: { compiled: CompiledCourse; target?: BuildTarget } | CompileOptions,
  /** The compiler to run on changes; tests pass one that fails. */
  compiler: (options: CompileOptions) => Promise<CompiledCourse> = compileCourse,
): Plugin {
  let compiled = 'compiled' in input ? input.compiled : undefined;
  const lms = 'compiled' in input && input.target !== undefined && input.target !== 'web';
  /** A compiler output file as the player gets it: a lesson index with its language's UI strings added. */
  const published = (file: OutputFile): OutputFile => {
    const lang = compiled?.course?.languages.find((code) => lessonIndexFileName(code) === file.fileName);
    if (!lang || !('text' in file.source)) return file;
    const tables = buildStringTables({ lms, raffle: !!compiled?.course?.raffle, completion: !lms && !!compiled?.course?.completion });
    return { fileName: file.fileName, source: { text: file.source.text + registrationScript(uiStringsKey(lang), uiStringsFor(lang, tables)) } };
  };
  let failure: string | undefined;
  /** True under `npm run dev`: a course with errors then starts the server and shows them. */
  let serving = false;
  const problems = () => failure ?? `The course has errors:\n${compiled?.diagnostics.map(formatDiagnostic).join('\n')}`;

  /** A failure of the compiler itself, as one line (no stack trace) for the terminal and the overlay. */
  const reportFailure = (error: unknown, server?: ViteDevServer): void => {
    failure = `✖ The course could not be compiled: ${oneLine(error).replace(/\.$/, '')}. Fix or undo the last change and save again; if that does not help, please report this as a bug.`;
    console.log(failure);
    server?.ws.send({ type: 'error', err: { message: failure, stack: '', plugin: 'wachsam' } });
  };

  const compile = async (server?: ViteDevServer): Promise<void> => {
    let next: CompiledCourse;
    try {
      next = await compiler(input as CompileOptions);
    } catch (error) {
      reportFailure(error, server);
      return;
    }
    failure = undefined;
    const report = next.diagnostics.map(formatDiagnostic);
    if (report.length > 0) console.log(`${report.join('\n')}\n${formatTally(next.diagnostics, next.lessonCount)}`);
    if (hasErrors(next.diagnostics) || !next.course) {
      server?.ws.send({
        type: 'error',
        err: { message: `${report.join('\n')}`, stack: '', plugin: 'wachsam', id: next.diagnostics[0]?.file },
      });
      if (!compiled) compiled = next;
      return;
    }
    compiled = next;
    if (server) {
      const module = server.moduleGraph.getModuleById(RESOLVED);
      if (module) server.moduleGraph.invalidateModule(module);
      server.ws.send({ type: 'full-reload' });
    }
  };

  return {
    name: 'wachsam-course',
    configResolved(config) {
      serving = config.command === 'serve';
    },
    async buildStart() {
      if (!compiled) await compile();
      if (!compiled?.course && !serving) this.error(problems());
    },
    transformIndexHtml(html) {
      const course = compiled?.course;
      if (!course) return html;
      const lang = course.languages[0]!;
      const { theme, preload } = pageFiles(course);
      const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
      const icon = `<link rel="icon" href="./${course.brand.icon}" type="${course.brand.icon.endsWith('.png') ? 'image/png' : 'image/svg+xml'}" />`;
      const themeColor = `<meta name="theme-color" content="${course.brand.colors.light.primary}" />`;
      // The dev server's own client adds inline scripts and styles, so only builds carry the policy.
      const policy = serving ? '' : `\n    <meta http-equiv="Content-Security-Policy" content="${escapeHtml(contentSecurityPolicy(course))}" />`;
      // A plain script before the deferred player: it runs first, and is a few hundred bytes from the same folder.
      const head = `${icon}\n    ${themeColor}\n    <script src="./${preload.fileName}"></script>`;
      return html
        .replace('<html lang="de">', `<html lang="${lang}">`)
        .replace('<meta charset="utf-8" />', `<meta charset="utf-8" />${policy}`)
        .replace('<title>Wachsam</title>', `<title>${escapeHtml(course.title[lang]!)}</title>\n    ${head}`)
        .replace('</head>', `  <link rel="stylesheet" href="./${theme.fileName}" />\n  </head>`);
    },
    resolveId(id) {
      return id === COURSE_MODULE ? RESOLVED : undefined;
    },
    load(id) {
      if (id !== RESOLVED) return undefined;
      // In the dev server this shows the problems in the browser overlay until a save fixes them.
      if (!compiled?.course) this.error(problems());
      // The shell only: the lessons are in the lesson index files, so a changed lesson leaves the player as it is.
      return `export default ${JSON.stringify(compiled?.course ? splitCourse(compiled.course).shell : null)};`;
    },
    async generateBundle() {
      for (const file of (compiled?.files ?? []).map(published)) {
        const source = 'text' in file.source ? file.source.text : await readFile(file.source.copyFrom);
        this.emitFile({ type: 'asset', fileName: file.fileName, source });
      }
      if (compiled?.course) for (const file of Object.values(pageFiles(compiled.course))) this.emitFile({ type: 'asset', ...file });
    },
    configureServer(server) {
      if ('compiled' in input) return;
      const watched = [resolve(input.lessonsDir), resolve(input.themeDir)];
      server.watcher.add(watched);
      // One compile at a time, in the order of the changes, so an older result never wins.
      let queue = Promise.resolve();
      // The catch keeps the chain alive: a rejected link would stop every later compile.
      server.watcher.on('all', (_event, path) => {
        if (watched.some((dir) => path.startsWith(dir))) queue = queue.then(() => compile(server)).catch((error) => reportFailure(error, server));
      });
      server.middlewares.use((request, response, next) => {
        const output = outputAt(compiled, request.url);
        const file = output ? published(output) : pageFileAt(compiled, request.url);
        if (!file) return next();
        // An error here (a file deleted since the compile) is a 500 for this request, not a dead server.
        serveOutput(file, response).catch(next);
      });
    },
  };
}

interface PageFile {
  fileName: string;
  source: string;
}

/**
 * The two files index.html links instead of holding inline code: the theme's CSS and the preload
 * script. Named by their content, so a new theme or a new set of languages is a new name and no cache
 * keeps the old one (a changed lesson changes neither); they sit beside index.html, so the addresses inside resolve as they would from the page.
 */
function pageFiles(course: CourseShell): { theme: PageFile; preload: PageFile } {
  const named = (base: string, extension: string, source: string): PageFile => ({
    fileName: `${base}-${createHash('sha256').update(source).digest('hex').slice(0, 10)}.${extension}`,
    source,
  });
  const parts = [
    brandCss(course.brand),
    ...(course.raffle ? [RAFFLE_CSS] : []),
    ...(course.raffle || course.completion ? [FORM_CSS] : []),
    ...(course.completion ? [COMPLETION_CSS] : []),
  ];
  const css = `${parts.join('\n')}\n`;
  return { theme: named('theme', 'css', css), preload: named('preload', 'js', preloadSnippet(course)) };
}

/** The request's path inside the course; a malformed `%` escape gives none (Vite then answers it). */
function requestedPath(url: string | undefined): string | undefined {
  try {
    return decodeURIComponent((url ?? '').split('?')[0]!).replace(/^\//, '');
  } catch {
    return undefined;
  }
}

/** The output file a request asks for. */
function outputAt(compiled: CompiledCourse | undefined, url: string | undefined): OutputFile | undefined {
  const path = requestedPath(url);
  return path === undefined ? undefined : compiled?.files.find((candidate) => candidate.fileName === path);
}

/** The theme CSS or preload script a request asks for, as the dev server's page links them. */
function pageFileAt(compiled: CompiledCourse | undefined, url: string | undefined): OutputFile | undefined {
  const path = requestedPath(url);
  const file = compiled?.course && Object.values(pageFiles(compiled.course)).find((candidate) => candidate.fileName === path);
  return file ? { fileName: file.fileName, source: { text: file.source } } : undefined;
}

async function serveOutput(file: OutputFile, response: ServerResponse): Promise<void> {
  const body = 'text' in file.source ? file.source.text : await readFile(file.source.copyFrom);
  response.setHeader('Content-Type', file.fileName.endsWith('.js') ? 'text/javascript' : contentType(file.fileName));
  response.end(body);
}

function contentType(path: string): string {
  if (path.endsWith('.css')) return 'text/css';
  if (path.endsWith('.svg')) return 'image/svg+xml';
  if (path.endsWith('.png')) return 'image/png';
  if (path.endsWith('.jpg') || path.endsWith('.jpeg')) return 'image/jpeg';
  if (path.endsWith('.webp')) return 'image/webp';
  return 'application/octet-stream';
}
