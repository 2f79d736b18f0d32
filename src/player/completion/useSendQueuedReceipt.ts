import { useEffect } from 'preact/hooks';
import type { CourseModel } from '../../shared/courseModel.ts';
import { completionReceiptKey } from '../../shared/storageKeys.ts';
import { flushQueued } from '../outbox/outbox.ts';

/**
 * A receipt queued while offline goes out on the next visit and whenever the network returns, on any
 * page of the course, not only at the course end where it was made (where `useOutbox` also retries).
 * The idempotency key keeps a receipt sent twice at once stored once.
 */
export function useSendQueuedReceipt(course: CourseModel): void {
  useEffect(() => {
    if (!course.completion) return;
    const outbox = { endpoint: course.completion.endpoint, storageKey: completionReceiptKey(course.id, course.version) };
    const flush = () => void flushQueued(outbox);
    flush();
    addEventListener('online', flush);
    return () => removeEventListener('online', flush);
  }, []);
}
