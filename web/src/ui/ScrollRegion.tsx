import { Box } from '@mantine/core'
import type { ReactNode } from 'react'

/**
 * A wide table on a narrow screen scrolls sideways; the region takes keyboard focus so that it
 * can be scrolled without a mouse, and is named for screen readers.
 */
export function ScrollRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Box role="region" aria-label={label} tabIndex={0} style={{ overflowX: 'auto' }}>
      {children}
    </Box>
  )
}
