import { Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useEffect, useRef } from 'react';

export interface FocusHeadingProps {
  readonly children: ReactNode;
  readonly documentTitle: string;
  /** Focus moves to the heading when the screen opens and when this changes (another record shown), not when the title is edited. */
  readonly focusKey?: string;
}

/** A screen's h1 that takes focus when the screen opens, and names the window. */
export function FocusHeading({ children, documentTitle, focusKey = '' }: FocusHeadingProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, [focusKey]);
  useEffect(() => {
    document.title = `${documentTitle} · Attest`;
  }, [documentTitle]);
  return (
    <Title order={1} ref={heading} tabIndex={-1} style={{ outline: 'none' }}>
      {children}
    </Title>
  );
}
