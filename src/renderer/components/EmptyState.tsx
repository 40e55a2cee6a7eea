import type { ReactNode } from 'react';

/** `level` 1 where the empty state is all the view shows (its title is the page's heading), else 2. */
export const EmptyState = ({
  title,
  level = 2,
  children,
}: {
  title: string;
  level?: 1 | 2;
  children?: ReactNode;
}) => {
  const Heading = level === 1 ? 'h1' : 'h2';
  return (
    <div className="empty-state">
      <Heading>{title}</Heading>
      {children}
    </div>
  );
};
