import type { Diagnostic } from '../diagnostics/diagnostics.ts';
import { DiagnosticSink } from '../diagnostics/diagnostics.ts';
import type { YamlSource } from '../lesson/yamlSource.ts';
import { type Mode, resolvePalette } from './themeContrast.ts';
import type { Palette, Theme } from './themeSchema.ts';

type Colours = Theme['brand']['colors'];

/**
 * T011 when a theme changed its light colours but kept the default theme's dark ones, as a copy of
 * the default theme does until its dark block is deleted or changed too: dark mode would silently show
 * the default blue. Reported at brand.colors.dark. Missing dark colours are derived, so no warning.
 */
export function darkPaletteWarnings(colours: Colours, defaults: Colours, positionOf: YamlSource['positionOf'], file: string): Diagnostic[] {
  if (!colours.dark || !defaults.dark) return [];
  if (samePalette(colours.light, defaults.light, 'light') || !samePalette(colours.dark, defaults.dark, 'dark')) return [];
  const sink = new DiagnosticSink(file);
  const primary = (palette: Palette, mode: Mode) => resolvePalette(palette, mode).primary;
  sink.report('T011', positionOf(['brand', 'colors', 'dark'], 'key'), {
    lightPrimary: primary(colours.light, 'light'),
    darkPrimary: primary(colours.dark, 'dark'),
  });
  return sink.items;
}

/** Compared as the player paints them: #abc and #AABBCC are the same, and a left-out success is its default. */
function samePalette(a: Palette, b: Palette, mode: Mode): boolean {
  const [x, y] = [resolvePalette(a, mode), resolvePalette(b, mode)];
  return (['primary', 'accent', 'text', 'background', 'success', 'error'] as const).every((key) => x[key] === y[key]);
}
