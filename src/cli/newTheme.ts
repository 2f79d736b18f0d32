import { cp, stat } from 'node:fs/promises';
import { join } from 'node:path';

const NAME = /^[a-z0-9][a-z0-9-]{0,63}$/;

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
        '  hint: use lower-case letters, digits and hyphens, e.g. npm run new-theme -- stadt-beispiel',
      ],
    };
  }
  const target = join(themesDir, name);
  if (await stat(target).catch(() => undefined)) {
    return { ok: false, lines: [`error: ${target} exists already; nothing was changed.`, '  hint: pick another name, or edit that theme.'] };
  }
  await cp(join(themesDir, 'default'), target, { recursive: true, errorOnExist: true });
  return {
    ok: true,
    lines: [
      `Created ${target}/ from the default theme.`,
      'Next:',
      `  1. Edit ${target}/theme.yaml: organisation, contacts, local facts, colours, course title.`,
      `  2. Put your logo into ${target}/ and name it under brand.logo.`,
      `  3. npm run build -- --theme ${target}`,
    ],
  };
}
