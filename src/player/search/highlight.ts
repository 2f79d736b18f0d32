/** A piece of shown text: plain, or a match the search marks (`<mark>`). */
export type Segment = string | { mark: string };

/** [start, end) in the original text. */
export type Range = [number, number];

/** Sorted ranges with overlapping and touching ones joined ("pass" and "sswort" in "Passwort" mark it once). */
export function joinRanges(ranges: readonly Range[]): Range[] {
  const joined: Range[] = [];
  for (const [start, end] of [...ranges].sort((a, b) => a[0] - b[0] || a[1] - b[1])) {
    const last = joined[joined.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else joined.push([start, end]);
  }
  return joined;
}

/** `text[from, to)` cut into plain and marked pieces; `ranges` are joined and relative to the whole text. */
export function highlight(text: string, ranges: readonly Range[], from = 0, to = text.length): Segment[] {
  const segments: Segment[] = [];
  let at = from;
  for (const [start, end] of ranges) {
    const markStart = Math.max(start, from);
    const markEnd = Math.min(end, to);
    if (markEnd <= markStart) continue;
    if (markStart > at) segments.push(text.slice(at, markStart));
    segments.push({ mark: text.slice(markStart, markEnd) });
    at = markEnd;
  }
  if (at < to) segments.push(text.slice(at, to));
  return segments;
}
