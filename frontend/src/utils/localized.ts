// localized picks the words of a bilingual text for the interface
// language: English in en-US, Chinese (what the investor signs) otherwise.
export function localized(text: { zh: string; en: string }, language: string): string {
  return language === 'en-US' ? text.en : text.zh;
}

// bilingual shows Chinese first and English second in en-US, as the
// questionnaire asks; Chinese alone otherwise.
export function bilingual(text: { zh: string; en: string }, language: string): string {
  return language === 'en-US' ? `${text.zh} / ${text.en}` : text.zh;
}
