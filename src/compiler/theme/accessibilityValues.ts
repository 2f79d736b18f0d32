import type { AccessibilityStatement, LessonContent } from '../../shared/courseModel.ts';
import type { Diagnostic } from '../diagnostics/diagnostics.ts';
import { DiagnosticSink } from '../diagnostics/diagnostics.ts';
import type { YamlSource } from '../lesson/yamlSource.ts';
import type { ThemeParts } from './themeParts.ts';
import type { Theme } from './themeSchema.ts';
import { localize } from './themeValues.ts';

/** For federal bodies (BGG § 16); Länder and municipalities name their own body in the theme. */
export const FEDERAL_ENFORCEMENT = {
  name: {
    de: 'Schlichtungsstelle nach § 16 BGG bei dem Beauftragten der Bundesregierung für die Belange von Menschen mit Behinderungen',
    en: 'Conciliation body under § 16 BGG at the Federal Government Commissioner for Matters relating to Persons with Disabilities',
  },
  url: 'https://www.schlichtungsstelle-bgg.de',
  address: { de: 'Mauerstraße 53, 10117 Berlin', en: 'Mauerstraße 53, 10117 Berlin, Germany' },
};

/** The statement's data: the theme's part with its defaults, and which lessons show images without a text alternative. */
export function accessibilityOf(theme: Theme, languages: readonly string[], contents: readonly LessonContent[], stringsFile: string): AccessibilityStatement {
  const settings = theme.accessibility;
  const pick = (text: Parameters<typeof localize>[0]) => localize(text, languages);
  const contact = settings?.contact ?? {};
  const enforcement = settings?.enforcement ?? FEDERAL_ENFORCEMENT;
  const withoutAlt = contents.filter((content) => /<img\b(?![^>]*\balt="[^"]+")[^>]*>/.test(allHtml(content))).map((content) => content.id);
  return {
    stringsFile,
    status: settings?.status ?? 'partial',
    ...(settings?.madeOn ? { madeOn: settings.madeOn } : {}),
    ...(settings?.checkedOn ? { checkedOn: settings.checkedOn } : {}),
    ...(settings?.checkedHow ? { checkedHow: pick(settings.checkedHow) } : {}),
    contact: {
      ...(contact.name ? { name: pick(contact.name) } : {}),
      ...(contact.email ? { email: contact.email } : {}),
      ...(contact.phone ? { phone: contact.phone } : {}),
      ...(contact.url ? { url: contact.url } : {}),
      ...(contact.note ? { note: pick(contact.note) } : {}),
    },
    enforcement: {
      name: pick(enforcement.name),
      ...(enforcement.url ? { url: enforcement.url } : {}),
      ...(enforcement.address ? { address: pick(enforcement.address) } : {}),
    },
    ...(settings?.notes ? { notes: pick(settings.notes) } : {}),
    imagesWithoutAlt: [...new Set(withoutAlt)],
  };
}

function allHtml(content: LessonContent): string {
  return [...content.pages.map((page) => page.html), ...content.questions.flatMap((question) => [question.stem, question.explanation])].join('');
}

/**
 * T009 when the statement gives no way to report a barrier: at `accessibility.contact` (or the
 * section when it has none), at line 1 when the theme has no `accessibility:` section. Not while the
 * section or its contact fails the schema: that error is reported, and fixing it may add the way.
 */
export function feedbackContactProblems(accessibility: ThemeParts['accessibility'], source: YamlSource, file: string): Diagnostic[] {
  if (accessibility === 'failed') return [];
  const contact = accessibility?.contact;
  if (contact && (contact.email || contact.phone || contact.url || contact.note)) return [];
  const sink = new DiagnosticSink(file);
  const at = accessibility ? source.positionOf(['accessibility', 'contact'], 'key') : { line: 1, col: 1 };
  sink.report('T009', at);
  return sink.items;
}
