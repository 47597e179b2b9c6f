import i18next from 'i18next'
import { initReactI18next } from 'react-i18next'
import type { Settings } from '@shared/settings'
import en from './en.json'
import fr from './fr.json'

export type UiLanguage = 'fr' | 'en'

/** French for any French system locale, English otherwise. */
export function resolveUiLanguage(setting: Settings['language'], systemLocale: string): UiLanguage {
  const wanted = setting === 'system' ? systemLocale : setting
  return wanted.toLowerCase().startsWith('fr') ? 'fr' : 'en'
}

export async function initI18n(language: UiLanguage): Promise<typeof i18next> {
  await i18next.use(initReactI18next).init({
    resources: { en: { translation: en }, fr: { translation: fr } },
    lng: language,
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
    returnNull: false,
  })
  document.documentElement.lang = language
  return i18next
}

export async function changeUiLanguage(language: UiLanguage): Promise<void> {
  await i18next.changeLanguage(language)
  document.documentElement.lang = language
}
