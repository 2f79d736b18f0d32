import type { CourseModel } from './courseModel.ts';

/**
 * The only inline styles a page may hold: lesson tables aligned in Markdown (`| :--: |`), which the
 * compiler's allow-list reduces to exactly these three `style` attributes. Each is allowed by its
 * SHA-256 (`'unsafe-hashes'` lets a hash allow an attribute, nothing else); any other inline style,
 * and every `<style>` element, is refused. test/shared/contentSecurityPolicy.test.ts recomputes them.
 */
export const TABLE_ALIGN_STYLES: Record<string, string> = {
  'text-align:left': 'sha256-De7agAeYqm6ANIVvRRW6HFWi52AJW8inhFE0gSdgXnI=',
  'text-align:right': 'sha256-XzJlZKVo+ff9ozww9Sr2p/2TbJXITZuaWMZ9p53zN1U=',
  'text-align:center': 'sha256-kFAIUwypIt04FgLyVU63Lcmp2AQimPh/TdYjy04Flxs=',
};

/** The origin raffle entries are posted to, when the theme names an endpoint (mailto mode posts nothing). */
export function raffleOrigin(course: Pick<CourseModel, 'raffle'>): string | undefined {
  const endpoint = course.raffle?.endpoint;
  return endpoint ? new URL(endpoint).origin : undefined;
}

/**
 * The Content-Security-Policy the built course passes: scripts, styles, fonts and workers from its own
 * folder only, images from there or inline `data:` images (lessons may use them), network requests to
 * itself and the receivers of the raffle and the completion receipt only (the same origin, named once,
 * when both post to one receiver). index.html carries it as a `<meta>`; docs/security-header.md
 * tells admins to send the same as a header, adding `frame-ancestors`, which a `<meta>` cannot set.
 */
export function contentSecurityPolicy(course: Pick<CourseModel, 'raffle' | 'completion'>): string {
  const origins = [raffleOrigin(course), course.completion ? new URL(course.completion.endpoint).origin : undefined];
  const receivers = [...new Set(origins.filter((origin): origin is string => origin !== undefined))];
  const directives: [string, ...string[]][] = [
    ['default-src', "'self'"],
    ['script-src', "'self'"],
    ['style-src', "'self'", "'unsafe-hashes'", ...Object.values(TABLE_ALIGN_STYLES).map((hash) => `'${hash}'`)],
    ['img-src', "'self'", 'data:'],
    ['font-src', "'self'"],
    ['connect-src', "'self'", ...receivers],
    ['worker-src', "'self'"],
    ['manifest-src', "'self'"],
    ['object-src', "'none'"],
    ['base-uri', "'self'"],
    ['form-action', "'self'"],
  ];
  return directives.map((directive) => directive.join(' ')).join('; ');
}
