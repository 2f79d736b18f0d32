import { resetFixtures } from './builtCourse.ts';

/** Vitest's global setup: no fixture course of an earlier run is read by this one. */
export default async function globalSetup(): Promise<void> {
  await resetFixtures('unit');
}
