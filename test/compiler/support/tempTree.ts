import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';

/** Text of a file under test/compiler/fixtures, e.g. `valid/minimal.md`. */
export function fixture(path: string): Promise<string> {
  return readFile(new URL(`../fixtures/${path}`, import.meta.url), 'utf8');
}

/** A fresh temporary folder per test, removed afterwards. Call at describe level; read `.path` inside tests. */
export function useTempDir(): { readonly path: string } {
  const state = { path: '' };
  beforeEach(async () => {
    state.path = await mkdtemp(join(tmpdir(), 'wachsam-test-'));
  });
  afterEach(async () => {
    await rm(state.path, { recursive: true, force: true });
  });
  return state;
}

/** Writes files given by relative path below `root`; a path ending in "/" makes an empty folder. */
export async function writeTree(root: string, files: Record<string, string>): Promise<void> {
  for (const [path, text] of Object.entries(files)) {
    const full = join(root, path);
    if (path.endsWith('/')) {
      await mkdir(full, { recursive: true });
      continue;
    }
    await mkdir(dirname(full), { recursive: true });
    await writeFile(full, text);
  }
}

const repo = new URL('../../../', import.meta.url);
/** The default theme's files, for a `theme/` folder in a temporary tree. */
export const defaultThemeFiles = {
  'theme/theme.yaml': readFileSync(new URL('themes/default/theme.yaml', repo), 'utf8'),
  'theme/logo.svg': readFileSync(new URL('themes/default/logo.svg', repo), 'utf8'),
  'theme/icon.svg': readFileSync(new URL('themes/default/icon.svg', repo), 'utf8'),
};

/**
 * The default theme.yaml with its placeholders (T010) filled in, as an organisation fills them: for
 * tests about lessons, whose diagnostics should not list the template's placeholders.
 */
export const filledThemeYaml = defaultThemeFiles['theme/theme.yaml'].replace(
  /^( +(?:de|en): )(Ihre Organisation|Your organisation|Tragen Sie hier .*|Enter .*|Ihr IT-Service-Desk|your IT service desk)$/gm,
  (_line, key: string, text: string) => `${key}${/Organisation|organisation/.test(text) ? 'Stadt Beispiel' : 'Raum 1.01, Telefon 0123 456-700'}`,
);

/** The default theme's files with `filledThemeYaml`. */
export const filledThemeFiles = { ...defaultThemeFiles, 'theme/theme.yaml': filledThemeYaml };
