declare module 'virtual:wachsam/course' {
  import type { CourseModel } from '../shared/courseModel.ts';
  const course: CourseModel;
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
