import type { CSSVariablesResolver } from '@mantine/core';
import { createTheme, Loader, Menu, Modal, Notification } from '@mantine/core';

/** The one theme (STYLE.md: Mantine keeps one theme.ts). Colours are chosen for WCAG 2.1 AA contrast. */
export const theme = createTheme({
  primaryColor: 'teal',
  // White text on teal.9 is above 4.5:1 in both schemes (teal.4 with white is 1.8:1).
  primaryShade: { light: 9, dark: 9 },
  autoContrast: true,
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif',
  defaultRadius: 'sm',
  focusRing: 'auto',
  cursorType: 'pointer',
  // Someone who asked their system for less motion gets none: toasts, modals and menus appear at once.
  respectReducedMotion: true,
  components: {
    // Toasts' close buttons need a name for screen readers.
    Notification: Notification.extend({
      defaultProps: { closeButtonProps: { 'aria-label': 'Dismiss notification' } },
    }),
    // A spinner's label is announced: a bare span may not carry a name (aria-prohibited-attr).
    Loader: Loader.extend({ defaultProps: { role: 'status' } }),
    Modal: Modal.extend({ defaultProps: { closeButtonProps: { 'aria-label': 'Close dialog' } } }),
    // The hidden focus placeholder is reported as a focusable element without a name.
    Menu: Menu.extend({ defaultProps: { withInitialFocusPlaceholder: false } }),
  },
});

/** Mantine's default "dimmed" grey is 3.3:1 on white and 4.0:1 on dark: too faint for body text. */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': '#495057',
    // Text of "light" variants (active nav link, light buttons) on teal.1 is 4.3:1 with teal.9; this is 6:1.
    '--mantine-color-teal-light-color': '#066649',
    '--mantine-primary-color-light-color': '#066649',
    // Hovered filled buttons darken to teal.8 by default (3.9:1 with white); go darker instead.
    '--mantine-color-teal-filled-hover': '#06634a',
    '--mantine-primary-color-filled-hover': '#06634a',
    // Light orange badges and alerts ("Not yet", overrides) are 3.6:1 by default; this is 5.4:1.
    '--mantine-color-orange-light-color': '#a63c06',
  },
  dark: {
    '--mantine-color-dimmed': '#a6a7ab',
    '--mantine-color-teal-filled-hover': '#06634a',
    '--mantine-primary-color-filled-hover': '#06634a',
  },
});
