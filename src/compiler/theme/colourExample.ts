import Color from 'colorjs.io';

/** The default theme's colours: a fallback example that passes every contrast check. */
const DEFAULT_COLOURS: Record<string, Record<string, string>> = {
  light: { primary: '#1d4e89', accent: '#0b6e4f', text: '#1b1f24', background: '#ffffff', success: '#0b6e4f', error: '#b3261e' },
  dark: { primary: '#8cb8ee', accent: '#5fd3a6', text: '#e8ebef', background: '#121417', success: '#5fd3a6', error: '#ff9a8f' },
};

/**
 * The line to copy for a brand colour that failed the schema, e.g. `brand.colors.light.primary: "#1d4e89"`:
 * the colour that was meant when it can be read (a CSS name such as "navy", rgb(…), hex without "#"),
 * else the default theme's colour for that key.
 */
export function colourExample(path: readonly PropertyKey[], value: unknown): string {
  const [mode, key] = path.slice(-2).map(String) as [string, string];
  const hex = meantHex(value) ?? DEFAULT_COLOURS[mode]?.[key] ?? '#1d4e89';
  return `${path.map(String).join('.')}: "${hex}"`;
}

function meantHex(value: unknown): string | undefined {
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  const text = String(value).trim();
  try {
    const color = new Color(/^[0-9a-f]{6}$/i.test(text) ? `#${text}` : text);
    color.alpha = 1;
    return color.toGamut({ space: 'srgb' }).to('srgb').toString({ format: 'hex', collapse: false }).toLowerCase();
  } catch {
    return undefined;
  }
}
