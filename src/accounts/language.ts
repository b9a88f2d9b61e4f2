import { Type } from 'typebox'

/**
 * The languages an account's public pages speak: the words Chorus itself puts there (a sign-up
 * form's button and messages; src/forms/words.ts). The check of migration 0037 lists the same.
 */
export const ACCOUNT_LANGUAGES = ['en', 'fr', 'de', 'es'] as const
export type AccountLanguage = (typeof ACCOUNT_LANGUAGES)[number]

export const AccountLanguageSchema = Type.Union(
  [Type.Literal('en'), Type.Literal('fr'), Type.Literal('de'), Type.Literal('es')],
  {
    description:
      "the language of the words Chorus puts on the account's public pages (sign-up forms): en, fr, de or es",
  },
)
