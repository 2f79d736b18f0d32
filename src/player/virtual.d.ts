declare module 'virtual:wachsam/course' {
  // An import type, not an `import` statement: a relative `import` inside `declare module` is TS2439,
  // which skipLibCheck hid, and it left the course typed `any` in the whole player.
  /** The course without its lessons: they come from the lesson index of the learner's language. */
  const course: import('../shared/courseModel.ts').CourseShell;
  export default course;
}

declare module 'virtual:pwa-register' {
  /** Registers the service worker; the returned function activates a waiting update and reloads. */
  export function registerSW(options?: {
    immediate?: boolean;
    onNeedRefresh?: () => void;
    onOfflineReady?: () => void;
    onRegisteredSW?: (swUrl: string, registration: ServiceWorkerRegistration | undefined) => void;
  }): (reloadPage?: boolean) => Promise<void>;
}
