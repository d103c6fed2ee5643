/**
 * The default theme with the site's styles. The components (the checker, the format reference,
 * the rule index) are imported by the pages that show them, so that no other page loads them.
 */
import type { Theme } from 'vitepress';
import DefaultTheme from 'vitepress/theme';
import './custom.css';

export default { extends: DefaultTheme } satisfies Theme;
