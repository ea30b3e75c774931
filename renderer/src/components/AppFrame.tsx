import { Anchor, AppShell, Group, NavLink, Text } from '@mantine/core';
import {
  IconCertificate,
  IconChecklist,
  IconFileImport,
  IconScale,
  IconSettings,
  IconShieldCheck,
  IconStack2,
} from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { NavLink as RouterLink, Outlet, useLocation } from 'react-router';
import { sections } from '../app/sections';
import { ColourSchemeToggle } from './ColourSchemeToggle';

const icons: Record<string, ReactNode> = {
  '/programs': <IconStack2 size={18} aria-hidden />,
  '/intake': <IconFileImport size={18} aria-hidden />,
  '/marking': <IconChecklist size={18} aria-hidden />,
  '/moderation': <IconScale size={18} aria-hidden />,
  '/issuing': <IconCertificate size={18} aria-hidden />,
  '/verify': <IconShieldCheck size={18} aria-hidden />,
  '/settings': <IconSettings size={18} aria-hidden />,
};

export interface AppFrameProps {
  /** A banner shown above every screen (e.g. the database is read-only). */
  readonly banner?: ReactNode;
}

export function AppFrame({ banner }: AppFrameProps) {
  const { pathname } = useLocation();
  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 220, breakpoint: 0 }} padding="lg">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between">
          <Group gap="sm">
            <Anchor href="#main" className="skip-link">
              Skip to content
            </Anchor>
            <Text fw={700} size="xl" component="span">
              Attest
            </Text>
            <Text size="sm" c="dimmed" visibleFrom="sm">
              Micro-credential assessment
            </Text>
          </Group>
          <ColourSchemeToggle />
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" component="nav" aria-label="Main">
        {sections.map((section) => (
          <NavLink
            key={section.path}
            component={RouterLink}
            to={section.path}
            label={section.label}
            leftSection={icons[section.path]}
            active={pathname.startsWith(section.path)}
            className="nav-link"
          />
        ))}
      </AppShell.Navbar>
      <AppShell.Main id="main">
        {banner}
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
