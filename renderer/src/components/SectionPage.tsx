import { Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useEffect, useRef } from 'react';
import type { Section } from '../app/sections';
import { ComingSoon } from './ComingSoon';

export interface SectionPageProps {
  readonly section: Section;
  readonly children?: ReactNode;
}

/**
 * A screen's heading and summary. Focus moves to the heading when the screen
 * opens, so keyboard and screen-reader users land on the new content.
 */
export function SectionPage({ section, children }: SectionPageProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
    document.title = `${section.label} · Attest`;
  }, [section.label]);
  return (
    <Stack gap="lg">
      <div>
        <Title order={1} ref={heading} tabIndex={-1} style={{ outline: 'none' }}>
          {section.label}
        </Title>
        <Text c="dimmed">{section.summary}</Text>
      </div>
      {children ?? <ComingSoon items={section.planned} />}
    </Stack>
  );
}
