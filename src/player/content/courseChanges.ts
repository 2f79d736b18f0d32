import type { CourseModel } from '../../shared/courseModel.ts';

/** What an organisation changed in the course, as the about page marks it (CC BY-SA 4.0 asks for that). */
export interface CourseChanges {
  /** The organisation's name; absent while it is the default theme's placeholder ("Ihre Organisation"). */
  by?: string;
  /** Lesson titles in the learner's language. */
  added: string[];
  replaced: string[];
  /** Course lessons that show the theme's own facts (a fact equal to the default theme's does not count). */
  localised: string[];
}

/**
 * The changes to mark, or undefined when there are none: the default course, with the placeholder
 * name and no lesson of its own or changed fact, must not claim to be adapted by "Ihre Organisation".
 */
export function courseChanges(course: CourseModel, lang: string): CourseChanges | undefined {
  const titles = (pick: (lesson: CourseModel['lessons'][number]) => boolean) =>
    course.lessons.filter(pick).map((lesson) => (lesson.variants[lang] ?? Object.values(lesson.variants)[0]!).title);
  const changes: CourseChanges = {
    added: titles((lesson) => lesson.origin === 'added'),
    replaced: titles((lesson) => lesson.origin === 'replaced'),
    localised: titles((lesson) => lesson.localised && lesson.origin === 'course'),
  };
  if (!course.organisation.nameIsPlaceholder) changes.by = course.organisation.name[lang];
  const changed = changes.by !== undefined || changes.added.length + changes.replaced.length + changes.localised.length > 0;
  return changed ? changes : undefined;
}
