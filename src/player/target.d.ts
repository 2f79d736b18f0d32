/** Which package the player is built for; set by the build (src/build/vite/viteConfig.ts). */
declare const __WACHSAM_TARGET__: 'web' | 'scorm12' | 'scorm2004';

/** Whether this build has a raffle; without one, the raffle's code and texts are left out. */
declare const __WACHSAM_RAFFLE__: boolean;

/** Whether this build offers the completion receipt (intranet bundles whose theme switches it on); without it, its code is left out. */
declare const __WACHSAM_COMPLETION__: boolean;
