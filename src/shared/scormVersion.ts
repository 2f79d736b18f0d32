/** The two SCORM versions a course is packaged for and talks to its LMS in. */
export type ScormVersion = '1.2' | '2004';
