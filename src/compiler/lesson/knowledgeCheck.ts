import type { MarkdownIt } from 'markdown-it';
import type { Answer, Question } from '../../shared/courseModel.ts';
import type { DiagnosticSink, Position } from '../diagnostics/diagnostics.ts';
import { indentColumn, lineOf, plainText, render, renderInline, shorten, topLevelBlocks, type Token } from './markdown.ts';

const MARKER = /^\[( |x|X)\]\s+/;
/** A marker and nothing else: an answer without text, not an unmarked one. */
const BARE_MARKER = /^\[( |x|X)\]$/;

/** A question with the place of its "###" heading, for the author checks that point at it. */
export interface CheckQuestion {
  question: Question;
  at: Position;
}

/**
 * Reads the questions of one `::: check` container (its tokens, open to close).
 * Reports problems and returns the questions it could read.
 */
export function parseCheck(md: MarkdownIt, container: Token[], lines: readonly string[], sink: DiagnosticSink, firstNumber: number): CheckQuestion[] {
  const questions: CheckQuestion[] = [];
  let current: Token[][] | undefined;
  const groups: Token[][][] = [];
  for (const block of topLevelBlocks(container.slice(1, -1))) {
    const first = block[0]!;
    if (first.type === 'heading_open' && first.tag === 'h3') {
      current = [block];
      groups.push(current);
    } else if (current) {
      current.push(block);
    } else {
      sink.report('Q005', at(first, lines), { what: 'text before the first "###" question' });
    }
  }
  if (groups.length === 0) sink.report('Q004', at(container[0]!, lines));
  for (const [index, group] of groups.entries()) {
    const question = parseQuestion(md, group, lines, sink, `q${firstNumber + questions.length}`, `#${index + 1}`);
    if (question) questions.push({ question, at: at(group[0]![0]!, lines) });
  }
  return questions;
}

function parseQuestion(
  md: MarkdownIt,
  [heading, ...rest]: Token[][],
  lines: readonly string[],
  sink: DiagnosticSink,
  id: string,
  number: string,
): Question | undefined {
  const prompt = renderInline(md, heading![1]!);
  const name = shorten(plainText(prompt)) || number;
  const untitled = plainText(prompt) === '';
  if (untitled) sink.report('Q010', at(heading![0]!, lines), { label: number });
  const stem: Token[] = [];
  const explanation: Token[] = [];
  let list: Token[] | undefined;
  for (const block of rest) {
    const first = block[0]!;
    if (first.type === 'bullet_list_open' || first.type === 'ordered_list_open') {
      if (list) sink.report('Q005', at(first, lines), { what: 'second answer list (one list of answers per question)' });
      else list = block;
    } else if (first.type === 'heading_open') {
      sink.report('Q005', at(first, lines), { what: `"${first.markup}" heading (questions start with "###")` });
    } else {
      (list ? explanation : stem).push(...block);
    }
  }
  const answers = list ? parseAnswers(md, list, lines, sink) : [];
  let valid = !untitled && answers.every((answer) => answer !== undefined);
  if (answers.length < 2) {
    sink.report('Q002', at(heading![0]!, lines), { question: name, count: answers.length });
    valid = false;
  } else if (answers.every((answer) => answer !== undefined) && !answers.some((answer) => answer!.correct)) {
    sink.report('Q001', at(heading![0]!, lines), { question: name });
    valid = false;
  }
  if (!valid) return undefined;
  const good = answers as Answer[];
  return {
    id,
    prompt,
    stem: render(md, stem),
    multiple: good.filter((answer) => answer.correct).length > 1,
    answers: good,
    explanation: render(md, explanation),
  };
}

function parseAnswers(md: MarkdownIt, list: Token[], lines: readonly string[], sink: DiagnosticSink): (Answer | undefined)[] {
  const items = topLevelBlocks(list.slice(1, -1));
  return items.map((item, index) => {
    const parts = topLevelBlocks(item.slice(1, -1));
    const lead = parts[0];
    const inline = lead?.[0]?.type === 'paragraph_open' ? lead[1] : undefined;
    const marker = inline ? MARKER.exec(inline.content) : null;
    const position = markerPosition(item[0]!, lines);
    if (parts.length === 0 || (inline && BARE_MARKER.test(inline.content.trim()))) {
      sink.report('Q009', position, { number: index + 1 });
      return undefined;
    }
    if (!inline || !marker) {
      const text = inline ? shorten(plainText(renderInline(md, inline))) : `#${index + 1}`;
      sink.report('Q008', position, { answer: text });
      return undefined;
    }
    stripMarker(inline, marker[0]);
    const feedback: Token[] = [];
    const more: Token[] = [];
    for (const part of parts.slice(1)) {
      if (part[0]!.type === 'blockquote_open') feedback.push(...part.slice(1, -1));
      else more.push(...part);
    }
    const html = [renderInline(md, inline), render(md, more)].filter(Boolean).join('\n');
    if (feedback.length === 0) sink.report('Q003', position, { answer: shorten(plainText(html)) });
    return { id: `a${index + 1}`, html, correct: marker[1] !== ' ', feedback: render(md, feedback) };
  });
}

/** Removes the "[ ] " marker from the answer's inline token and its first text child. */
function stripMarker(inline: Token, marker: string): void {
  inline.content = inline.content.slice(marker.length);
  const first = inline.children?.[0];
  if (first?.type === 'text' && first.content.startsWith(marker.trimEnd())) {
    first.content = first.content.slice(marker.length).replace(/^\s+/, '');
  }
}

function markerPosition(item: Token, lines: readonly string[]): { line: number; col: number } {
  const line = lineOf(item);
  const text = lines[line - 1] ?? '';
  const bracket = text.indexOf('[');
  return { line, col: bracket >= 0 ? bracket + 1 : indentColumn(lines, line) };
}

function at(token: Token, lines: readonly string[]): { line: number; col: number } {
  const line = lineOf(token);
  return { line, col: indentColumn(lines, line) };
}
