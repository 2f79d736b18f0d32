/**
 * Mutations of real lessons and themes for the compiler's fuzz run: the mistakes authors make,
 * the damage files suffer, and the inputs an attacker would try. Everything is drawn from a seeded
 * PRNG, so a case is the same on every machine and can be replayed by its seed and number.
 */

import { mulberry32 } from '../shared/seededRandom.ts';

/** The PRNG of case `index` in a run with `seed`: each case can be replayed on its own. */
export function caseRandom(seed: number, index: number): () => number {
  return mulberry32(Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(index + 1, 0xc2b2ae35));
}

type Random = () => number;
export type SourceKind = 'lesson' | 'theme';

const int = (random: Random, max: number) => Math.floor(random() * max);
const pick = <T>(random: Random, items: readonly T[]): T => items[int(random, items.length)]!;
/** Mostly small numbers, sometimes huge ones: where the limits are. */
const size = (random: Random) => pick(random, [1, 2, 3, 10, 100, 1000, 3000, 10_000])!;

/** Characters that break parsers: controls, quotes, brackets, surrogate halves, BOM, RTL marks. */
const NASTY = [
  '\0',
  '\u0007',
  '\t',
  '\r',
  '\u000b',
  '"',
  "'",
  '`',
  '\\',
  '{',
  '}',
  '[',
  ']',
  '<',
  '>',
  '&',
  '*',
  '_',
  '#',
  ':',
  '|',
  '!',
  '%',
  '\uD800',
  '\uDC00',
  '\uFEFF',
  '\u202E',
  '\u00A0',
  'ß',
  'Ü',
  '😀',
];

/** Markdown an author might type, right or wrong. */
const MARKDOWN = [
  '::: check',
  ':::',
  '::::',
  '### ',
  '###',
  '## ',
  '# Title',
  '- [x]',
  '- [ ]',
  '- [x] ',
  '- [X] Yes',
  '- [ ] No',
  '-',
  '- ',
  '  > feedback',
  '>',
  '![x](../other/pic.svg)',
  '![](Übersicht.svg)',
  '![a](http://example.org/x.png)',
  '![a](<a b.svg>)',
  '![a](%E0%A4%A.svg)',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<!--',
  '-->',
  '<div>',
  '</div>',
  '[x]: http://example.org',
  '```',
  '~~~',
  '***',
  '| a | b |',
  '|---|---|',
  '{{ org.name }}',
  '{{ org.unknown }}',
  '{{',
  '}}',
  '{{ }}',
  '\\',
  '<details><summary>x</summary>',
  '1. one',
  '    code',
  '---',
  '...',
];

/** YAML an author might type, or an attacker would. */
const YAML = [
  ': :',
  '- - -',
  '? complex key',
  'key: [unclosed',
  "key: 'unclosed",
  'key: "unclosed',
  'key: &a value',
  'other: *a',
  'ref: *nowhere',
  '<<: *a',
  '!!binary aGVsbG8=',
  'tag: !custom x',
  '%YAML 1.1',
  '---',
  '...',
  '\tkey: tab',
  'title:',
  'title: ~',
  'title: null',
  'duration: -1',
  'duration: 1e400',
  'duration: .inf',
  'reviewed: 2026-13',
  'objectives: []',
  'objectives: {}',
  'sources: "x"',
  'title: [a, b]',
  'passMark: 0',
  'passMark: 101',
  'key: |',
  'key: >-',
  '  indented: deeper',
  'languages: [xx]',
  'primary: "#zzz"',
  'logo: ../../etc/passwd',
  'id: "a b"',
  'enabled: yes',
];

type Mutation = (lines: string[], random: Random, kind: SourceKind) => string[];

/** Where YAML goes: a lesson's frontmatter (between its "---" lines), anywhere in a theme. */
function yamlLine(lines: readonly string[], random: Random, kind: SourceKind): number {
  if (kind === 'theme') return int(random, lines.length + 1);
  const end = lines.indexOf('---', 1);
  return 1 + int(random, Math.max(1, end > 0 ? end : 1));
}

const insert = (lines: string[], at: number, ...added: string[]) => [...lines.slice(0, at), ...added, ...lines.slice(at)];
const anywhere = (lines: readonly string[], random: Random) => int(random, lines.length + 1);

const mutations: Record<string, Mutation> = {
  deleteLines: (lines, random) => {
    const at = int(random, lines.length);
    return [...lines.slice(0, at), ...lines.slice(at + 1 + int(random, 3))];
  },
  duplicateLines: (lines, random) => {
    const at = int(random, lines.length);
    const count = 1 + int(random, 5);
    return insert(lines, at, ...lines.slice(at, at + count));
  },
  swapLines: (lines, random) => {
    const copy = [...lines];
    const a = int(random, copy.length);
    const b = int(random, copy.length);
    [copy[a], copy[b]] = [copy[b]!, copy[a]!];
    return copy;
  },
  randomBytes: (lines, random) => {
    const text = lines.join('\n');
    const at = int(random, text.length + 1);
    const bytes = Array.from({ length: 1 + int(random, 20) }, () => (random() < 0.5 ? pick(random, NASTY) : String.fromCharCode(int(random, 0x3000))));
    return (text.slice(0, at) + bytes.join('') + text.slice(at + int(random, 3))).split('\n');
  },
  markdown: (lines, random) => insert(lines, anywhere(lines, random), pick(random, MARKDOWN)),
  unbalancedContainer: (lines, random) => {
    const copy = [...lines];
    const fences = copy.flatMap((line, index) => (line.startsWith(':::') ? [index] : []));
    if (fences.length > 0 && random() < 0.5) copy.splice(pick(random, fences), 1);
    else copy.splice(anywhere(copy, random), 0, pick(random, ['::: check', ':::', '::: check', '::: other']));
    return copy;
  },
  oddYaml: (lines, random, kind) => insert(lines, yamlLine(lines, random, kind), pick(random, YAML)),
  deepYamlBlock: (lines, random, kind) => {
    // One space deeper per level makes depth² / 2 characters: 1,000 levels are 500 KB (and overflow).
    const depth = Math.min(size(random), 1000);
    const nested = Array.from({ length: depth }, (_, level) => `${' '.repeat(level)}${random() < 0.5 ? 'k:' : '-'}`);
    return insert(lines, yamlLine(lines, random, kind), ...nested, 'top: back');
  },
  deepYamlFlow: (lines, random, kind) => {
    const depth = size(random);
    const [open, close] = random() < 0.5 ? ['[', ']'] : ['{a: ', '}'];
    return insert(lines, yamlLine(lines, random, kind), `deep: ${open.repeat(depth)}${random() < 0.8 ? close.repeat(depth) : ''}`);
  },
  deepYamlLine: (lines, random, kind) => {
    const marker = pick(random, ['- ', '? ', 'a: ']);
    return insert(lines, yamlLine(lines, random, kind), `${marker.repeat(size(random))}x`, 'top: back');
  },
  aliasBomb: (lines, random, kind) => {
    const levels = 1 + int(random, 9);
    const width = 2 + int(random, 9);
    const bomb = ['a0: &a0 [lol, lol]'];
    for (let level = 1; level <= levels; level++)
      bomb.push(
        `a${level}: &a${level} [${Array(width)
          .fill(`*a${level - 1}`)
          .join(', ')}]`,
      );
    return insert(lines, yamlLine(lines, random, kind), ...bomb);
  },
  deepMarkdown: (lines, random) => {
    const depth = size(random);
    const shape = pick(random, ['quote', 'list', 'emphasis', 'brackets']);
    const text =
      shape === 'quote'
        ? `${'>'.repeat(depth)} deep`
        : shape === 'list'
          ? Array.from({ length: Math.min(depth, 1000) }, (_, level) => `${'  '.repeat(level)}- item`).join('\n')
          : shape === 'emphasis'
            ? `${'*_'.repeat(depth)}x${'_*'.repeat(depth)}`
            : `${'[['.repeat(depth)}x${'](a)'.repeat(depth)}`;
    return insert(lines, anywhere(lines, random), ...text.split('\n'));
  },
  megabyteLine: (lines, random) => {
    const unit = pick(random, ['word ', '_a*', '`a', '<a ', '[a](', 'x', '{{ ', 'Wort. ', '![a](b) ', '\\*']);
    return insert(lines, anywhere(lines, random), unit.repeat(Math.ceil(1_000_000 / unit.length)));
  },
  longParagraph: (lines, random) => {
    // 5,000 words, about 40 KB: the old readability check needed gigabytes for half of that.
    const words = Array.from({ length: 5_000 }, () =>
      pick(random, ['Sicherheit', 'the', 'mail', 'Passwort', 'and', 'z. B.', 'etc.', 'Informationssicherheitsbeauftragte']),
    );
    const perLine = 12;
    const paragraph = Array.from({ length: words.length / perLine }, (_, line) => words.slice(line * perLine, (line + 1) * perLine).join(' '));
    return insert(lines, anywhere(lines, random), '', ...paragraph, '');
  },
  placeholderRun: (lines, random) => {
    const run = pick(random, [
      `{{${' '.repeat(size(random))}`,
      '{{'.repeat(size(random)),
      `{{ org.${'a'.repeat(size(random))}`,
      `${'{'.repeat(size(random))} org.name ${'}'.repeat(size(random))}`,
    ]);
    return insert(lines, anywhere(lines, random), `Text ${run} end`);
  },
  truncate: (lines, random) => {
    const text = lines.join('\n');
    return text.slice(0, int(random, text.length + 1)).split('\n');
  },
  lineEndings: (lines, random) => {
    const text = lines.join(pick(random, ['\r\n', '\r', '\n\n']));
    return [random() < 0.5 ? `\uFEFF${text}` : text];
  },
  indentation: (lines, random) => {
    const copy = [...lines];
    const at = int(random, copy.length);
    copy[at] = pick(random, ['  ', '\t', '    ', '']) + copy[at]!.trimStart();
    return copy;
  },
};

/** The rare, expensive mutations are picked less often, so 10,000 cases finish in minutes. */
const weights: Record<keyof typeof mutations, number> = {
  deleteLines: 10,
  duplicateLines: 8,
  swapLines: 6,
  randomBytes: 10,
  markdown: 12,
  unbalancedContainer: 6,
  oddYaml: 12,
  deepYamlBlock: 2,
  deepYamlFlow: 3,
  deepYamlLine: 3,
  aliasBomb: 4,
  deepMarkdown: 4,
  megabyteLine: 1,
  longParagraph: 1,
  placeholderRun: 5,
  truncate: 3,
  lineEndings: 3,
  indentation: 6,
};
const total = Object.values(weights).reduce((sum, weight) => sum + weight, 0);

function pickMutation(random: Random): string {
  let left = random() * total;
  for (const [name, weight] of Object.entries(weights)) {
    left -= weight;
    if (left < 0) return name;
  }
  return 'markdown';
}

/** One to three mutations of `text`; returns the new text and the names of what was done. */
export function mutate(text: string, kind: SourceKind, random: Random): { text: string; applied: string[] } {
  let lines = text.split('\n');
  const applied: string[] = [];
  const count = 1 + int(random, 3);
  for (let step = 0; step < count; step++) {
    const name = pickMutation(random);
    lines = mutations[name]!(lines.length > 0 ? lines : [''], random, kind);
    applied.push(name);
  }
  return { text: lines.join('\n'), applied };
}
