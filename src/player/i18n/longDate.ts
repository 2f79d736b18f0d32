/** YYYY-MM-DD as the learner's language writes a date ("1. Dezember 2026", "1 December 2026"). */
export function longDate(date: string, lang: string): string {
  return new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
}
