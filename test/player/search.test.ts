import { describe, expect, it } from 'vitest';
import type { SearchIndex } from '../../src/shared/courseModel.ts';
import { foldText, queryWords } from '../../src/player/search/foldText.ts';
import type { Segment } from '../../src/player/search/highlight.ts';
import { searchPages, snippetOf } from '../../src/player/search/searchPages.ts';

/** Segments as text with the marks in brackets: "[Passwort]manager". */
const shown = (segments: Segment[]) => segments.map((segment) => (typeof segment === 'string' ? segment : `[${segment.mark}]`)).join('');

const index: SearchIndex = {
  lang: 'de',
  pages: [
    { lesson: '04-passwords', page: 1, title: 'Gute Passwörter', text: 'Ein langes Passwort schützt. Ein Einmalpasswort auch.' },
    { lesson: '04-passwords', page: 2, title: 'Der Tresor', text: 'Ein Passwortmanager merkt sich alle Passwörter. Die Straße ist lang.' },
    { lesson: '02-email', page: 1, title: 'Phishing', text: 'Prüfen Sie den Absender. GROSSE Buchstaben helfen nicht.' },
  ],
};

describe('foldText', () => {
  it('folds case, umlauts, accents and ß, and maps every folded character back', () => {
    const folded = foldText('Straße Öl Café', 'de');
    expect(folded.folded).toBe('strasse ol cafe');
    // Both s of "ß" come from the one character at 4.
    expect([folded.start[4], folded.end[4], folded.start[5], folded.end[5]]).toEqual([4, 5, 4, 5]);
  });

  it('reads ae, oe and ue as ä, ö and ü in German only', () => {
    expect(foldText('Passwoerter', 'de').folded).toBe(foldText('Passwörter', 'de').folded);
    expect(foldText('Passworter', 'de').folded).toBe(foldText('Passwörter', 'de').folded);
    expect(foldText('does', 'en').folded).toBe('does');
  });

  it('takes the query apart into folded words of two letters or more', () => {
    expect(queryWords(' Passwort-Manager, a  STRASSE ', 'de')).toEqual(['passwort', 'manager', 'strasse']);
  });
});

describe('searchPages', () => {
  it('finds a word inside compounds, at their start, middle and end, and marks only the match', () => {
    const hits = searchPages(index, 'passwort');
    expect(hits.map((hit) => `${hit.lesson}/${hit.page}`)).toEqual(['04-passwords/1', '04-passwords/2']);
    expect(shown(hits[0]!.snippet)).toBe('Ein langes [Passwort] schützt. Ein Einmal[passwort] auch.');
    expect(shown(hits[1]!.snippet)).toContain('Ein [Passwort]manager merkt sich alle [Passwört]er.');
    expect(shown(searchPages(index, 'Manager')[0]!.snippet)).toContain('Passwort[manager]');
  });

  it('finds umlauts and ß however they are written, and marks the original spelling', () => {
    for (const query of ['Passwörter', 'passwoerter', 'PASSWORTER']) expect(shown(searchPages(index, query)[0]!.title), query).toBe('Gute [Passwörter]');
    expect(shown(searchPages(index, 'strasse')[0]!.snippet)).toContain('Die [Straße] ist');
    expect(shown(searchPages(index, 'Straße')[0]!.snippet)).toContain('Die [Straße] ist');
    // "ß" in the query finds "SS" in the text, and half of "ß" still marks the whole letter.
    expect(shown(searchPages(index, 'große')[0]!.snippet)).toContain('[GROSSE]');
    expect(shown(searchPages(index, 'stras')[0]!.snippet)).toContain('[Straß]e');
  });

  it('reads a hyphenated compound as one word: "Passwortmanager" finds "Passwort-Manager", "Email" finds "E-Mail"', () => {
    const hyphens: SearchIndex = {
      lang: 'de',
      pages: [{ lesson: '04-passwords', page: 3, title: 'Ein Passwort-Manager', text: 'Eine E-Mail mit Link, - nicht mehr.' }],
    };
    expect(shown(searchPages(hyphens, 'Passwortmanager')[0]!.title)).toBe('Ein [Passwort-Manager]');
    expect(shown(searchPages(hyphens, 'Passwort-Manager')[0]!.title)).toBe('Ein [Passwort]-[Manager]');
    expect(shown(searchPages(hyphens, 'email')[0]!.snippet)).toBe('Eine [E-Mail] mit Link, - nicht mehr.');
  });

  it('wants every word of the query, and ranks title matches first, then the most matches', () => {
    expect(searchPages(index, 'Passwort Tresor').map((hit) => hit.page)).toEqual([2]);
    expect(searchPages(index, 'Passwort Phishing')).toEqual([]);
    const ranked = searchPages(index, 'passwörter');
    expect(ranked.map((hit) => hit.page)).toEqual([1, 2]);
    expect(searchPages(index, 'ein').map((hit) => hit.page)).toEqual([1, 2]);
  });

  it('finds nothing for unknown words or a query without a word of two letters', () => {
    expect(searchPages(index, 'Firewall')).toEqual([]);
    expect(searchPages(index, 'a - ?')).toEqual([]);
    expect(searchPages(index, '')).toEqual([]);
  });
});

describe('snippetOf', () => {
  it('shows the part with the most matches, cut at spaces, with an ellipsis where text is left out', () => {
    const text = `${'Vorweg kommt viel Text. '.repeat(10)}Hier steht Wort und noch ein Wort. ${'Danach kommt mehr. '.repeat(20)}`;
    const ranges: [number, number][] = [...text.matchAll(/Wort/g)].map((match) => [match.index, match.index + 4]);
    const snippet = shown(snippetOf(text, ranges));
    expect(snippet.startsWith('… ')).toBe(true);
    expect(snippet.endsWith(' …')).toBe(true);
    expect(snippet).toContain('Hier steht [Wort] und noch ein [Wort].');
    expect(snippet.length).toBeLessThan(200);
  });
});
