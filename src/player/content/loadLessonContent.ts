import { CONTENT_GLOBAL, contentFileOf, contentKey, type CourseModel, type LessonContent } from '../../shared/courseModel.ts';

declare global {
  // The compiler's content scripts register here (see compileCourse.ts).
  var wachsamLessons: Record<string, unknown> | undefined;
}

const pending = new Map<string, Promise<unknown>>();

function registered<T>(key: string): T | undefined {
  return globalThis[CONTENT_GLOBAL]?.[key] as T | undefined;
}

export function loadedLessonContent(id: string, lang: string): LessonContent | undefined {
  return registered<LessonContent>(contentKey(id, lang));
}

/**
 * Loads one of the compiler's data scripts (a lesson's text, the credits) by adding a classic
 * script: this works over HTTP and from file://, where fetch() and module imports are blocked.
 */
export function loadRegistered<T>(file: string, key: string): Promise<T> {
  const ready = registered<T>(key);
  if (ready) return Promise.resolve(ready);
  let promise = pending.get(file) as Promise<T> | undefined;
  if (!promise) {
    promise = new Promise<T>((resolve, reject) => {
      const script = document.createElement('script');
      script.src = file;
      script.async = true;
      script.onload = () => {
        const value = registered<T>(key);
        if (value) resolve(value);
        else reject(new Error(`${file} did not register ${key}`));
      };
      script.onerror = () => {
        script.remove();
        pending.delete(file);
        reject(new Error(`Could not load ${file}`));
      };
      document.head.append(script);
    });
    pending.set(file, promise);
  }
  return promise;
}

/**
 * Loads a lesson's text. Only a lesson and language of this course can name the script: ids arrive
 * from the URL, and `../uploads/evil.js?` must never become a script's address.
 */
export function loadLessonContent(course: Pick<CourseModel, 'lessons'>, id: string, lang: string): Promise<LessonContent> {
  const file = contentFileOf(course, id, lang);
  if (!file) return Promise.reject(new Error(`No lesson ${id} in ${lang}`));
  return loadRegistered<LessonContent>(file, contentKey(id, lang));
}
