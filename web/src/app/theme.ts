import { createTheme, localStorageColorSchemeManager } from '@mantine/core'

export const theme = createTheme({
  primaryColor: 'indigo',
  defaultRadius: 'md',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
  // Focus rings on keyboard focus only, always visible then.
  focusRing: 'auto',
})

/** Light, dark or following the system (the default), remembered in this browser. */
export const colorSchemeManager = localStorageColorSchemeManager({ key: 'chorus-color-scheme' })
