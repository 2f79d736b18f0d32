import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { compileCourse, type CompiledCourse, type CompileOptions } from './compileCourse.ts';
import { hasErrors } from './diagnostics.ts';
import { formatDiagnostic, formatTally } from './formatDiagnostics.ts';
import { preloadSnippet } from './preloadSnippet.ts';

export const COURSE_MODULE = 'virtual:wachsam/course';
const RESOLVED = `\0${COURSE_MODULE}`;

/**
 * Hands the compiled course to the player as a virtual module and writes the lesson files.
 * Given a compiled course (the CLI's build) it uses that; given folders (the dev server) it
 * compiles them itself, recompiles on every change and keeps serving the last good course.
 */
export function wachsamPlugin(input: { compiled: CompiledCourse } | CompileOptions): Plugin {
  let compiled = 'compiled' in input ? input.compiled : undefined;

  const compile = async (server?: ViteDevServer): Promise<void> => {
    const next = await compileCourse(input as CompileOptions);
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
    async buildStart() {
      if (!compiled) await compile();
      if (!compiled?.course) this.error(`The course has errors:\n${compiled?.diagnostics.map(formatDiagnostic).join('\n')}`);
    },
    transformIndexHtml(html) {
      const course = compiled?.course;
      if (!course) return html;
      const lang = course.languages[0]!;
      const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
      const icon = `<link rel="icon" href="./${course.brand.icon}" type="${course.brand.icon.endsWith('.png') ? 'image/png' : 'image/svg+xml'}" />`;
      const themeColor = `<meta name="theme-color" content="${course.brand.colors.light.primary}" />`;
      return html
        .replace('<html lang="de">', `<html lang="${lang}">`)
        .replace('<title>Wachsam</title>', `<title>${escapeHtml(course.title[lang]!)}</title>\n    ${icon}\n    ${themeColor}\n    ${preloadSnippet(course)}`);
    },
    resolveId(id) {
      return id === COURSE_MODULE ? RESOLVED : undefined;
    },
    load(id) {
      if (id !== RESOLVED) return undefined;
      return `export default ${JSON.stringify(compiled?.course ?? null)};`;
    },
    async generateBundle() {
      for (const file of compiled?.files ?? []) {
        const source = 'text' in file.source ? file.source.text : await readFile(file.source.copyFrom);
        this.emitFile({ type: 'asset', fileName: file.fileName, source });
      }
    },
    configureServer(server) {
      if ('compiled' in input) return;
      const watched = [resolve(input.lessonsDir), resolve(input.themeDir)];
      server.watcher.add(watched);
      // One compile at a time, in the order of the changes, so an older result never wins.
      let queue = Promise.resolve();
      server.watcher.on('all', (_event, path) => {
        if (watched.some((dir) => path.startsWith(dir))) queue = queue.then(() => compile(server));
      });
      server.middlewares.use(async (request, response, next) => {
        const path = decodeURIComponent((request.url ?? '').split('?')[0]!).replace(/^\//, '');
        const file = compiled?.files.find((candidate) => candidate.fileName === path);
        if (!file) return next();
        const body = 'text' in file.source ? file.source.text : await readFile(file.source.copyFrom);
        response.setHeader('Content-Type', path.endsWith('.js') ? 'text/javascript' : contentType(path));
        response.end(body);
      });
    },
  };
}

function contentType(path: string): string {
  if (path.endsWith('.svg')) return 'image/svg+xml';
  if (path.endsWith('.png')) return 'image/png';
  if (path.endsWith('.jpg') || path.endsWith('.jpeg')) return 'image/jpeg';
  if (path.endsWith('.webp')) return 'image/webp';
  return 'application/octet-stream';
}
