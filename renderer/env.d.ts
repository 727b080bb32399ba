// Lets TypeScript accept CSS imports, which Vite bundles.
declare module '*.css';
