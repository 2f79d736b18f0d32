import { defineConfig } from 'vite';
import { wachsamPlugin } from './src/build/vite/vitePlugin.ts';
import { playerViteConfig } from './src/build/vite/viteConfig.ts';

/**
 * `npm run dev`: the player with live lessons. Set WACHSAM_LESSONS / WACHSAM_THEME to preview
 * other folders. Builds go through `npm run build` (src/cli/cli.ts), which checks the lessons first.
 */
export default defineConfig({
  ...playerViteConfig({
    coursePlugin: wachsamPlugin({
      lessonsDir: process.env.WACHSAM_LESSONS ?? 'lessons',
      themeDir: process.env.WACHSAM_THEME ?? 'themes/default',
      authorChecks: true,
    }),
  }),
  logLevel: 'info',
});
