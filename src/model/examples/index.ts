import type { ExampleKey, ExampleSpec } from './spec';
import { restaurant } from './restaurant';
import { hotel } from './hotel';
import { hospital } from './hospital';
import { bank } from './bank';
import { ecommerce } from './ecommerce';
import { tourism } from './tourism';

export { EXAMPLE_KEYS, buildExample, type ExampleKey, type ExampleSpec, type ExampleTexts } from './spec';

/** Every example's structure, by key (loaded with the gallery, not with the app). */
export const EXAMPLES: Record<ExampleKey, ExampleSpec> = { restaurant, hotel, hospital, bank, ecommerce, tourism };
