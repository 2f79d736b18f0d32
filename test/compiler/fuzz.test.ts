import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fuzzSources, fuzzVariables, runCase, runFuzz } from '../../src/bench/fuzzCompiler.ts';

const sources = fuzzSources(process.cwd());
const regressions = new URL('./fixtures/fuzz-regressions/', import.meta.url);
/** `npm run fuzz` calls 2 s a hang; here a machine busy with other tests gets more. Real hangs took minutes. */
const SLOW_MS = 10_000;

/** `npm run fuzz` runs 10,000 cases; this is a small seeded sample of the same run, so `npm test` exercises it. */
describe('compiler fuzz run', () => {
  it('reads every lesson and theme of the repository', () => {
    expect(sources.filter((source) => source.kind === 'lesson').length).toBeGreaterThanOrEqual(24);
    expect(sources.filter((source) => source.kind === 'theme').map((source) => source.path)).toContain('themes/default/theme.yaml');
  });

  it('survives 200 mutated lessons and themes: no throw, no hang, only catalogue codes', () => {
    const report = runFuzz(sources, { seed: 2026, cases: 200, hangMs: SLOW_MS });
    expect(report.cases).toBe(200);
    expect([...report.crashes, ...report.hangs].map((failure) => `${failure.case.index} ${failure.case.applied.join('+')}: ${failure.problem}`)).toEqual([]);
  }, 120_000);

  it('counts a throw and a failure the compiler caught itself (R005) as crashes', () => {
    expect(runCase('lesson', 'lessons/x/en.md', '---\ntitle: x\n---\n## Page\n\nText.\n').problem).toBeUndefined();
    const throwing = new Proxy(
      {},
      {
        get: () => {
          throw new Error('boom');
        },
      },
    );
    expect(runCase('lesson', 'lessons/x/en.md', 'text', throwing).problem).toBe('threw Error: boom');
    const failing = {
      en: new Proxy(
        {},
        {
          has: () => {
            throw new Error('boom');
          },
        },
      ),
    };
    expect(runCase('lesson', 'lessons/x/en.md', '{{ org.name }}', failing).problem).toBe(
      'the compiler failed: Wachsam failed while reading this lesson: Error: boom',
    );
  });
});

/**
 * Cases that once crashed or hung the compiler: the four causes of the outside fuzz run (a "{{" run,
 * a long paragraph, an alias bomb and 3,000 levels on one line in theme.yaml) and cases `npm run fuzz
 * -- --save` found slow (deep Markdown and deep flow YAML inside a theme).
 */
describe('fuzz regressions', () => {
  const variables = fuzzVariables(sources);
  const files = readdirSync(regressions)
    .filter((name) => /\.(md|yaml)$/.test(name))
    .sort();

  it('has cases to replay', () => expect(files.length).toBeGreaterThan(0));

  for (const name of files) {
    it(name, () => {
      const text = readFileSync(new URL(name, regressions), 'utf8');
      const kind = name.endsWith('.yaml') ? 'theme' : 'lesson';
      const outcome = runCase(kind, name.endsWith('.yaml') ? name : `fuzz/${name.replace(/^.*?\.(\w+\.md)$/, '$1')}`, text, variables);
      expect(outcome.problem).toBeUndefined();
      expect(outcome.ms).toBeLessThan(SLOW_MS);
    }, 60_000);
  }
});
