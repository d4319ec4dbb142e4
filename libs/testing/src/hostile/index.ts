export * from './hostile-files';
export * from './pdf-builder';
export * from './zip-builder';
