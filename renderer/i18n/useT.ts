import { useContext } from 'react';
import { TContext } from './TContext';
import type { T } from './createT';

/** The translate function for the current locale. */
export function useT(): T {
  return useContext(TContext);
}
