import { cp, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isScalar, parseDocument } from 'yaml';

/** A theme's name is also its course id (package names, stored progress), so it follows the id's rule. */
const NAME = /^[a-z][a-z0-9-]{0,31}$/;

/**
 * `npm run new-theme -- <name>`: copies the default theme to themes/<name>, for an admin to edit.
 * Returns the lines to print and whether it worked; never overwrites an existing theme.
 */
export async function newTheme(name: string | undefined, themesDir = 'themes'): Promise<{ ok: boolean; lines: string[] }> {
  if (!name || !NAME.test(name)) {
    return {
      ok: false,
      lines: [
        `error: "${name ?? ''}" is not a usable theme name.`,
        '  hint: use up to 32 lower-case letters, digits and hyphens, starting with a letter, e.g. npm run new-theme -- stadt-beispiel',
      ],
    };
  }
  const target = join(themesDir, name);
  if (await stat(target).catch(() => undefined)) {
    return { ok: false, lines: [`error: ${target} exists already; nothing was changed.`, '  hint: pick another name, or edit that theme.'] };
  }
  await cp(join(themesDir, 'default'), target, { recursive: true, errorOnExist: true });
  await setCourseId(join(target, 'theme.yaml'), name);
  return {
    ok: true,
    lines: [
      `Created ${target}/ from the default theme, with course.id: ${name}.`,
      'Next:',
      `  1. Edit ${target}/theme.yaml: organisation, contacts, local facts, colours, course title.`,
      `     Keep course.id (${name}) across updates: it names the packages (${name}-scorm12.zip) and keeps learners' progress.`,
      `  2. Put your logo into ${target}/ and name it under brand.logo.`,
      `  3. npm run check -- --theme ${target}: it warns (T010) at each placeholder still in place; replace them all.`,
      `  4. npm run build -- --theme ${target}`,
    ],
  };
}

/**
 * Gives the copy its own course id, so its packages and stored progress are not taken for the default
 * course's. Only the id's value changes: comments and layout stay as the admin will read them.
 */
async function setCourseId(file: string, id: string): Promise<void> {
  const text = await readFile(file, 'utf8');
  const node = parseDocument(text).getIn(['course', 'id'], true);
  if (!isScalar(node) || !node.range) return;
  const [start, end] = node.range;
  await writeFile(file, `${text.slice(0, start)}${id}${text.slice(end)}`);
}
