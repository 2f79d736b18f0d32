import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { usePlayer } from '../playerContext.ts';

/**
 * The view's h1. It takes focus when the view opens, so keyboard and screen-reader users start
 * reading at the new content, and it names the browser tab: "<view> – <course title>", set again
 * whenever either changes (a language switch keeps the route but changes both).
 */
export function PageHeading({ children, view }: { children: ComponentChildren; view: string }) {
  const { course, lang } = usePlayer();
  const ref = useRef<HTMLHeadingElement>(null);
  const title = `${view} – ${course.title[lang]}`;
  useEffect(() => {
    document.title = title;
  }, [title]);
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

let first = true;

/** The first view after loading keeps the browser's default focus; later views get it moved. */
function isNavigation(): boolean {
  const result = !first;
  first = false;
  return result;
}
