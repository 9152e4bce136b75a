export * from './db';
export * from './boardRepository';
export * from './autosave';
