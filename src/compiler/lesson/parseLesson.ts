import type { MarkdownIt } from 'markdown-it';
import type { LessonContent, LessonPage, Question } from '../../shared/courseModel.ts';
import type { Diagnostic, Position } from '../diagnostics/diagnostics.ts';
import { DiagnosticSink } from '../diagnostics/diagnostics.ts';
import { authoredText } from './authoredText.ts';
import { parseCheck } from './knowledgeCheck.ts';
import { inspectTokens, type AssetReference } from './lessonAssets.ts';
import { parseLessonFrontmatter, splitFrontmatter, type LessonFrontmatter } from './lessonFrontmatter.ts';
import { checkPlaceholders, fillPlaceholders } from './placeholders.ts';
import { type ReadingTime, readingTime } from './readingTime.ts';
import type { TextBlock } from './textBlock.ts';
import { createMarkdown, lineOf, plainText, render, renderInline, topLevelBlocks, type Token } from './markdown.ts';

export interface ParseLessonOptions {
  id: string;
  lang: string;
  /** Path, relative to the player's index.html, under which the lesson's images are published. */
  assetBase: string;
  /**
   * The theme's local facts in this lesson's language, for `{{ org.name }}` placeholders. Without them
   * (no theme, or one with errors) placeholders stay as written and are not reported.
   */
  variables?: Readonly<Record<string, string>>;
  /**
   * The facts whose value the organisation changed: a lesson that uses one counts as adapted (the about
   * page lists it). @default every fact
   */
  changedFacts?: ReadonlySet<string>;
}

export interface ParsedLesson {
  /** Undefined when the frontmatter is unusable. */
  frontmatter: LessonFrontmatter | undefined;
  content: LessonContent;
  assets: AssetReference[];
  /** True when the lesson has a `::: check` container. */
  hasCheck: boolean;
  /** True when the lesson uses the theme's local facts (placeholders). */
  localised: boolean;
  /** Everything a learner reads, block by block with its line, for readability checks. */
  textBlocks: TextBlock[];
  /** The author's own words as written, columns kept, without placeholders, code and addresses (see authoredText.ts). */
  authoredText: TextBlock[];
  /** Where each question's "###" heading is, in the order of `content.questions`. */
  questionPositions: Position[];
  /** The estimated time for the lesson, from its words and questions: `duration` when the frontmatter gives none. */
  readingTime: ReadingTime;
  /** Line of the `reviewed:` key, for the warning when the facts are over a year old. */
  reviewedLine: number;
  /** Line of the `duration:` key, or undefined when the frontmatter has none. */
  durationLine: number | undefined;
  diagnostics: Diagnostic[];
}

let shared: MarkdownIt | undefined;

function markdown(): MarkdownIt {
  if (!shared) shared = createMarkdown();
  return shared;
}

/**
 * Longest line read, in characters. Markdown-it's inline rules take seconds on a megabyte of
 * emphasis markers in one line; a real paragraph is far below this.
 */
export const MAX_LINE = 10_000;

/**
 * Turns one lesson file's text into its model. Pure: never touches the file system, and never
 * throws: a failure of its own is reported as R005, with what it found until then.
 */
export function parseLesson(source: string, file: string, options: ParseLessonOptions): ParsedLesson {
  const sink = new DiagnosticSink(file);
  try {
    return parse(source, sink, options);
  } catch (error) {
    sink.report('R005', { line: 1, col: 1 }, { what: 'reading this lesson', detail: oneLine(error) });
    return {
      frontmatter: undefined,
      content: { id: options.id, lang: options.lang, objectives: [], pages: [], questions: [] },
      assets: [],
      hasCheck: false,
      localised: false,
      textBlocks: [],
      authoredText: [],
      questionPositions: [],
      readingTime: { words: 0, questions: 0, minutes: 1 },
      reviewedLine: 1,
      durationLine: undefined,
      diagnostics: sink.items,
    };
  }
}

/** An unexpected error as one line for a diagnostic: its message, never a stack trace. */
export function oneLine(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return text.split('\n')[0]!.slice(0, 200);
}

function parse(source: string, sink: DiagnosticSink, options: ParseLessonOptions): ParsedLesson {
  const md = markdown();
  const split = splitFrontmatter(shortLines(source, sink));
  const variables = options.variables ?? {};
  // Both texts are checked, so every unknown placeholder is reported, not just the first file part's.
  const inFrontmatter = checkPlaceholders(split.yaml ?? '', split.yamlFirstLine, options.variables, sink);
  const inBody = checkPlaceholders(split.body, 1, options.variables, sink);
  const frontmatter = fillFrontmatter(parseLessonFrontmatter(split, sink), variables);
  const body = fillPlaceholders(split.body, variables);
  const lines = body.split('\n');
  const tokens = md.parse(body, {});
  const assets = inspectTokens(tokens, lines, options.assetBase, sink);

  const pages: { title: string; tokens: Token[] }[] = [];
  const questions: Question[] = [];
  const questionPositions: Position[] = [];
  let hasCheck = false;
  for (const block of topLevelBlocks(tokens)) {
    const first = block[0]!;
    if (first.type === 'container_check_open') {
      hasCheck = true;
      checkClosed(block, lines, sink);
      for (const { question, at } of parseCheck(md, block, lines, sink, questions.length + 1)) {
        questions.push(question);
        questionPositions.push(at);
      }
    } else if (first.type === 'heading_open' && (first.tag === 'h1' || first.tag === 'h2')) {
      if (first.tag === 'h1') sink.report('P001', { line: lineOf(first), col: 1 });
      pages.push({ title: plainText(renderInline(md, block[1]!)), tokens: [] });
    } else {
      if (pages.length === 0) pages.push({ title: frontmatter?.title ?? '', tokens: [] });
      pages[pages.length - 1]!.tokens.push(...block);
    }
  }

  const rendered: LessonPage[] = pages.map((page) => ({ title: page.title, html: render(md, demoteHeadings(page.tokens)) }));
  if (!rendered.some((page) => page.html !== '')) sink.report('L003', { line: 1, col: 1 });
  if (!hasCheck) sink.report('Q007', { line: 1, col: 1 });

  const textBlocks = tokens
    .filter((token) => token.type === 'inline')
    .map((token) => ({ text: plainText(renderInline(md, token)), line: lineOf(token) }))
    .filter((block) => block.text !== '');
  return {
    frontmatter,
    content: { id: options.id, lang: options.lang, objectives: frontmatter?.objectives ?? [], pages: rendered, questions },
    assets,
    hasCheck,
    localised: [...inFrontmatter, ...inBody].some((name) => !options.changedFacts || options.changedFacts.has(name)),
    reviewedLine: keyLine(split, 'reviewed') ?? split.yamlFirstLine,
    durationLine: frontmatter?.duration === undefined ? undefined : keyLine(split, 'duration'),
    textBlocks,
    authoredText: authoredText(tokens, split.body, split.yaml, split.yamlFirstLine),
    questionPositions,
    readingTime: readingTime(options.lang, textBlocks, questions.length),
    diagnostics: sink.items,
  };
}

/** The line of a top-level frontmatter key, if the frontmatter has it. */
function keyLine(split: { yaml: string | undefined; yamlFirstLine: number }, key: string): number | undefined {
  const index = (split.yaml ?? '').split('\n').findIndex((line) => line.startsWith(`${key}:`));
  return index < 0 ? undefined : split.yamlFirstLine + index;
}

function fillFrontmatter(front: LessonFrontmatter | undefined, values: Readonly<Record<string, string>>): LessonFrontmatter | undefined {
  if (!front) return undefined;
  const fill = (text: string) => fillPlaceholders(text, values);
  return {
    ...front,
    title: fill(front.title),
    summary: fill(front.summary),
    objectives: front.objectives.map(fill),
    sources: front.sources.map((source) => ({ ...source, title: fill(source.title) })),
  };
}

/** Cuts lines over MAX_LINE characters (reporting each as P004), keeping every line number. */
function shortLines(source: string, sink: DiagnosticSink): string {
  const lines = source.split(/\r\n?|\n/);
  if (lines.every((line) => line.length <= MAX_LINE)) return source;
  return lines
    .map((line, index) => {
      if (line.length <= MAX_LINE) return line;
      sink.report('P004', { line: index + 1, col: MAX_LINE + 1 }, { length: line.length, max: MAX_LINE });
      return line.slice(0, MAX_LINE);
    })
    .join('\n');
}

/** The page title is the page's h1 in the player, so `###` becomes h2, and so on. */
function demoteHeadings(tokens: Token[]): Token[] {
  for (const token of tokens) {
    if (token.type === 'heading_open' || token.type === 'heading_close') {
      const level = Number(token.tag.slice(1));
      token.tag = `h${Math.max(2, level - 1)}`;
    }
  }
  return tokens;
}

/** markdown-it-container closes a container silently at the end of the file; authors want to know. */
function checkClosed(block: Token[], lines: readonly string[], sink: DiagnosticSink): void {
  const open = block[0]!;
  const end = open.map?.[1] ?? 0;
  const closing = (lines[end] ?? '').trim();
  if (!/^:{3,}$/.test(closing)) sink.report('Q006', { line: lineOf(open), col: 1 });
}
