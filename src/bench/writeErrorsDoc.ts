import { writeFileSync } from 'node:fs';
import { renderErrorsDoc } from './errorsDoc.ts';

/** `npm run errors-doc`: rewrites docs/errors.md from the catalogue; a test fails when it is stale. */
const target = new URL('../../docs/errors.md', import.meta.url);
writeFileSync(target, renderErrorsDoc());
console.log(`wrote ${target.pathname}`);
