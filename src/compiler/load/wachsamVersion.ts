import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

/** The Wachsam release the default lessons come from (package.json): a course's edition unless its theme names one. */
export async function wachsamVersion(): Promise<string> {
  const text = await readFile(fileURLToPath(new URL('../../../package.json', import.meta.url)), 'utf8');
  return (JSON.parse(text) as { version: string }).version;
}
