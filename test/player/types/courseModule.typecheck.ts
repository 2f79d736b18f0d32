/**
 * Checked by `npm run typecheck` (the player's tsconfig includes this folder), never run: the course
 * the player imports is the typed model, so a wrong use is a type error, not `any`.
 */
import course from 'virtual:wachsam/course';

// @ts-expect-error The course is a CourseModel, not a number.
export const notANumber: number = course;
// @ts-expect-error A lesson has no `points` field.
export const noSuchField = course.lessons[0]?.points;
export const languages: readonly string[] = course.languages;
