import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compileCourse } from '../../src/compiler/compileCourse.ts';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const compile = (theme: string) => compileCourse({ lessonsDir: join(repo, 'lessons'), themeDir: join(repo, theme), cwd: repo });

/**
 * Issue 14: the about page may credit an organisation with changes only when there are some. The model
 * says whether the organisation's name is still the default theme's placeholder ("Ihre Organisation").
 */
describe("the course model marks the default theme's organisation name as a placeholder", () => {
  it('for the default course: the placeholder name, and no lesson counts as localised', async () => {
    const course = (await compile('themes/default')).course!;
    expect(course.organisation.name.de).toBe('Ihre Organisation');
    expect(course.organisation.nameIsPlaceholder).toBe(true);
    expect(course.lessons.filter((lesson) => lesson.localised || lesson.origin !== 'course')).toEqual([]);
  });

  it('for the city theme: a name of its own, so the mark is absent', async () => {
    const course = (await compile('themes/stadt-musterhausen')).course!;
    expect(course.organisation.name.de).toBe('Stadtverwaltung Musterhausen');
    expect(course.organisation).not.toHaveProperty('nameIsPlaceholder');
  });
});
