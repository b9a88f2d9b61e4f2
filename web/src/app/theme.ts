import {
  type CSSVariablesResolver,
  createTheme,
  Drawer,
  localStorageColorSchemeManager,
  Modal,
  Notification,
} from '@mantine/core'

export const theme = createTheme({
  primaryColor: 'indigo',
  // The darker shade keeps white on buttons and links on white above 4.5:1 (WCAG AA).
  primaryShade: { light: 8, dark: 5 },
  defaultRadius: 'md',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
  // Focus rings on keyboard focus only, always visible then.
  focusRing: 'auto',
  components: {
    // Icon-only buttons need a name for screen readers.
    Modal: Modal.extend({ defaultProps: { closeButtonProps: { 'aria-label': 'Close' } } }),
    Drawer: Drawer.extend({ defaultProps: { closeButtonProps: { 'aria-label': 'Close' } } }),
    Notification: Notification.extend({
      defaultProps: { closeButtonProps: { 'aria-label': 'Close' } },
    }),
  },
})

/** Light, dark or following the system (the default), remembered in this browser. */
export const colorSchemeManager = localStorageColorSchemeManager({ key: 'chorus-color-scheme' })

/**
 * Dimmed text (descriptions, hints) dark enough to read: 4.5:1 or better in both schemes; so are
 * field errors in light (Mantine's red 6 is 3.3:1 on white).
 */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-error': 'var(--mantine-color-red-9)',
  },
  dark: { '--mantine-color-dimmed': 'var(--mantine-color-dark-1)' },
})
