import { Anchor, Breadcrumbs as MantineBreadcrumbs, Text } from '@mantine/core';
import { Link } from 'react-router';

export interface Crumb {
  readonly label: string;
  readonly to?: string;
}

/** Where the screen sits; the last crumb is the current page. */
export function Breadcrumbs({ items }: { readonly items: readonly Crumb[] }) {
  return (
    <nav aria-label="Breadcrumb">
      <MantineBreadcrumbs>
        {items.map((item) =>
          item.to === undefined ? (
            <Text key={item.label} aria-current="page" size="sm">
              {item.label}
            </Text>
          ) : (
            <Anchor key={item.label} component={Link} to={item.to} size="sm">
              {item.label}
            </Anchor>
          ),
        )}
      </MantineBreadcrumbs>
    </nav>
  );
}
