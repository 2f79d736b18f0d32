import type { z } from 'zod';
import type { CheckedPalette, Mode } from './themeContrast.ts';
import { type AccessibilitySettings, type LocalizedText, themeSchema } from './themeSchema.ts';

type Path = readonly (string | number)[];

/** A list of lesson ids in theme.yaml: the ids that passed the schema, each with its index, and whether all did. */
export interface LessonList {
  ids: { id: string; index: number }[];
  complete: boolean;
}

type FeedbackContact = NonNullable<AccessibilitySettings['contact']>;

/**
 * The parts of theme.yaml that passed the schema, each checked on its own, so that a mistake in one
 * part does not hold back the checks of another (contrast, files, lesson ids, title length): one run
 * shows every error. A value that failed is left out here; the schema reports it, once.
 */
export interface ThemeParts {
  /** Each mode's colours; null where a colour failed, so the pairs it belongs to are not checked. */
  /** Without `dark`, the theme has no dark block: the player derives one from the light colours. */
  colors: { light: CheckedPalette; dark?: CheckedPalette };
  /** The files named by brand.logo, brand.icon and brand.fonts[].file, with the key naming each. */
  files: { name: string; path: (string | number)[] }[];
  /** For T009: undefined when the theme has no accessibility section, 'failed' when it or its contact failed. */
  accessibility: { contact?: FeedbackContact } | undefined | 'failed';
  languages?: string[];
  title?: LocalizedText;
  /** course.lessons, when the theme has them. */
  lessonOrder?: LessonList;
  /** raffle.requiredLessons, when the theme has them and switches the raffle on. */
  requiredLessons?: LessonList;
}

/** What is known of a theme.yaml that is no valid YAML: nothing. */
export const NO_PARTS: ThemeParts = { colors: { light: {}, dark: {} }, files: [], accessibility: 'failed' };

export function themeParts(data: unknown): ThemeParts {
  // No mapping at all (an empty file, a list): the schema's one error says it all.
  if (!isRecord(data)) return NO_PARTS;
  const files: ThemeParts['files'] = [];
  for (const path of [['brand', 'logo'], ['brand', 'logoDark'], ['brand', 'icon'], ...itemPaths(data, ['brand', 'fonts']).map((font) => [...font, 'file'])]) {
    const name = passed<string | undefined>(data, path)?.value;
    if (name !== undefined) files.push({ name, path });
  }
  const contact = passed<FeedbackContact | undefined>(data, ['accessibility', 'contact']);
  const section = valueAt(data, ['accessibility']);
  const accessibility = section === undefined ? undefined : isRecord(section) && contact ? { contact: contact.value } : 'failed';
  const raffleOn = passed<boolean>(data, ['raffle', 'enabled'])?.value === true;
  const colors = { light: paletteAt(data, 'light'), ...(valueAt(data, ['brand', 'colors', 'dark']) === undefined ? {} : { dark: paletteAt(data, 'dark') }) };
  const parts: ThemeParts = { colors, files, accessibility };
  const languages = passed<string[]>(data, ['course', 'languages'])?.value;
  const title = passed<LocalizedText>(data, ['course', 'title'])?.value;
  const lessonOrder = lessonListAt(data, ['course', 'lessons']);
  const requiredLessons = raffleOn ? lessonListAt(data, ['raffle', 'requiredLessons']) : undefined;
  return {
    ...parts,
    ...(languages ? { languages } : {}),
    ...(title ? { title } : {}),
    ...(lessonOrder ? { lessonOrder } : {}),
    ...(requiredLessons ? { requiredLessons } : {}),
  };
}

function paletteAt(data: unknown, mode: Mode): CheckedPalette {
  const palette: Record<string, string | null | undefined> = {};
  for (const key of keysAt(['brand', 'colors', mode])) {
    // An optional colour left out passes as undefined: its default is what the player paints.
    const colour = passed<string | undefined>(data, ['brand', 'colors', mode, key]);
    palette[key] = colour ? colour.value : null;
  }
  return palette;
}

function lessonListAt(data: unknown, path: Path): LessonList | undefined {
  if (valueAt(data, path) === undefined) return undefined;
  const ids = itemPaths(data, path).flatMap((item) => {
    const id = passed<string>(data, item)?.value;
    return id === undefined ? [] : [{ id, index: item[item.length - 1] as number }];
  });
  return { ids, complete: passed(data, path) !== undefined };
}

/** The paths of the items of the list at `path`; none when it is no list. */
function itemPaths(data: unknown, path: Path): (string | number)[][] {
  const list = valueAt(data, path);
  return Array.isArray(list) ? list.map((_, index) => [...path, index]) : [];
}

/** The value at `path`, if it passes that key's own schema (with its defaults); undefined when it fails. */
function passed<T>(data: unknown, path: Path): { value: T } | undefined {
  const schema = schemaAt(path);
  const result = schema?.safeParse(valueAt(data, path));
  return result?.success ? { value: result.data as T } : undefined;
}

function valueAt(data: unknown, path: Path): unknown {
  let value = data;
  for (const key of path) {
    if (typeof key === 'number' ? !Array.isArray(value) : !isRecord(value)) return undefined;
    value = (value as Record<string | number, unknown>)[key];
  }
  return value;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The schema of the key at `path` (a number stands for any item of a list), with its own optional and default wrappers. */
export function schemaAt(path: readonly PropertyKey[]): z.ZodType | undefined {
  let schema: unknown = themeSchema;
  for (const key of path) {
    const inner = unwrap(schema) as { shape?: Record<string, unknown>; element?: unknown } | undefined;
    schema = typeof key === 'number' ? inner?.element : inner?.shape?.[String(key)];
  }
  return schema as z.ZodType | undefined;
}

/** The keys the object at `path` allows; none when there is no object. */
export function keysAt(path: readonly PropertyKey[]): string[] {
  return Object.keys((unwrap(schemaAt(path)) as { shape?: object } | undefined)?.shape ?? {});
}

/** Looks through optional() and default() wrappers to the schema inside. */
function unwrap(schema: unknown): unknown {
  let current = schema as { def?: { innerType?: unknown } } | undefined;
  while (current?.def?.innerType) current = current.def.innerType as typeof current;
  return current;
}
