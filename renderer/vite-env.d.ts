/// <reference types="vite/client" />
// Vite handles the CSS import in main.tsx; this gives TypeScript its module declarations.
