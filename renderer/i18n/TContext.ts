import { createContext } from 'react';
import { defaultLocale } from './catalogs';
import { createT } from './createT';

/** The bound `t`; English until the shell provides the locale from settings. */
export const TContext = createContext(createT(defaultLocale));
