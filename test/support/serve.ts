import { serveFolder } from './staticServer.ts';

/** `tsx test/support/serve.ts DIR PORT`: the web server Playwright starts for browser tests. */
const [dir = 'dist/web', port = '4173'] = process.argv.slice(2);
const server = await serveFolder(dir, Number(port));
console.log(`Serving ${dir} at ${server.url}`);
