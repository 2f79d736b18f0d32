import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { usePlayer } from '../playerContext.ts';

/**
 * The view's h1. It takes focus when the view opens, so keyboard and screen-reader users start
 * reading at the new content, and it names the browser tab: "<view> – <course title>", set again
 * whenever either changes (a language switch keeps the route but changes both).
 */
export function PageHeading({ children, view }: { children: ComponentChildren; view: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useViewTitle(view);
  useEffect(() => {
    const heading = ref.current;
    if (heading && document.activeElement !== heading && isNavigation()) heading.focus({ preventScroll: false });
  }, []);
  return (
    <h1 ref={ref} tabIndex={-1}>
      {children}
    </h1>
  );
}

/** Names the browser tab "<view> – <course title>", again whenever either changes. */
function useViewTitle(view: string): void {
  const { course, lang } = usePlayer();
  const title = `${view} – ${course.title[lang]}`;
  useEffect(() => {
    document.title = title;
  }, [title]);
}

/** The tab's name for a view whose heading is not there yet (a lesson page while its text loads). */
export function ViewTitle({ view }: { view: string }) {
  useViewTitle(view);
  return null;
}

let first = true;

/** The first view after loading keeps the browser's default focus; later views get it moved. */
function isNavigation(): boolean {
  const result = !first;
  first = false;
  return result;
}
