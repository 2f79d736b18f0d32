import type { CompletionReceipt } from '../../shared/completion/completionReceipt.ts';
import type { CourseModel } from '../../shared/courseModel.ts';

/** A day in the learner's local time, as YYYY-MM-DD: the completion date a receipt carries. */
export function localDate(now: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The receipt for what the learner typed: their name and e-mail, the course, its version and the day they completed it. Nothing else. */
export function completionReceipt(
  course: Pick<CourseModel, 'id' | 'version'>,
  person: { name: string; email: string },
  completedOn: string,
  idempotencyKey: string,
): CompletionReceipt {
  return { idempotencyKey, name: person.name.trim(), email: person.email.trim(), course: course.id, version: course.version, completedOn };
}
