import type { Frame, Page } from '@playwright/test';

/** One view the reflow spec looked at: its route, and what went wrong there, if anything. */
export interface View {
  route: string;
  problem?: string;
}

/**
 * The probe's functions, defined in every document and frame by `page.addInitScript` (which the
 * page's Content-Security-Policy does not block). They run in the page, so they import nothing.
 * Views change by `location.hash` within one document: a reload per view would cost ten times more.
 */
export function installReflowProbe(): void {
  const OLD = 'data-probe-old';
  const tick = () => new Promise((resolve) => setTimeout(resolve, 5));
  async function until(ready: () => boolean, what: string): Promise<void> {
    for (let waited = 0; waited < 10_000; waited += 5) {
      if (ready()) return;
      await tick();
    }
    throw new Error(`${what} did not appear at ${location.hash}`);
  }
  /** True once an element the last action did not find yet matches (the view renders anew). */
  const fresh = (selector: string) => [...document.querySelectorAll(selector)].some((element) => !element.hasAttribute(OLD));
  const markOld = (selector: string) => {
    for (const element of document.querySelectorAll(selector)) element.setAttribute(OLD, '');
  };
  async function settled(): Promise<void> {
    await until(() => !document.querySelector('main .loading'), 'the content');
    await Promise.all([...document.images].map((image) => image.decode().catch(() => undefined)));
  }

  function label(element: Element): string {
    const classes = [...element.classList].map((name) => `.${name}`).join('');
    const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 50);
    return `<${element.tagName.toLowerCase()}${classes}> "${text}"`;
  }

  /** Undefined when nothing scrolls sideways; else the element or text that reaches furthest right. */
  function sideways(): string | undefined {
    const root = document.documentElement;
    if (root.scrollWidth <= root.clientWidth) return undefined;
    let best: { right: number; element?: Element } = { right: -1 };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node instanceof Element ? node : node.parentElement;
      if (!element || element.closest('.visually-hidden')) continue;
      let right: number;
      if (node instanceof Element) right = node.getBoundingClientRect().right;
      else {
        if (!node.textContent?.trim()) continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        right = range.getBoundingClientRect().right;
      }
      // In document order, so among boxes that end at the same place the innermost one wins.
      if (right >= best.right - 0.5) best = { right: Math.max(right, best.right), element };
    }
    const widest = best.element ? `${label(best.element)} reaches ${Math.round(best.right)} px` : 'nothing found';
    return `scrollWidth ${root.scrollWidth} > ${root.clientWidth}: ${widest}`;
  }

  /** Phone numbers that wrap onto a second line (at their hyphen or space). */
  function splitPhoneNumbers(): string[] {
    const split: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (const match of (node.textContent ?? '').matchAll(/\+?\d+(?:[ \u00a0]\d+)+[-\u2011]\d+/g)) {
        const range = document.createRange();
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        const lines = new Set([...range.getClientRects()].map((rect) => Math.round(rect.bottom)));
        if (lines.size > 1) split.push(`phone number "${match[0]}" split over ${lines.size} lines`);
      }
    }
    return split;
  }

  /** Elements whose overflow is not visible and whose content does not fit: text they cut off. */
  function clipped(): string[] {
    const cut: string[] = [];
    for (const element of document.body.querySelectorAll('*')) {
      if (element.matches('img, svg, svg *, input, progress, select, textarea, iframe, video, canvas, .visually-hidden')) continue;
      // A deliberate scroll container (a wide table's own box) scrolls instead of cutting.
      if (element.matches('[data-scroll-region], .table-scroll')) continue;
      const style = getComputedStyle(element);
      if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
      if (element.scrollHeight > element.clientHeight + 1 || element.scrollWidth > element.clientWidth + 1) {
        cut.push(
          `${label(element)} (overflow ${style.overflowX}/${style.overflowY}, content ${element.scrollWidth}×${element.scrollHeight} in ${element.clientWidth}×${element.clientHeight})`,
        );
      }
    }
    return cut;
  }

  function problems(spacing: boolean): string | undefined {
    const found = [sideways(), ...splitPhoneNumbers(), ...(spacing ? clipped() : [])].filter(Boolean);
    return found.length > 0 ? found.join('; ') : undefined;
  }

  /** Shows a route by its hash and waits until its view has rendered with its content. */
  async function show(hash: string): Promise<string> {
    markOld('main > article');
    location.hash = hash;
    await until(() => fresh('main > article'), 'the view');
    await settled();
    return document.querySelector('main h1')?.textContent ?? '';
  }

  /** The loaded lesson text that holds the question on screen (the page's language or a fallback). */
  function questionOnScreen(lessonId: string): { id: string; answers: { id: string; correct: boolean }[] } {
    const name = (document.querySelector('.answers input') as HTMLInputElement).name;
    const lessons = (globalThis as any).wachsamLessons as Record<string, { questions: { id: string; answers: { id: string; correct: boolean }[] }[] }>;
    for (const [key, content] of Object.entries(lessons)) {
      const question = key.startsWith(`${lessonId}/`) && content.questions.find((candidate) => candidate.id === name);
      if (question) return question;
    }
    throw new Error(`question ${name} of ${lessonId} not loaded`);
  }

  /**
   * Walks through a lesson's check: every question before and after answering it (wrongly, so all its
   * feedback shows), then the result. A result left from an earlier visit is looked at, then retried.
   */
  async function walkCheck(lessonId: string, spacing: boolean): Promise<{ route: string; problem?: string }[]> {
    const route = `#/lesson/${lessonId}/check`;
    const views: { route: string; problem?: string }[] = [];
    await show(route);
    await until(() => !!document.querySelector('main .question, main .check-result'), 'the check');
    if (document.querySelector('.check-result')) {
      views.push({ route: `${route} (earlier result)`, problem: problems(spacing) });
      markOld('main .question');
      (document.querySelector('.check-result button') as HTMLButtonElement).click();
      await until(() => fresh('main .question'), 'the retried check');
    }
    for (let index = 1; ; index++) {
      views.push({ route: `${route} question ${index}`, problem: problems(spacing) });
      const question = questionOnScreen(lessonId);
      const wrong = question.answers.find((answer) => !answer.correct)!;
      (document.querySelector(`.answers input[value="${wrong.id}"]`) as HTMLInputElement).click();
      await until(() => !!document.querySelector('.answer.chosen'), 'the choice');
      (document.querySelector('form.question button[type=submit]') as HTMLButtonElement).click();
      await until(() => !!document.querySelector('.feedback .verdict'), 'the feedback');
      views.push({ route: `${route} question ${index} with feedback`, problem: problems(spacing) });
      markOld('main .question');
      (document.querySelector('form.question button[type=submit]') as HTMLButtonElement).click();
      await until(() => fresh('main .question') || !!document.querySelector('main .check-result'), 'the next question');
      if (document.querySelector('main .check-result')) break;
    }
    views.push({ route: `${route} result`, problem: problems(spacing) });
    return views;
  }

  /** Shows a route and looks at it, in one round trip. */
  async function visit(hash: string): Promise<{ route: string; problem?: string }> {
    await show(hash);
    return { route: hash, problem: problems(false) };
  }

  (globalThis as any).reflowProbe = { show, visit, problems, walkCheck };
}

type Target = Page | Frame;

/** Shows `hash` and returns the view's h1 text. */
export function show(target: Target, hash: string): Promise<string> {
  return target.evaluate((route) => (globalThis as any).reflowProbe.show(route), hash);
}

/** What is wrong with the view on screen: sideways scrolling, phone numbers split over lines and, with `spacing`, clipped text. */
export async function look(target: Target, route: string, spacing = false): Promise<View> {
  return { route, problem: await target.evaluate((withSpacing) => (globalThis as any).reflowProbe.problems(withSpacing), spacing) };
}

/** Shows `hash` and looks at the view. */
export function visit(target: Target, hash: string): Promise<View> {
  return target.evaluate((route) => (globalThis as any).reflowProbe.visit(route), hash);
}

export function walkCheck(target: Target, lessonId: string, spacing = false): Promise<View[]> {
  return target.evaluate(([id, withSpacing]) => (globalThis as any).reflowProbe.walkCheck(id, withSpacing), [lessonId, spacing] as const);
}

/** The WCAG 1.4.12 text-spacing overrides, as the usual bookmarklet sets them. */
export const TEXT_SPACING = `* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
p { margin-bottom: 2em !important; }`;
