/**
 * UI strings only a SCORM build needs (the LMS's notices and review mode); added to the player's
 * strings only in SCORM builds, so the intranet bundle carries none of them.
 */
export const lmsStrings = {
  de: {
    noLms: 'Kein Lernmanagementsystem gefunden: Ihr Fortschritt wird nur in diesem Browser gespeichert.',
    lmsRetrying:
      'Das Lernmanagementsystem hat das Speichern noch nicht bestätigt. Bis dahin liegt Ihr Fortschritt nur in diesem Browser: Bleiben Sie an diesem Gerät und löschen Sie keine Browserdaten. Wir versuchen es weiter.',
    lmsNotSaved:
      'Das Lernmanagementsystem hat das Speichern noch nicht bestätigt, und dieser Browser kann keine Kopie halten: Ihr neuester Fortschritt ist nicht gespeichert. Lassen Sie dieses Fenster offen; wir versuchen es weiter.',
    lmsUnreachable:
      'Das Lernmanagementsystem hat nicht geantwortet: Ihr Fortschritt wird nur in diesem Browser gespeichert und erreicht es nicht. Schließen Sie den Kurs und öffnen Sie ihn erneut aus dem Lernmanagementsystem.',
    lmsUnreadableKept:
      'Ihr gespeicherter Fortschritt im Lernmanagementsystem konnte nicht gelesen werden. Er bleibt dort unverändert; bestandene Tests werden weiter erfasst, Seiten und Antworten dieses Besuchs aber nicht gespeichert.',
    lmsReviewTitle: 'Ansichtsmodus',
    lmsReview: 'Das Lernmanagementsystem hat diesen Kurs zur Ansicht geöffnet: Sie können alles durchsehen, aber was Sie jetzt tun, wird nicht erfasst.',
    lmsReviewResult: 'Ihr erfasstes Ergebnis: {{status}}',
    lmsReviewScore: '{{status}} ({{score}} %)',
    lmsReviewNoResult: 'Das Lernmanagementsystem hat Ihr Ergebnis nicht übermittelt; Sie sehen es im Lernmanagementsystem selbst.',
    lmsStatusPassed: 'bestanden',
    lmsStatusCompleted: 'abgeschlossen',
    lmsStatusFailed: 'nicht bestanden',
    lmsStatusIncomplete: 'nicht abgeschlossen',
  },
  en: {
    noLms: 'No learning management system found: your progress is saved in this browser only.',
    lmsRetrying:
      'The learning management system has not confirmed saving yet. Until it does, your progress is kept in this browser only: stay on this device and keep its browsing data. We keep trying.',
    lmsNotSaved:
      'The learning management system has not confirmed saving yet, and this browser cannot keep a copy: your latest progress is not saved. Keep this window open; we keep trying.',
    lmsUnreachable:
      'The learning management system did not respond: your progress is saved in this browser only and does not reach it. Close the course and open it again from the learning management system.',
    lmsUnreadableKept:
      'Your saved progress in the learning management system could not be read. It is left there unchanged; passed checks are still recorded, but pages and answers of this visit are not saved.',
    lmsReviewTitle: 'Review mode',
    lmsReview: 'The learning management system opened this course for review: you can look through it, but nothing you do now is recorded.',
    lmsReviewResult: 'Your recorded result: {{status}}',
    lmsReviewScore: '{{status}} ({{score}} %)',
    lmsReviewNoResult: 'The learning management system did not pass on your result; it is shown in the LMS itself.',
    lmsStatusPassed: 'passed',
    lmsStatusCompleted: 'completed',
    lmsStatusFailed: 'not passed',
    lmsStatusIncomplete: 'not finished',
  },
} satisfies Record<string, Record<string, string>>;

export type LmsStringKey = keyof typeof lmsStrings.de;
