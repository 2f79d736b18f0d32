import { minifySync } from 'vite';
import type { CourseModel } from '../../shared/courseModel.ts';
import { chooseLanguage } from '../../shared/languageChoice.ts';
import { languageKey } from '../../shared/storageKeys.ts';

/**
 * A few lines that index.html loads (as a file of its own, `preload-<hash>.js`, since the page's
 * Content-Security-Policy refuses inline script) before the deferred player: when the page opens on
 * a lesson (a deep link, a bookmark, a reload), they start loading that lesson's text at once, while
 * the player itself is still being fetched and parsed. They pick the language with the player's own
 * function (`chooseLanguage`, its source copied in) and the player's storage key, and load nothing else; if they guess wrong (a lesson
 * shown in a fallback language), the player simply loads the right file itself.
 *
 * Only the id of a lesson of this course ever becomes part of a script URL: the hash is anyone's to
 * write, and `#/lesson/..%2Fuploads%2Fevil.js%3F/1` must not load a script from elsewhere on the server.
 * Any hash (a malformed `%` too) ends in the catch, never in an error on the page.
 *
 * The snippet is minified: `chooseLanguage.toString()` gives the source as whatever loaded this module
 * printed it (tsx, vitest's transform, a bundler), and the same course must give the same bytes however
 * the build was started.
 */
export function preloadSnippet(course: CourseModel): string {
  const files = Object.fromEntries(course.lessons.map((lesson) => [lesson.id, lesson.files]));
  const settings = JSON.stringify({ languageKey: languageKey(course.id), languages: course.languages, files });
  const source = `(function(c,chooseLanguage){try{var m=/^#\\/lesson\\/([^/]+)\\//.exec(location.hash);if(!m)return;var d=decodeURIComponent(m[1]);if(!Object.prototype.hasOwnProperty.call(c.files,d))return;var s=null;try{s=localStorage.getItem(c.languageKey)}catch(e){}var l=chooseLanguage(c.languages,new URLSearchParams(location.search).get("lang"),s,navigator.languages||[]);var f=c.files[d][l];if(!f)return;var e=document.createElement("script");e.src=f;e.async=true;document.head.appendChild(e)}catch(e){}})(${settings.replace(/</g, '\\u003c')},${chooseLanguage.toString()});`;
  const minified = minifySync('preload.js', source);
  if (minified.errors.length > 0) throw new Error(`The lesson preload snippet does not parse: ${minified.errors[0]!.message}`);
  return `${minified.code.trim()}\n`;
}
