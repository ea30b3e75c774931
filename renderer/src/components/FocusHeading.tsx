import { Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useEffect, useRef } from 'react';

/** A screen's h1 that takes focus when the screen opens, and names the window. */
export function FocusHeading({
  children,
  documentTitle,
}: {
  readonly children: ReactNode;
  readonly documentTitle: string;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
    document.title = `${documentTitle} · Attest`;
  }, [documentTitle]);
  return (
    <Title order={1} ref={heading} tabIndex={-1} style={{ outline: 'none' }}>
      {children}
    </Title>
  );
}
