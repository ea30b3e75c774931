import { createTheme } from '@mantine/core';

/** The one theme (STYLE.md: Mantine keeps one theme.ts). */
export const theme = createTheme({
  primaryColor: 'teal',
  // teal.8 on white and teal.4 on dark keep text and focus rings above WCAG AA contrast.
  primaryShade: { light: 8, dark: 4 },
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif',
  defaultRadius: 'sm',
  focusRing: 'auto',
  cursorType: 'pointer',
});
