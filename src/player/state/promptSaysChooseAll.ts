/**
 * Phrases with which authors already ask for several answers in the prompt, per language. The
 * player then leaves out its own "select all that apply", so the learner does not read it twice.
 */
const phrases: Record<string, RegExp> = {
  de: /\balle\s+(zutreffenden|richtigen|passenden|korrekten)\b|\bmehrere\s+antworten\b|\bmehrfachauswahl\b/i,
  en: /\ball\s+that\s+apply\b|\b(select|choose|tick|mark)\s+all\b|\bmore\s+than\s+one\s+answer\b/i,
  fr: /\btoutes\s+les\s+réponses\b|\bplusieurs\s+réponses\b/i,
  es: /\btodas\s+las\s+(respuestas|opciones)\s+(correctas|que\s+correspondan)\b|\bvarias\s+respuestas\b/i,
};

/** True when the prompt (HTML) already says that several answers may be right, in any language we know. */
export function promptSaysChooseAll(promptHtml: string): boolean {
  const text = promptHtml.replace(/<[^>]+>/g, ' ');
  return Object.values(phrases).some((phrase) => phrase.test(text));
}
