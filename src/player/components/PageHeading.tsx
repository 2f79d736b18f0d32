import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

/**
 * The view's h1. It takes focus when the view opens, so keyboard and screen-reader users start
 * reading at the new content, and it names the browser tab.
 */
export function PageHeading({ children, title }: { children: ComponentChildren; title?: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    const heading = ref.current;
    if (!heading) return;
    if (title) document.title = title;
    if (document.activeElement !== heading && isNavigation()) heading.focus({ preventScroll: false });
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
