import { fileURLToPath } from 'node:url';
import { createLogger, createServer, type Logger } from 'vite';

export interface PreviewOptions {
  lessonsDir?: string;
  themeDir?: string;
  /** @default 5173 (the next free one if taken) */
  port?: number;
  /** @default localhost */
  host?: string;
  /** Show stack traces in Vite's error messages. @default false */
  debug?: boolean;
}

/**
 * `npm run dev`: Vite's dev server with the live course (vite.config.ts), started from the CLI so that it
 * ends like every other command: a failure to start is one line and exit 1, and Vite's own error reports
 * lose their stack frames (authors need the message and the file, not Vite's internals).
 * Resolves when the server closes.
 */
export async function startPreview(options: PreviewOptions): Promise<void> {
  // vite.config.ts reads the folders from the environment, so `npm run dev` and plain `vite` agree.
  if (options.lessonsDir) process.env.WACHSAM_LESSONS = options.lessonsDir;
  if (options.themeDir) process.env.WACHSAM_THEME = options.themeDir;
  const server = await createServer({
    configFile: fileURLToPath(new URL('../../../vite.config.ts', import.meta.url)),
    server: { ...(options.port === undefined ? {} : { port: options.port }), ...(options.host ? { host: options.host } : {}) },
    customLogger: options.debug ? undefined : withoutStacks(createLogger('info')),
  });
  await server.listen();
  server.printUrls();
  await new Promise<void>((resolve) => server.httpServer?.once('close', () => resolve()));
}

/** A logger that prints Vite's error messages without their stack frames. */
function withoutStacks(logger: Logger): Logger {
  return {
    ...logger,
    error: (message, options) => {
      const lines = message.split('\n');
      const firstFrame = lines.findIndex((line) => /^\s+at /.test(line));
      logger.error(firstFrame < 0 ? message : lines.slice(0, firstFrame).join('\n'), options && { ...options, error: null });
    },
  };
}
