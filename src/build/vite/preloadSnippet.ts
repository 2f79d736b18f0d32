import { minifySync } from 'vite';
import { CONTENT_GLOBAL, type CourseShell, lessonIndexFileName, lessonIndexKey, SETTLED_ATTRIBUTE } from '../../shared/courseModel.ts';
import { chooseLanguage } from '../../shared/languageChoice.ts';
import { languageKey } from '../../shared/storageKeys.ts';

/**
 * A few lines that index.html loads (as a file of its own, `preload-<hash>.js`, since the page's
 * Content-Security-Policy refuses inline script) before the deferred player: they start loading the
 * lesson index of the learner's language at once, while the player itself is still being fetched and
 * parsed, and when the page opens on a lesson (a deep link, a bookmark, a reload), that lesson's text
 * as soon as the index names its script. They pick the language with the player's own function
 * (`chooseLanguage`, its source copied in) and the player's storage key; if they guess wrong (the LMS
 * stored another language), the player simply loads the right files itself. They mark each script they
 * add once it has loaded or failed (`data-settled`), so the player waits for one still loading instead
 * of adding it twice.
 *
 * Nothing in them names a lesson: a changed lesson leaves index.html and this file as they are. Only a
 * script the index names is ever loaded: the hash is anyone's to write, and
 * `#/lesson/..%2Fuploads%2Fevil.js%3F/1` must not load a script from elsewhere on the server. Any hash (a
 * malformed `%` too) ends in a catch, never in an error on the page.
 *
 * The snippet is minified: `chooseLanguage.toString()` gives the source as whatever loaded this module
 * printed it (tsx, vitest's transform, a bundler), and the same course must give the same bytes however
 * the build was started.
 */
export function preloadSnippet(course: CourseShell): string {
  const indexes = Object.fromEntries(course.languages.map((lang) => [lang, { file: lessonIndexFileName(lang), key: lessonIndexKey(lang) }]));
  const settings = JSON.stringify({
    languageKey: languageKey(course.id),
    languages: course.languages,
    indexes,
    global: CONTENT_GLOBAL,
    settled: SETTLED_ATTRIBUTE,
  });
  const source = `(function(c,chooseLanguage){try{
var s=null;try{s=localStorage.getItem(c.languageKey)}catch(e){}
var l=chooseLanguage(c.languages,new URLSearchParams(location.search).get("lang"),s,navigator.languages||[]);
var add=function(src,then){var e=document.createElement("script");e.src=src;e.async=true;
e.onload=function(){e.setAttribute(c.settled,"");if(then)then()};e.onerror=function(){e.setAttribute(c.settled,"")};document.head.appendChild(e)};
var x=c.indexes[l];
add(x.file,function(){try{var m=/^#\\/lesson\\/([^/]+)\\//.exec(location.hash);if(!m)return;var d=decodeURIComponent(m[1]);
var i=(self[c.global]||{})[x.key];var a=i&&i.lessons||[];for(var k=0;k<a.length;k++)if(a[k].id===d){add(a[k].file);return}}catch(e){}})
}catch(e){}})(${settings.replace(/</g, '\u003c')},${chooseLanguage.toString()});`;
  const minified = minifySync('preload.js', source);
  if (minified.errors.length > 0) throw new Error(`The preload snippet does not parse: ${minified.errors[0]!.message}`);
  return `${minified.code.trim()}\n`;
}
