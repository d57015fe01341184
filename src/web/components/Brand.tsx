import type { CSSProperties } from 'react';
import { StarFilled } from './icons';

const badge: CSSProperties = {
  display: 'inline-flex',
  alignItems: 'center',
  justifyContent: 'center',
  borderRadius: '50%',
  background: '#b71c1c',
  color: '#ffd54f',
};

/** The red badge with the yellow star, shown in the header and on the login card. */
export function BrandMark({ size = 32 }: { size?: number }) {
  return (
    <span style={{ ...badge, width: size, height: size, fontSize: size * 0.55 }} aria-hidden>
      <StarFilled />
    </span>
  );
}
