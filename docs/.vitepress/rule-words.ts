/** The severities as the site names them, in each language (the rule index and each rule's page). */
export const SEVERITY_NAMES = {
  zh: { error: '错误', warning: '警告', info: '提示' },
  en: { error: 'error', warning: 'warning', info: 'info' },
} as const;
