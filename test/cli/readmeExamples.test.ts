import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const readme = readFileSync('README.md', 'utf8');

/** A reader copies the README's commands: they must work on a fresh checkout. */
describe('README examples', () => {
  it('creates a theme under a name that is not shipped already (new-theme refuses existing ones)', () => {
    const names = [...readme.matchAll(/npm run new-theme -- (\S+)/g)].map((match) => match[1]!);
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) {
      expect(name).toMatch(/^[a-z0-9][a-z0-9-]{0,63}$/);
      expect(existsSync(`themes/${name}`), `themes/${name} exists, so the example would fail`).toBe(false);
    }
  });

  it('builds the theme the new-theme example creates', () => {
    const created = /npm run new-theme -- (\S+)/.exec(readme)![1]!;
    expect(readme).toContain(`npm run build -- --theme themes/${created}`);
  });
});
