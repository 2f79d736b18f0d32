import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseLesson } from '../../src/compiler/lesson/parseLesson.ts';

/**
 * Issue 11: 32 dangerous constructs were dropped from lessons with no warning, so an author never
 * learnt that the page changed. Each payload replaces line 14 of a valid lesson (more lines follow it
 * when it needs them); each must give its warning at its line, and be gone from the compiled HTML.
 */
const lesson = readFileSync(new URL('./fixtures/valid/minimal.md', import.meta.url), 'utf8');
const LINE = 14;

/** [what, Markdown from line 14 on, code, line of the warning]. */
const payloads: [string, string, 'H002' | 'H003', number?][] = [
  // Links written as Markdown: markdown-it's validateLink dropped these silently.
  ['javascript: link', '[x](javascript:alert(1))', 'H002'],
  ['JAVASCRIPT: in upper case', '[x](JAVASCRIPT:alert(1))', 'H002'],
  ['javascript: with percent escapes in the code', '[x](javascript:alert%281%29)', 'H002'],
  ['vbscript: link', '[x](vbscript:msgbox(1))', 'H002'],
  ['data:text/html link', '[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)', 'H002'],
  ['data: link in angle brackets', '[x](<data:text/html,%3Cscript%3Ealert(1)%3C/script%3E>)', 'H002'],
  ['data:image link (opens as a page)', '[x](data:image/svg+xml;base64,PHN2Zy8+)', 'H002'],
  ['file: link', '[x](file:///etc/passwd)', 'H002'],
  ['javascript: in angle brackets', '[x](<javascript:alert(1)>)', 'H002'],
  ['autolink', 'See <javascript:alert(1)>.', 'H002'],
  ['reference-style link', '[x][r]\n\n[r]: javascript:alert(1)', 'H002'],
  // javascript: hidden by tab, newline or control-character entities, or by escapes.
  ['tab entity', '[x](jav&#x09;ascript:alert(1))', 'H002'],
  ['line feed entity', '[x](java&#10;script:alert(1))', 'H002'],
  ['carriage return entity', '[x](java&#13;script:alert(1))', 'H002'],
  ['NUL entity in front', '[x](&#0;javascript:alert(1))', 'H002'],
  ['NUL entity inside', '[x](java&#0;script:alert(1))', 'H002'],
  ['control character entity', '[x](&#x01;javascript:alert(1))', 'H002'],
  ['colon as an entity', '[x](javascript&#58;alert(1))', 'H002'],
  ['first letter as an entity', '[x](&#106;avascript:alert(1))', 'H002'],
  ['percent-escaped tab', '[x](jav%09ascript:alert(1))', 'H002'],
  ['zero-width space', '[x](java\u200bscript:alert(1))', 'H002'],
  // Other hosts in disguise.
  ['protocol-relative link', '[x](//evil.example/x)', 'H002'],
  ['backslash link', '[x](\\\\\\\\evil.example\\x)', 'H002'],
  ['slash and backslash', '[x](/\\evil.example)', 'H002'],
  // The same in raw HTML.
  ['raw <a> javascript:', 'Click <a href="javascript:alert(1)">here</a>.', 'H002'],
  ['raw <a> unquoted', 'Click <a href=javascript:alert(1)>here</a>.', 'H002'],
  ['raw <a> tab entity', 'Click <a href="jav&#x09;ascript:alert(1)">here</a>.', 'H002'],
  ['raw <a> line feed entity', 'Click <a href="java&#10;script:alert(1)">here</a>.', 'H002'],
  ['raw <a> NUL entity', 'Click <a href="&#0;javascript:alert(1)">here</a>.', 'H002'],
  ['raw <a> leading space and CR', 'Click <a href=" &#x0d;javascript:alert(1)">here</a>.', 'H002'],
  ['raw <a> &colon;', 'Click <a href="JaVaScRiPt&colon;alert(1)">here</a>.', 'H002'],
  ['raw <a> colon as hex entity', 'Click <a href="javascript&#x3A;alert(1)">here</a>.', 'H002'],
  ['raw <a> data:', 'Click <a href="data:text/html;base64,PHNjcmlwdD4=">here</a>.', 'H002'],
  ['raw <a> vbscript:', 'Click <a href="vbscript:msgbox(1)">here</a>.', 'H002'],
  ['raw <a> protocol-relative', 'Click <a href="//evil.example/">here</a>.', 'H002'],
  ['raw <a> backslashes', 'Click <a href="\\\\evil.example\\x">here</a>.', 'H002'],
  ['raw <a> slash and backslash', 'Click <a href="/\\evil.example">here</a>.', 'H002'],
  ['raw <a> in an HTML block', '<div><a href="javascript:alert(1)">here</a></div>', 'H002'],
  ['raw <a> on the second line of a block', '<div>\n<a href="javascript:alert(1)">here</a>\n</div>', 'H002', LINE + 1],
  // url() in a style attribute: of a table cell, or of any raw HTML element.
  ['url() on a table cell', '<table><tr><td style="background-image:url(https://evil.example/t.png)">x</td></tr></table>', 'H003'],
  ['url() next to alignment on a header cell', '<table><tr><th style="text-align:left;background:url(//evil.example/t.png)">x</th></tr></table>', 'H003'],
  ['url() with quote entities', '<table><tr><td style="background:url(&quot;https://evil.example/&quot;)">x</td></tr></table>', 'H003'],
  ['url() on a span', 'A <span style="background:url(https://evil.example/t.png)">word</span>.', 'H003'],
  ['url() on a div block', '<div style="behavior:url(x.htc)">x</div>', 'H003'],
  ['url() in a Markdown table cell', '| a |\n|---|\n| <span style="background:url(https://evil.example/)">x</span> |', 'H003', LINE + 2],
  ['javascript: in a Markdown table cell', '| a |\n|---|\n| [x](javascript:alert(1)) |', 'H002', LINE + 2],
];

function compile(markdown: string) {
  const source = lesson.replace('One paragraph of text.', markdown);
  expect(source.split('\n')[LINE - 1]).toBe(markdown.split('\n')[0]);
  const parsed = parseLesson(source, 'lessons/01-x/en.md', { id: '01-x', lang: 'en', assetBase: 'content/01-x' });
  return { parsed, html: parsed.content.pages.map((page) => page.html).join('\n') };
}

describe('dangerous links and styles in lessons: removed, and each removal warned at its line', () => {
  it.each(payloads)('%s', (_what, markdown, code, line = LINE) => {
    const { parsed, html } = compile(markdown);
    const warnings = parsed.diagnostics.map((d) => `${d.line} ${d.severity} ${d.code}`);
    expect(warnings).toContain(`${line} warning ${code}`);
    expect(parsed.diagnostics.filter((d) => d.code === code)[0]!.hint).toBeTruthy();
    // The payload is gone from what learners get: no link target at all, no style but alignment.
    expect([...html.matchAll(/\shref="([^"]*)"/g)].map((match) => match[1])).toEqual([]);
    for (const [, style] of html.matchAll(/\sstyle="([^"]*)"/g)) expect(style).toMatch(/^text-align:(left|right|center);?$/);
    expect(html).not.toMatch(/url\(|evil\.example\/t\.png|<script/i);
  });

  it(`tries at least 30 payloads (${payloads.length})`, () => {
    expect(payloads.length).toBeGreaterThanOrEqual(30);
  });

  it('keeps the links and styles a lesson may have, without warnings', () => {
    const safe = [
      '[BSI](https://www.bsi.bund.de/) [mail](mailto:it@example.org) [call](tel:+49301234) [up](#top) [page](other.html)',
      '<a href="https://example.org/a%20b">x</a> <abbr title="x">BSI</abbr>',
      '',
      '| left | right |',
      '|:-----|------:|',
      '| a    | b     |',
    ].join('\n');
    const { parsed, html } = compile(safe);
    expect(parsed.diagnostics.filter((d) => d.code.startsWith('H'))).toEqual([]);
    for (const href of ['https://www.bsi.bund.de/', 'mailto:it@example.org', 'tel:+49301234', '#top', 'other.html', 'https://example.org/a%20b']) {
      expect(html).toContain(`href="${href}"`);
    }
    expect(html).toContain('style="text-align:left"');
    expect(html).toContain('style="text-align:right"');
  });

  it('a link to an SVG file downloads it instead of opening it as a page of the course', () => {
    const { html } = compile('[Full size](images/diagram.svg) and <a href="content/01-x/map.SVG?x=1">map</a>, [page](page.html)');
    expect(html).toContain('<a href="images/diagram.svg" download="diagram.svg">Full size</a>');
    expect(html).toContain('<a href="content/01-x/map.SVG?x=1" download="map.SVG">map</a>');
    expect(html).toContain('<a href="page.html">page</a>');
  });
});
