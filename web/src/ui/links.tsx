import { Anchor, type AnchorProps, NavLink, type NavLinkProps } from '@mantine/core'
import { createLink, type LinkComponent } from '@tanstack/react-router'
import type { AnchorHTMLAttributes, Ref } from 'react'

// Mantine's anchor and navigation link as router links: typed routes, client-side navigation.
type AnchorElementProps = AnchorHTMLAttributes<HTMLAnchorElement> & { ref?: Ref<HTMLAnchorElement> }

function MantineAnchor(props: AnchorProps & AnchorElementProps) {
  return <Anchor {...props} />
}

function MantineNavLink(props: NavLinkProps & Omit<AnchorElementProps, 'color' | 'label'>) {
  return <NavLink {...props} />
}

const AnchorRouterLink = createLink(MantineAnchor)
const NavRouterLink = createLink(MantineNavLink)

export const AnchorLink: LinkComponent<typeof MantineAnchor> = (props) => (
  <AnchorRouterLink preload="intent" {...props} />
)

/** The active page filled: the light variant's indigo on pale indigo is below 4.5:1. */
export const NavLinkTo: LinkComponent<typeof MantineNavLink> = (props) => (
  <NavRouterLink preload="intent" variant="filled" {...props} />
)
