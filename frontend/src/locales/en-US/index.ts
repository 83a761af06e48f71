import { common } from './common';
import { enums } from './enums';
import { errors } from './errors';
import { menu } from './menu';
import { pages } from './pages';

export const catalogue = { menu, pages, common, errors, enums };
