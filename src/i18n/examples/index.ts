import type { ExampleKey, ExampleTexts } from '../../model/examples';

/** The gallery examples' words in a language (each language its own chunk, loaded when first needed). */
export const exampleTexts = (language: string): Promise<Record<ExampleKey, ExampleTexts>> =>
  language.startsWith('zh') ? import('./zh-CN').then((m) => m.examples) : import('./en').then((m) => m.examples);
