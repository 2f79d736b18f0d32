import type { CompletionReceipt } from '../../shared/completion/completionReceipt.ts';
import type { CourseModel } from '../../shared/courseModel.ts';

/** The receipt for what the learner typed: their name and e-mail, the course, its version and the day they completed it. Nothing else. */
export function completionReceipt(
  course: Pick<CourseModel, 'id' | 'version'>,
  person: { name: string; email: string },
  completedOn: string,
  idempotencyKey: string,
): CompletionReceipt {
  return { idempotencyKey, name: person.name.trim(), email: person.email.trim(), course: course.id, version: course.version, completedOn };
}
