import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseLesson, type ParsedLesson } from '../../src/compiler/lesson/parseLesson.ts';

const dir = new URL('./fixtures/valid/', import.meta.url);
const names = readdirSync(dir)
  .filter((name) => name.endsWith('.md'))
  .sort();

function parse(name: string, source = readFileSync(new URL(name, dir), 'utf8')): ParsedLesson {
  const id = name.replace(/\.md$/, '');
  return parseLesson(source, `test/compiler/fixtures/valid/${name}`, { id, lang: 'en', assetBase: `content/${id}` });
}

describe('parseLesson: valid fixtures produce a model without errors', () => {
  it('has fixtures to run', () => {
    expect(names.length).toBeGreaterThanOrEqual(10);
  });

  for (const name of names) {
    it(name, () => {
      const { frontmatter, content, assets, diagnostics } = parse(name);
      // No errors, and no warnings either: a valid fixture shows the model only.
      expect(diagnostics).toEqual([]);
      expect({ frontmatter, content, assets, diagnostics }).toMatchSnapshot();
    });
  }
});

describe('parseLesson: what the valid fixtures show a learner', () => {
  it('reads the frontmatter, filling in the authors default', () => {
    expect(parse('minimal.md').frontmatter).toEqual({
      title: 'Fixture lesson',
      summary: 'A lesson written for the compiler tests.',
      duration: 5,
      objectives: ['You know the lesson format.'],
      reviewed: '2026-11',
      sources: [{ title: 'Wachsam test fixtures' }],
      authors: [],
    });
  });

  it('reads a source as a plain title or as a title with its address and date', () => {
    expect(parse('structured-sources.md').frontmatter?.sources).toEqual([
      { title: 'Wachsam test fixtures' },
      { title: 'NIST SP 800-63B-4, Digital Identity Guidelines', url: 'https://doi.org/10.6028/NIST.SP.800-63B-4', date: '2025-08' },
      { title: 'Regulation (EU) 2016/679', date: '2016' },
    ]);
  });

  it('starts a page at every "##" heading and uses it as the page title', () => {
    const { pages } = parse('minimal.md').content;
    expect(pages).toEqual([{ title: 'The only page', html: '<p>One paragraph of text.</p>' }]);
  });

  it('marks a question with one right answer as single choice, with ids in source order', () => {
    const [question] = parse('single-choice.md').content.questions;
    expect(question?.id).toBe('q1');
    expect(question?.multiple).toBe(false);
    expect(question?.answers.map((a) => [a.id, a.correct])).toEqual([
      ['a1', false],
      ['a2', true],
      ['a3', false],
    ]);
  });

  it('marks a question with several right answers ("[x]" or "[X]") as multiple choice', () => {
    const [question] = parse('multiple-choice.md').content.questions;
    expect(question?.multiple).toBe(true);
    expect(question?.answers.map((a) => a.correct)).toEqual([true, false, true]);
  });

  it('keeps text between heading and answers as the stem, text after them as the explanation', () => {
    const [question] = parse('stem-and-explanation.md').content.questions;
    expect(question?.stem).toBe('<p>A known supplier writes that its bank details have changed.\nThe mail is polite and has no mistakes.</p>');
    expect(question?.explanation).toBe('<p>New bank details are a classic trick. Check them over a channel you already know.</p>');
  });

  it('puts text before the first "##" on a first page titled with the lesson title', () => {
    const { pages } = parse('content-before-first-heading.md').content;
    expect(pages.map((page) => page.title)).toEqual(['Fixture lesson', 'Second page']);
    expect(pages[0]?.html).toBe('<p>This text comes before any page heading.</p>');
  });

  it('demotes "###" to h2 and "####" to h3 inside a page', () => {
    const [page] = parse('subheadings.md').content.pages;
    expect(page?.html).toContain('<h2>On two kinds of media</h2>');
    expect(page?.html).toContain('<h3>One copy off site</h3>');
    expect(page?.html).not.toMatch(/<h4/);
  });

  it('points an image at the asset base and lists it with its place in the file', () => {
    const { content, assets } = parse('image-with-alt.md');
    expect(content.pages[0]?.html).toContain('<img src="content/image-with-alt/images/phishing-mail.svg" alt="A mail with a fake login link" />');
    expect(assets).toEqual([{ src: 'images/phishing-mail.svg', line: 16, col: 34 }]);
  });

  it('keeps allowed raw HTML such as <kbd> and <abbr title>', () => {
    const html = parse('allowed-raw-html.md').content.pages[0]?.html;
    expect(html).toContain('<kbd>Win</kbd> + <kbd>L</kbd>');
    expect(html).toContain('<abbr title="Federal Office for Information Security">BSI</abbr>');
  });

  it('renders inline Markdown in prompts, answers and feedback, without the "[ ]" marker', () => {
    const [question] = parse('inline-markdown-in-check.md').content.questions;
    expect(question?.prompt).toBe('What does a <em>padlock</em> in the browser prove?');
    expect(question?.answers.map((a) => a.html)).toEqual(['The page is <strong>genuine</strong>.', 'The connection is <code>https</code>-encrypted.']);
    expect(question?.answers[0]?.feedback).toContain('<a href="https://www.bsi.bund.de/">the BSI advice</a>');
  });

  it('reads a file with CRLF line endings and a BOM exactly like its LF twin', () => {
    const bytes = readFileSync(new URL('crlf-and-bom.md', dir));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8')).toContain('\r\n');
    const plain = bytes
      .toString('utf8')
      .replace(/^\uFEFF/, '')
      .replace(/\r\n/g, '\n');
    expect(parse('crlf-and-bom.md')).toEqual(parse('crlf-and-bom.md', plain));
    expect(parse('crlf-and-bom.md').content.pages[0]?.title).toBe('Windows line endings');
  });
});

describe('parseLesson: inline data images', () => {
  it('keeps a data: image, which needs no network, and copies nothing', () => {
    const { content, assets } = parse('data-image.md');
    expect(content.pages[0]?.html).toContain('<img src="data:image/png;base64,iVBORw0KGgo=" alt="A red dot" />');
    expect(assets).toEqual([]);
  });
});
