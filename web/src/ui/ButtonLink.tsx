import { Button, type ButtonProps } from '@mantine/core'
import { createLink } from '@tanstack/react-router'
import type { AnchorHTMLAttributes, Ref } from 'react'

type AnchorElementProps = AnchorHTMLAttributes<HTMLAnchorElement> & { ref?: Ref<HTMLAnchorElement> }

function ButtonAnchor(props: ButtonProps & Omit<AnchorElementProps, 'color'>) {
  return <Button component="a" {...props} />
}

/** A router link that looks like a button (a tab of a section row, "Create a …"). */
export const ButtonLink = createLink(ButtonAnchor)
