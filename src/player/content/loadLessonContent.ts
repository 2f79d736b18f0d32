import { contentKey, CONTENT_GLOBAL, type LessonContent } from '../../shared/courseModel.ts';

declare global {
  // The compiler's content scripts register here (see compileCourse.ts).
  var wachsamLessons: Record<string, LessonContent> | undefined;
}

const pending = new Map<string, Promise<LessonContent>>();

export function loadedLessonContent(id: string, lang: string): LessonContent | undefined {
  return globalThis[CONTENT_GLOBAL]?.[contentKey(id, lang)];
}

/**
 * Loads one lesson's text by adding its classic script: this works over HTTP and from file://,
 * where fetch() and module imports are blocked.
 */
export function loadLessonContent(file: string, id: string, lang: string): Promise<LessonContent> {
  const key = contentKey(id, lang);
  const ready = loadedLessonContent(id, lang);
  if (ready) return Promise.resolve(ready);
  let promise = pending.get(file);
  if (!promise) {
    promise = new Promise<LessonContent>((resolve, reject) => {
      const script = document.createElement('script');
      script.src = file;
      script.async = true;
      script.onload = () => {
        const content = globalThis[CONTENT_GLOBAL]?.[key];
        if (content) resolve(content);
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
