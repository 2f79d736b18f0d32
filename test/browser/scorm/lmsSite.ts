import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { unzipSync } from 'fflate';
import { serveFolder, type StaticServer } from '../../support/staticServer.ts';

export interface LmsSite {
  server: StaticServer;
  /** URL of the test LMS page. */
  lmsUrl: string;
  close: () => Promise<void>;
}

const require = createRequire(import.meta.url);

/**
 * A folder served over HTTP that holds the test LMS (lms.html with scorm-again) and the SCORM
 * packages unzipped below it, as an LMS serves them: same origin, SCO in a frame or a popup.
 */
export async function startLmsSite(packages: Record<string, string>): Promise<LmsSite> {
  const root = await mkdtemp(join(tmpdir(), 'wachsam-lms-'));
  const here = new URL('./lms/', import.meta.url);
  for (const file of ['lms.html', 'lms.js']) await copyFile(new URL(file, here), join(root, file));
  // The package's browser builds, which define the globals Scorm12API and Scorm2004API.
  const dist = dirname(require.resolve('scorm-again'));
  for (const file of ['scorm12.min.js', 'scorm2004.min.js']) await copyFile(join(dist, file), join(root, file));
  for (const [folder, zip] of Object.entries(packages)) {
    const entries = unzipSync(new Uint8Array(await readFile(zip)));
    for (const [path, bytes] of Object.entries(entries)) {
      const target = join(root, folder, path);
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, bytes);
    }
  }
  const server = await serveFolder(root);
  return {
    server,
    lmsUrl: `${server.url}lms.html`,
    close: async () => {
      await server.close();
      await rm(root, { recursive: true, force: true });
    },
  };
}
