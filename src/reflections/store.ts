// The database, one module per stored thing; this re-exports them so callers need one import.
export * from './backup-store';
export * from './db';
export * from './draft-store';
export * from './group-store';
export * from './pack-store';
export * from './prompt-history-store';
export * from './reflection-store';
