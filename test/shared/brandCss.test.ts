import { describe, expect, it } from 'vitest';
import { brandCss } from '../../src/shared/brandCss.ts';
import type { Brand } from '../../src/shared/courseModel.ts';

const palette = (primary: string) => ({
  primary,
  accent: '#111',
  text: '#222',
  muted: '#333',
  background: '#fff',
  surface: '#eee',
  border: '#999',
  success: '#0a0',
  error: '#a00',
});
const brand = {
  colors: { light: palette('#1e5b3a'), dark: palette('#8fd1a8') },
  fonts: [{ family: 'Stadt Sans', file: 'brand/fonts/stadt-sans.woff2', weight: 400, style: 'normal' }],
} as unknown as Brand;

describe('the theme stylesheet', () => {
  it("outranks styles.css's :root defaults whatever the order, and dark rules outrank the light ones", () => {
    const css = brandCss(brand);
    expect(css).toMatch(/^html:root\{--w-color-primary:#1e5b3a;/);
    expect(css).toContain('@media screen and (prefers-color-scheme:dark){:root:not([data-color-scheme=light]){--w-color-primary:#8fd1a8;');
    expect(css).toContain('@media screen{:root[data-color-scheme=dark]{--w-color-primary:#8fd1a8;');
  });

  it('names font files relative to itself, which sits beside index.html', () => {
    expect(brandCss(brand)).toContain('src:url("brand/fonts/stadt-sans.woff2")');
    expect(brandCss(brand)).toContain('html:root{--w-font:"Stadt Sans",system-ui,sans-serif}');
  });
});
