/**
 * Words that say little about what a question is about, per language, for comparing questions
 * (similarQuestions.ts): articles, pronouns, prepositions, conjunctions, auxiliary and modal verbs, and
 * the words of the instruction "Wählen Sie alle zutreffenden Antworten" / "Select all that apply".
 * Lower case. A language without a list compares all its words.
 */
export const STOP_WORDS: Readonly<Record<string, ReadonlySet<string>>> = {
  de: new Set(
    (
      'aber alle allen aller alles als also am an andere anderen auch auf aus bei beim bin bis bitte da dabei damit dann ' +
      'darauf darin das dass davon dem den denen der des dessen die dies diese diesem diesen dieser dieses doch dort du ' +
      'durch ein eine einem einen einer eines er es etwas euch euer für gegen gibt hat hatte haben hier ich ihm ihn ihnen ' +
      'ihr ihre ihrem ihren ihrer ihres im in ist ja jetzt kann kein keine keinem keinen keiner können könnte könnten man ' +
      'mehr mein meine mich mir mit muss müssen nach nicht nichts noch nun nur ob oder ohne sehr sein seine seinem seinen ' +
      'seiner sich sie sind so soll sollen sollte sollten sowie über um und uns unter viel vom von vor war waren was weil ' +
      'welche welchem welchen welcher welches wenn wer werden wie wieder will wir wird wo wollen würde zu zum zur zwei ' +
      'wählen zutreffenden antworten richtigen tun machen'
    ).split(' '),
  ),
  en: new Set(
    (
      'a about after all also am an and any are as at be been before being but by can could did do does doing for from ' +
      'had has have he her here him his how i if in into is it its just me more most my no not now of on one or other our ' +
      'out own she should so some such than that the their them then there these they this those to too up us very was we ' +
      'were what when where which while who whom why will with would you your yours select apply choose tick'
    ).split(' '),
  ),
};
