import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { DiagnosticCode } from '../../src/compiler/diagnostics/catalogue.ts';
import type { Severity } from '../../src/compiler/diagnostics/diagnostics.ts';
import { formatDiagnostic } from '../../src/compiler/diagnostics/formatDiagnostics.ts';
import { parseLesson, type ParsedLesson } from '../../src/compiler/lesson/parseLesson.ts';

const dir = new URL('./fixtures/invalid/', import.meta.url);
const names = readdirSync(dir)
  .filter((name) => name.endsWith('.md'))
  .sort();

type Expected = [code: DiagnosticCode, severity: Severity, line: number, col: number];

/**
 * What each fixture proves: exactly these diagnostics, in this order, at these places.
 * Positions were read off the fixture files (1-based line and column).
 */
const expected: Record<string, Expected[]> = {
  // `title: Phishing: what now?`: the value, at its first character.
  'invalid-yaml.md': [['Y001', 'error', 2, 8]],
  // `autors:`, a typo of the optional key `authors`: the key itself.
  'unknown-key.md': [['F001', 'error', 10, 1]],
  // `sources:` absent: nothing to point at, so the start of the frontmatter.
  'missing-key.md': [['F002', 'error', 2, 1]],
  // Three structured sources: a URL without https:// and a German date at their values, the typo `link:` at its key.
  'bad-sources.md': [
    ['F003', 'error', 10, 10],
    ['F003', 'error', 12, 11],
    ['F001', 'error', 14, 5],
  ],
  // `duration: ten`: the value.
  'wrong-type.md': [['F003', 'error', 4, 11]],
  // `reviewed: 11/2026`: the value.
  'bad-reviewed.md': [['F003', 'error', 7, 11]],
  'no-frontmatter.md': [['F004', 'error', 1, 1]],
  // The "###" heading of the question whose answers are all "[ ]".
  'no-right-answer.md': [['Q001', 'error', 17, 1]],
  // The "###" heading of the question with a single answer.
  'one-answer.md': [['Q002', 'error', 17, 1]],
  // `- [ ] No.` without "  >" feedback: the answer's "[".
  'answer-without-feedback.md': [['Q003', 'warning', 20, 3]],
  // `- No.`: no "[" to point at, so the list item.
  'answer-without-marker.md': [['Q008', 'error', 20, 1]],
  // `::: check` directly followed by `:::`.
  'check-without-questions.md': [['Q004', 'error', 16, 1]],
  // `::: check` with no closing `:::` before the end of the file.
  'unclosed-check.md': [['Q006', 'error', 16, 1]],
  // The paragraph between `::: check` and the first "###".
  'text-before-first-question.md': [['Q005', 'error', 17, 1]],
  // Frontmatter and a check, but no page text: about the whole file.
  'empty-lesson.md': [['L003', 'error', 1, 1]],
  // `<script>` on its own line; `<span onclick=…>` and `<a href="javascript:…">` in one paragraph:
  // each attribute at its own place, the link as H002.
  'raw-html-script.md': [
    ['H001', 'warning', 16, 1],
    ['H001', 'warning', 18, 13],
    ['H002', 'warning', 18, 62],
  ],
  // `![…](https://example.org/…)`: the URL after "](".
  'remote-image.md': [['A002', 'error', 14, 34]],
  // `![](phishing-mail.svg)`: the path after "](".
  'image-without-alt.md': [['P002', 'warning', 16, 5]],
  // `# The only page`.
  'h1-heading.md': [['P001', 'warning', 12, 1]],
  // No `::: check` anywhere: about the whole file.
  'no-check.md': [['Q007', 'warning', 1, 1]],
  // Two raw <img> in one paragraph: each at its own "<img" (they are neither checked nor copied).
  'raw-img.md': [
    ['H001', 'warning', 14, 7],
    ['H001', 'warning', 14, 51],
  ],
  // `<script>` on the second line of a three-line HTML block, indented by two.
  'raw-html-block-lines.md': [['H001', 'warning', 15, 3]],
  // `![](Übersicht.svg)`: an umlaut in the path; the place is the path after "](".
  'image-path-encoded.md': [['P002', 'warning', 15, 5]],
  // Allowed `<abbr>` and `<span>` come first; the warnings point at the `<a>`'s href and the second `<span>`'s onclick.
  'raw-html-second-tag.md': [
    ['H002', 'warning', 14, 40],
    ['H001', 'warning', 14, 98],
  ],
  // `- [ ]` with nothing after the marker: the answer's "[".
  'answer-without-text.md': [['Q009', 'error', 20, 3]],
  // `###` with nothing after it: the heading.
  'question-without-text.md': [['Q010', 'error', 17, 1]],
  // Nine anchors, each repeating the one before nine times: the first alias, where the repeating starts.
  'yaml-alias-bomb.md': [['Y002', 'error', 11, 8]],
  // 150 nested "[": the bracket that opens level 101.
  'yaml-too-deep.md': [['Y003', 'error', 10, 107]],
  // `hello` between the "---" lines: a scalar, not keys.
  'scalar-frontmatter.md': [['F005', 'error', 2, 1]],
};

function parse(name: string): ParsedLesson {
  const source = readFileSync(new URL(name, dir), 'utf8');
  const id = name.replace(/\.md$/, '');
  return parseLesson(source, `test/compiler/fixtures/invalid/${name}`, { id, lang: 'en', assetBase: `content/${id}` });
}

describe('parseLesson: invalid fixtures report their one problem', () => {
  it('has an expectation for every fixture and a fixture for every expectation', () => {
    expect(names).toEqual(Object.keys(expected).sort());
  });

  for (const name of names) {
    it(name, () => {
      const { diagnostics } = parse(name);
      expect(diagnostics.map((d) => [d.code, d.severity, d.line, d.col])).toEqual(expected[name]);
      expect(diagnostics.map(formatDiagnostic).join('\n')).toMatchSnapshot();
    });
  }
});

describe('parseLesson: what broken lessons still produce', () => {
  it('removes <script>, event handlers and javascript: links from the output, keeping their text', () => {
    const { content } = parse('raw-html-script.md');
    const html = JSON.stringify(content);
    expect(html).not.toContain('<script');
    expect(html).not.toContain('alert(');
    expect(html).not.toContain('onclick');
    expect(html).not.toContain('javascript:');
    expect(content.pages[0]?.html).toContain('<span>click here</span>');
    expect(content.pages[0]?.html).toContain('<a>this link</a>');
  });

  it('names the removed HTML in the warnings', () => {
    expect(parse('raw-html-script.md').diagnostics.map((d) => d.message)).toEqual([
      'Raw HTML <script> is not allowed and was removed.',
      'Raw HTML attribute "onclick" on <span> is not allowed and was removed.',
      'Link "javascript:alert(1)" was removed: "javascript:" links can run script or open content no one checked.',
    ]);
  });

  it('drops a question it cannot grade but keeps the pages', () => {
    for (const name of ['no-right-answer.md', 'one-answer.md', 'answer-without-marker.md']) {
      const { content } = parse(name);
      expect(content.questions, name).toEqual([]);
      expect(
        content.pages.map((page) => page.title),
        name,
      ).toEqual(['The only page']);
    }
  });

  it('keeps a question whose answer only lacks feedback, with empty feedback', () => {
    const [question] = parse('answer-without-feedback.md').content.questions;
    expect(question?.answers.map((a) => a.feedback)).toEqual(['<p>Right: it ends with a question mark.</p>', '']);
  });

  it('gives no frontmatter when it is unusable, so the lesson cannot be built', () => {
    for (const name of ['invalid-yaml.md', 'unknown-key.md', 'missing-key.md', 'wrong-type.md', 'no-frontmatter.md']) {
      expect(parse(name).frontmatter, name).toBeUndefined();
    }
  });

  it('removes raw <img>, which would bypass the image checks, and keeps the text around it', () => {
    const { content, assets } = parse('raw-img.md');
    expect(content.pages[0]?.html).toBe('<p>Look:  and .</p>');
    expect(assets).toEqual([]);
  });

  it('does not list a remote image as an asset to copy', () => {
    expect(parse('remote-image.md').assets).toEqual([]);
  });

  it('tells an answer or a question without text from an unmarked answer', () => {
    expect(parse('answer-without-text.md').diagnostics[0]?.message).toBe('Answer #2 has no text.');
    expect(parse('question-without-text.md').diagnostics[0]?.message).toBe('Question #1 has no text.');
    expect(parse('question-without-text.md').content.questions).toEqual([]);
  });

  it('names the key, the question and the answer in messages', () => {
    expect(parse('unknown-key.md').diagnostics[0]?.hint).toContain('authors');
    expect(parse('missing-key.md').diagnostics[0]?.message).toBe('Missing frontmatter key "sources".');
    expect(parse('no-right-answer.md').diagnostics[0]?.message).toBe('Question "Which of these is a strong password?" has no correct answer.');
    expect(parse('one-answer.md').diagnostics[0]?.message).toContain('has 1 answer(s)');
    expect(parse('answer-without-feedback.md').diagnostics[0]?.message).toBe('Answer "No." has no feedback.');
  });
});
