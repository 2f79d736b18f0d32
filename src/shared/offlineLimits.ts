/**
 * What the offline bundle can keep, shared by the service worker (which applies it) and the compiler
 * (which reports lessons that break it, so `npm run check` finds it, not a learner without network).
 */

/** The image types lessons may use: shown by every browser and precached for offline use (A006). */
export const OFFLINE_IMAGE_TYPES = ['svg', 'png', 'jpg', 'jpeg', 'gif', 'webp', 'avif'];

/** Files larger than this are not precached, so they would be missing offline (A005). */
export const MAX_OFFLINE_FILE_BYTES = 25 * 1024 * 1024;
