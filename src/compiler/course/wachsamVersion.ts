import { readFileSync } from 'node:fs';

/** The Wachsam release the default lessons come from (package.json): a course's edition unless its theme names one. */
export const WACHSAM_VERSION: string = (JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
