import { CONTENT_GLOBAL, SETTLED_ATTRIBUTE } from '../../shared/courseModel.ts';

declare global {
  // The compiler's data scripts (lesson index, lesson text, credits) register here (see assembleCourse.ts).
  var wachsamLessons: Record<string, unknown> | undefined;
}

const pending = new Map<string, Promise<unknown>>();

export function registered<T>(key: string): T | undefined {
  return globalThis[CONTENT_GLOBAL]?.[key] as T | undefined;
}

/** Forgets what a script registered under `key` (to load it again), and returns it. */
export function forgetRegistered(key: string): unknown {
  const value = globalThis[CONTENT_GLOBAL]?.[key];
  delete globalThis[CONTENT_GLOBAL]?.[key];
  return value;
}

/**
 * Loads one of the compiler's data scripts (a lesson's text, a lesson index, the credits) by adding a
 * classic script: this works over HTTP and from file://, where fetch() and module imports are blocked.
 * A script the preload script added and that is still loading is waited for, not loaded twice.
 */
export function loadRegistered<T>(file: string, key: string): Promise<T> {
  const ready = registered<T>(key);
  if (ready) return Promise.resolve(ready);
  let promise = pending.get(file) as Promise<T> | undefined;
  if (!promise) {
    promise = new Promise<T>((resolve, reject) => {
      const preloading = [...document.scripts].find((script) => script.getAttribute('src') === file && !script.hasAttribute(SETTLED_ATTRIBUTE));
      const script = preloading ?? document.createElement('script');
      script.addEventListener('load', () => {
        const value = registered<T>(key);
        if (value) resolve(value);
        else {
          pending.delete(file);
          reject(new Error(`${file} did not register ${key}`));
        }
      });
      script.addEventListener('error', () => {
        script.remove();
        pending.delete(file);
        reject(new Error(`Could not load ${file}`));
      });
      if (preloading) return;
      script.src = file;
      script.async = true;
      document.head.append(script);
    });
    pending.set(file, promise);
  }
  return promise;
}
