import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkGlossary, type Glossary, glossaryMatcher, parseGlossary } from '../../../src/compiler/checks/glossary.ts';
import { DiagnosticSink } from '../../../src/compiler/diagnostics/diagnostics.ts';
import { lessonSource, parse } from './lessonSource.ts';

const { glossary: course } = parseGlossary(readFileSync('docs/glossary.yaml', 'utf8'), 'docs/glossary.yaml');

/** The terms found in a lesson's text, as `line:col term`. */
function found(source: string, lang: string, glossary: Glossary = course!): string[] {
  const parsed = parse(source, lang);
  const sink = new DiagnosticSink(`lessons/01-fixture/${lang}.md`);
  checkGlossary(parsed.authoredText, glossaryMatcher(glossary, lang), sink, 'docs/glossary.yaml');
  for (const item of sink.items) expect(item.code).toBe('L009');
  return sink.items.sort((a, b) => a.line - b.line || a.col - b.col).map((item) => `${item.line}:${item.col} ${/^"([^"]+)"/.exec(item.message)![1]}`);
}

/** The terms found in one paragraph of German page text, as written. */
const inGerman = (paragraph: string) =>
  found(lessonSource({ body: paragraph, questions: [] }).replace('::: check\n:::\n', ''), 'de').map((hit) => hit.split(' ').slice(1).join(' '));

describe('the glossary check (L009)', () => {
  it('reads the course glossary without problems', () => {
    expect(parseGlossary(readFileSync('docs/glossary.yaml', 'utf8'), 'docs/glossary.yaml').diagnostics).toEqual([]);
    expect(Object.keys(course!)).toEqual(['de', 'en']);
  });

  it('finds "Mail" alone, in the plural and in hyphenated compounds, but not in "E-Mail" and its compounds', () => {
    expect(inGerman('Eine Mail, zwei Mails, die Mail-Adresse, eine Phishing-Mail.')).toEqual(['Mail', 'Mails', 'Mail', 'Mail']);
    expect(inGerman('Eine E-Mail, zwei E-Mails, die E-Mail-Adresse, eine Phishing-E-Mail.')).toEqual([]);
    // Whole words only: closed compounds and other words that merely contain it are left alone.
    expect(inGerman('Die Mailbox, das Mailing, Mailand, Gmail und Hotmail.')).toEqual([]);
  });

  it('ignores case, and finds a compound prefix ending in "-" only as a prefix', () => {
    expect(inGerman('Ihr handy. Das Dienst-Handy. Gratis-WLAN und Gratis- oder Rabattangebote. Es ist gratis.')).toEqual([
      'handy',
      'Handy',
      'Gratis-',
      'Gratis-',
    ]);
  });

  it('leaves "Bürgern" alone in "Bürgerinnen und Bürgern", even across a line break, and finds it elsewhere', () => {
    expect(inGerman('Daten von Bürgerinnen und Bürgern. Daten von Bürgerinnen und\nBürgern. Daten von Bürgern.')).toEqual(['Bürgern']);
  });

  it('finds a phrase across a line break, at its line and column', () => {
    const source = lessonSource({ body: 'You get\na mail from afar.', questions: [] });
    const line = source.split('\n').indexOf('a mail from afar.') + 1;
    expect(found(source, 'en')).toEqual([`${line}:1 a mail`, `${line}:8 from afar`]);
  });

  it('checks page text, headings, questions, answers, feedback and the title, summary and objectives, but not sources', () => {
    const source = lessonSource({
      title: 'Mails und Handys',
      body: '### Das Handy\n\nText.',
      questions: [
        {
          heading: 'Ihr Handy?',
          stem: 'Eine Mail.',
          answers: [
            [true, 'Das Backup.'],
            [false, 'Nein.'],
          ],
        },
      ],
    })
      .replace('  - You know the lesson format.', '  - Sie sind eingeloggt.')
      .replace('"Wachsam test fixtures"', '"BSI: Mail und Handy"')
      .replace('  > Feedback.', '  > Ihr Promi.');
    expect(found(source, 'de').map((hit) => hit.split(' ').slice(1).join(' '))).toEqual([
      'Mails',
      'Handys',
      'eingeloggt',
      'Handy',
      'Handy',
      'Mail',
      'Backup',
      'Promi',
    ]);
  });

  it('does not check code, web and mail addresses, link targets, HTML tags or placeholders', () => {
    const body = [
      'Type `mail --send` or open https://example.org/mails or www.example.org/mail.',
      'Write to mail@example.org; read [the guide](https://example.org/mail "mail").',
      '<abbr title="Mail">E-Mail</abbr>, {{ org.mail }} and ![A picture](mail.svg).',
    ].join('\n\n');
    expect(inGerman(body)).toEqual([]);
  });

  it('reports a wrong glossary entry at its place, as a glossary key', () => {
    const { glossary, diagnostics } = parseGlossary('de:\n  - avoid: [Mail]\n    usse: E-Mail\n', 'docs/glossary.yaml');
    expect(glossary).toBeUndefined();
    expect(diagnostics.map((d) => `${d.line}:${d.col} ${d.code} ${d.message}`)).toEqual([
      '2:5 F002 Missing glossary key "de.0.use".',
      '3:5 F001 Unknown glossary key "usse".',
    ]);
  });
});
