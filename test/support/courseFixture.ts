import type { Brand, CourseModel, Organisation } from '../../src/shared/courseModel.ts';

/** The organisation and brand parts of a course model, for tests that build models by hand. */
export const sampleOrganisation: Organisation = {
  name: { de: 'Testorganisation', en: 'Test organisation' },
  shortName: { de: 'Test', en: 'Test' },
  contacts: [],
};

const palette = {
  primary: '#1d4e89',
  accent: '#0b6e4f',
  text: '#1b1f24',
  background: '#ffffff',
  success: '#0b6e4f',
  error: '#b3261e',
  muted: '#4a5563',
  surface: '#f3f5f8',
  border: '#8a94a3',
};

export const sampleBrand: Brand = {
  logo: 'brand/logo.svg',
  logoAlt: { de: 'Testorganisation', en: 'Test organisation' },
  icon: 'brand/logo.svg',
  iconSizes: 'any',
  colors: { light: palette, dark: { ...palette, text: '#e8ebef', background: '#121417' } },
  fonts: [],
};

/** A small course model: enough for a manifest, or for progress tests with their own lessons. */
export function sampleCourse(overrides: Partial<CourseModel> = {}): CourseModel {
  return {
    modelVersion: 1,
    id: 'wachsam',
    languages: ['de', 'en'],
    languageNames: { de: 'Deutsch', en: 'English' },
    title: { de: 'Wachsam: Sicherheit im Alltag', en: 'Wachsam: Security at work' },
    description: { de: 'Kurze Lektionen.', en: 'Short lessons.' },
    version: '2026.1',
    nextSteps: [],
    certificate: {},
    passMark: 80,
    organisation: sampleOrganisation,
    brand: sampleBrand,
    creditsFile: 'content/credits.js',
    lessons: [],
    accessibility: {
      stringsFile: 'content/accessibility.js',
      status: 'partial',
      contact: {},
      enforcement: { name: { de: 'Schlichtungsstelle', en: 'Conciliation body' } },
      imagesWithoutAlt: [],
    },
    ...overrides,
  };
}
