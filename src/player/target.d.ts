/** Which package the player is built for; set by the build (src/compiler/viteConfig.ts). */
declare const __WACHSAM_TARGET__: 'web' | 'scorm12' | 'scorm2004';
